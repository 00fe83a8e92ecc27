// The checks of `npm run validate` on one report as the author edits it, before it is saved:
// the very function the content loader runs on each file (src/io/load.ts `checkReportSource`),
// on the form's data.
import { join, relative } from 'node:path';
import { attachmentFolder } from '../io/attachments.ts';
import { checkReportSource } from '../io/load.ts';
import { cuesFor } from '../lib/disclosure-cues.ts';
import { disclosureNotes } from '../lib/rules.ts';
import { disclosureOf } from '../lib/view/index.ts';
import type { DisclosureItem } from '../schemas/data.ts';
import type { Issue } from '../schemas/issues.ts';

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
  const rel = (path: string) => relative(process.cwd(), path) || path;
  const file = rel(join(content, 'reports', org, `${year}.mdx`));
  const { issues, report, parsed } = checkReportSource({
    file,
    org,
    year,
    data,
    body,
    folder: attachmentFolder(join(content, 'reports', org), year),
    rel,
  });
  if (!report) return { issues };
  // Judged as the published page judges it (headings and cues), once for the panel and the notes.
  const disclosure = disclosureOf(report, parsed.headings, cuesFor(parsed));
  return { issues: [...issues, ...disclosureNotes(disclosure, file)], disclosure };
}
