// The checks of `npm run validate` on one report as the author edits it, before it is saved:
// the same functions the content loader runs on each file (src/lib/load.ts), on the form's data.
import { join, relative } from 'node:path';
import { attachmentFolder, checkAttachments } from '../io/attachments.ts';
import { checkAndParseBody } from '../lib/body.ts';
import { checkReport, disclosureIssues } from '../lib/rules.ts';
import { disclosureOf } from '../lib/view/index.ts';
import type { DisclosureItem } from '../schemas/data.ts';
import type { Issue } from '../schemas/issues.ts';
import { parseWithIssues } from '../schemas/parse.ts';
import { reportSchema } from '../schemas/report.ts';

export interface DraftCheck {
  issues: Issue[];
  /** The 公开要素 panel: what the report states, and where; undefined while it does not parse. */
  disclosure?: DisclosureItem[];
}

/** Every problem of a draft `<org>/<year>` with frontmatter `data` and body `body`. */
export function checkDraft(
  content: string,
  org: string,
  year: number,
  data: unknown,
  body: string,
): DraftCheck {
  const file = relative(process.cwd(), join(content, 'reports', org, `${year}.mdx`));
  const issues: Issue[] = [];
  const { problems, parsed: parsedBody } = checkAndParseBody(body);
  for (const problem of problems)
    issues.push({
      file,
      line: problem.line,
      path: '',
      label: '正文',
      expected: problem.expected,
      found: problem.found,
    });
  const parsed = parseWithIssues(reportSchema, data, file);
  if (!parsed.ok) return { issues: [...issues, ...parsed.issues] };
  const report = parsed.data;
  const field = (path: 'org' | 'year', label: string, expected: string, found: string) =>
    issues.push({ file, path, label, expected, found });
  if (report.org !== org) field('org', '部门标识', `与所在文件夹一致的“${org}”`, `“${report.org}”`);
  if (report.year !== year) field('year', '年度', `与文件名一致的 ${year}`, String(report.year));
  const context = { file, body, parsed: parsedBody };
  issues.push(...checkReport(report, context));
  const folder = attachmentFolder(join(content, 'reports', org), year);
  const rel = (path: string) => relative(process.cwd(), path) || path;
  issues.push(
    ...checkAttachments(folder, report.attachments ?? [], { file, rel, locate: () => undefined })
      .issues,
  );
  issues.push(...disclosureIssues(report, context));
  return { issues, disclosure: disclosureOf(report, parsedBody.headings) };
}
