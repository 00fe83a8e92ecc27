// A department's other years, for the tools that start or import a year: `npm run new` and the
// 编辑台 carry the structure of the latest earlier report forward, and the importer keeps the
// indicator ids the other years use, so a goal lines up across years. Each file is read as the
// content loader reads it (`readContentFile`: no link out of the content folder, no FIFO, size
// capped), since a report folder is untrusted data for these tools too.
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readContentFile } from '../io/load.ts';
import { decodeUtf8, parseMdx } from '../lib/frontmatter.ts';
import { formatIssues } from '../schemas/issues.ts';
import { parseWithIssues } from '../schemas/parse.ts';
import { type Report, reportSchema } from '../schemas/report.ts';

const rel = (path: string) => relative(process.cwd(), path) || path;

/** The years the department has a report file for, oldest first. */
export function reportYears(content: string, org: string): number[] {
  const dir = join(content, 'reports', org);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => /^(\d{4})\.mdx$/.exec(name)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** One year's file read and split as the loader does; a message when it cannot be. */
function readYear(content: string, org: string, year: number) {
  const file = join(content, 'reports', org, `${year}.mdx`);
  let root = content;
  try {
    root = realpathSync(content);
  } catch {
    // the loader's rule: an unreadable root leaves the path as given
  }
  const bytes = readContentFile(file, root);
  if (!bytes.ok) return { file, problem: `${bytes.expected}；实为：${bytes.found}` };
  const text = decodeUtf8(bytes.bytes);
  if (!text.ok) return { file, problem: `UTF-8 编码的文本；实为：${text.found}` };
  const parsed = parseMdx(text.text);
  return parsed.ok ? { file, source: parsed.source } : { file, problem: parsed.expected };
}

/** The frontmatters of the department's years other than `year`, newest first, unvalidated. */
export function earlierFrontmatters(content: string, org: string, year: number): unknown[] {
  return reportYears(content, org)
    .filter((y) => y !== year)
    .reverse()
    .flatMap((y) => {
      const read = readYear(content, org, y);
      return read.source ? [read.source.data] : [];
    });
}

/** The latest report of the department before `year`, validated; undefined when there is none. */
export function previousReport(
  content: string,
  org: string,
  year: number,
): { previous?: Report; warning?: string } {
  const latest = reportYears(content, org)
    .filter((y) => y < year)
    .at(-1);
  if (latest === undefined) return {};
  const read = readYear(content, org, latest);
  const parsed = read.source
    ? parseWithIssues(reportSchema, read.source.data, rel(read.file), read.source.locate)
    : undefined;
  if (parsed?.ok) return { previous: parsed.data };
  const detail = parsed && !parsed.ok ? formatIssues(parsed.issues) : (read.problem ?? '');
  return { warning: `${rel(read.file)} 未通过校验，本次不沿用其中的内容：\n${detail}` };
}
