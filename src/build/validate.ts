import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../lib/load.ts';
import { contentFingerprint, writeValidated } from '../lib/validated.ts';
import { errorsOf, formatIssues } from '../schemas/issues.ts';
import { StageError } from './stage.ts';

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
  // Taken before the tree is read: an edit made while it is read changes it (src/lib/validated.ts).
  const fingerprint = contentFingerprint(content);
  const loaded = loadContent(content);
  const { issues } = loaded;
  if (errorsOf(issues).length > 0) throw new StageError('validate', formatIssues(issues));
  if (issues.length > 0) log(formatIssues(issues));
  writeValidated(snapshot, content, fingerprint, loaded);
  return {
    orgs: [...loaded.orgs.keys()],
    reports: loaded.reports.map((r) => ({ data: { org: r.data.org } })),
  };
}

/** `validateContent` in a child process (validate-child.ts), so its memory is returned after. */
export function validateInWorker(
  content: string,
  log: (text: string) => void,
  snapshot: string,
): Promise<Validated> {
  type Reply =
    | { ok: true; validated: Validated; logged: string[] }
    | { ok: false; message: string; stage?: string; logged: string[] };
  return new Promise((resolve, reject) => {
    const child = fork(
      fileURLToPath(new URL('./validate-child.ts', import.meta.url)),
      [content, snapshot],
      { serialization: 'advanced' },
    );
    let reply: Reply | undefined;
    child.once('message', (message) => {
      reply = message as Reply;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!reply)
        return reject(
          new Error(`内容校验程序意外退出（${signal ? `信号 ${signal}` : `退出码 ${code}`}）`),
        );
      for (const text of reply.logged) log(text);
      if (reply.ok) resolve(reply.validated);
      else reject(new StageError('validate', reply.message));
    });
  });
}
