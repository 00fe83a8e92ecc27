import { loadContent } from '../io/load.ts';
import { contentFingerprint, writeValidated } from '../io/validated.ts';
import { formatIssues, publishBlockersOf } from '../schemas/issues.ts';
import { forkReply } from './child.ts';
import { StageError } from './stage.ts';

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
}

/**
 * Validates the whole content tree before anything is built, so an author's mistake stops the
 * build in a second with every problem listed. What it found is written to `snapshot` for
 * Astro's content loader and the vocabulary (`writeValidated`), so the tree is validated once
 * and everything after renders exactly that; the build process itself keeps none of it, which
 * at 10000 reports is memory the later stages need.
 */
export function validateContent(
  content: string,
  log: (text: string) => void,
  snapshot: string,
): Validated {
  // Taken before the tree is read: an edit made while it is read changes it (src/io/validated.ts).
  const fingerprint = contentFingerprint(content);
  const loaded = loadContent(content);
  const { issues } = loaded;
  if (publishBlockersOf(issues).length > 0) throw new StageError('validate', formatIssues(issues));
  if (issues.length > 0) log(formatIssues(issues));
  writeValidated(snapshot, content, fingerprint, loaded);
  return {
    orgs: [...loaded.orgs.keys()],
    reports: loaded.reports.map((r) => ({ data: { org: r.data.org } })),
  };
}

/** `validateContent` in a child process (validate-child.ts), so its memory is returned after. */
export async function validateInChild(
  content: string,
  log: (text: string) => void,
  snapshot: string,
  signal?: AbortSignal,
): Promise<Validated> {
  const answer = await forkReply<ValidateReply>(
    new URL('./validate-child.ts', import.meta.url),
    [content, snapshot],
    '内容校验程序',
    signal,
  );
  for (const text of answer.logged) log(text);
  if (!answer.ok) throw new StageError('validate', answer.message);
  return answer.validated;
}
