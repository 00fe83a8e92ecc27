import { type LoadedContent, loadContent } from '../io/load.ts';
import { type BuildPart, buildParts, rendersPart } from '../io/parts.ts';
import { contentFingerprint, writeValidated, writeViews } from '../io/validated.ts';
import { disclosureIssues } from '../lib/rules.ts';
import { reportView } from '../lib/view/index.ts';
import { formatIssues, type Issue, publishBlockersOf } from '../schemas/issues.ts';
import { forkReply } from './child.ts';
import { StageError } from './stage.ts';
import { viewsFile } from './views.ts';

/** What the validating child sends back: the result, or the message that stopped it. */
export type ValidateReply =
  | { ok: true; validated: Validated; logged: string[] }
  | { ok: false; message: string; logged: string[] };

/** What the rest of the build needs of the content once it is validated: not the content. */
export interface Validated {
  /** Every department's id. */
  orgs: string[];
  /** The department of every report, for the search index shards and the build's parts. */
  reports: { data: { org: string } }[];
  /** The Astro runs the site is built in (src/io/parts.ts), each with its views file. */
  parts: BuildPart[];
}

/**
 * Validates the whole content tree before anything is built, so an author's mistake stops the
 * build in a second with every problem listed. What it found is written to `snapshot` for
 * Astro's content loader and the sidecar (`writeValidated`), so the tree is validated once
 * and everything after renders exactly that; the build process itself keeps none of it, which
 * at 10000 reports is memory the later stages need. Then every report's view model is worked
 * out, once, into one file per Astro run (`viewsFile`): after the snapshot, so that an Astro run
 * already waiting loads its content while the views are made, and reads them when it renders.
 */
export function validateContent(
  content: string,
  log: (text: string) => void,
  snapshot: string,
  partReports: number,
): Validated {
  // Taken before the tree is read: an edit made while it is read changes it (src/io/validated.ts).
  const fingerprint = contentFingerprint(content);
  const loaded = loadContent(content);
  const { issues } = loaded;
  if (publishBlockersOf(issues).length > 0) throw new StageError('validate', formatIssues(issues));
  if (issues.length > 0) log(formatIssues(issues));
  writeValidated(snapshot, content, fingerprint, loaded);
  const orgs = [...loaded.orgs.keys()];
  const parts = buildParts(orgs, loaded.reports, partReports);
  // One run's views at a time: at 10000 reports the site's views together are memory this
  // process need not hold.
  for (const [i, part] of parts.entries()) {
    if (part.kind === 'global') continue;
    const views = loaded.reports
      .filter((r) => rendersPart(part, r.data.org))
      .map((r) => reportView(r.data, { headings: r.headings, cues: r.cues }));
    writeViews(viewsFile(snapshot, i), loaded.digest, views);
  }
  return { orgs, reports: loaded.reports.map((r) => ({ data: { org: r.data.org } })), parts };
}

/** `validateContent` in a child process (validate-child.ts), so its memory is returned after. */
export async function validateInChild(
  content: string,
  log: (text: string) => void,
  snapshot: string,
  partReports: number,
  signal?: AbortSignal,
): Promise<Validated> {
  const answer = await forkReply<ValidateReply>(
    new URL('./validate-child.ts', import.meta.url),
    [content, snapshot, String(partReports)],
    '内容校验程序',
    signal,
  );
  for (const text of answer.logged) log(text);
  if (!answer.ok) throw new StageError('validate', answer.message);
  return answer.validated;
}

/**
 * `npm run validate`: every problem of the content tree, as the build's validate stage finds them,
 * plus an information line for each 公开要素 a report leaves out: for its author, printed by
 * `validate` and not by the build. `blocked` when the build would refuse to publish it (errors
 * and values still unconfirmed).
 */
export function checkContent(
  content: string,
): Pick<LoadedContent, 'orgs' | 'reports'> & { issues: Issue[]; blocked: boolean } {
  const { orgs, reports, issues } = loadContent(content);
  const notes = reports.flatMap((r) =>
    disclosureIssues(r.data, {
      file: r.file,
      body: r.body,
      parsed: { headings: r.headings, cues: r.cues },
    }),
  );
  const all = [...issues, ...notes];
  return { orgs, reports, issues: all, blocked: publishBlockersOf(all).length > 0 };
}
