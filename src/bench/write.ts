import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { generate } from './generate.ts';

/** Writes generated departments and reports as a content tree (`orgs/`, `reports/<org>/`). */
export function writeContent(dir: string, { orgs, reports }: ReturnType<typeof generate>): void {
  mkdirSync(join(dir, 'orgs'), { recursive: true });
  for (const org of orgs) writeFileSync(join(dir, 'orgs', `${org.id}.yaml`), org.yaml);
  for (const r of reports) {
    mkdirSync(join(dir, 'reports', r.org), { recursive: true });
    writeFileSync(join(dir, 'reports', r.org, `${r.year}.mdx`), r.mdx);
  }
}
