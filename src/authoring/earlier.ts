// The department's other years' frontmatters, newest first: the importer keeps the indicator ids
// they use, so a goal lines up across years. `npm run import` and the 编辑台 both read them here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMdx } from '../lib/frontmatter.ts';

export function earlierFrontmatters(content: string, org: string, year: number): unknown[] {
  const dir = join(content, 'reports', org);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d{4}\.mdx$/.test(name) && name !== `${year}.mdx`)
    .sort()
    .reverse()
    .map((name) => parseMdx(readFileSync(join(dir, name), 'utf8')))
    .flatMap((r) => (r.ok ? [r.source.data] : []));
}
