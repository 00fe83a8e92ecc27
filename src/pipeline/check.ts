import { availableParallelism } from 'node:os';
import { checkSite, formatSiteProblems } from './check-site.ts';
import { forkReply } from './child.ts';
import type { SiteProblem } from './site-check.ts';
import { StageError } from './stage.ts';

/**
 * The niceness the check runs at beside Pagefind: it yields the cores to the indexer, which is
 * the longer of the two, and takes what Pagefind leaves. At the same priority the check's 8.5 s
 * of CPU made Pagefind 3.5 s slower (1000 reports, two cores).
 */
const CHECK_NICENESS = 10;

/**
 * The post-build check (links, anchors, HTML, CSP, scripts). With two or more cores it runs in a
 * child process at a lower priority, beside Pagefind's indexer (a separate process), so the two
 * stages overlap; it holds only one page at a time, so memory stays flat. On one core it runs in
 * place.
 */
export async function checkBuiltSite(
  dir: string,
  content: string,
  signal?: AbortSignal,
): Promise<void> {
  // The check itself names the content file behind each failing page (site-check `sourcesOf`).
  const problems =
    availableParallelism() > 1
      ? await forkReply<SiteProblem[]>(
          new URL('./check-child.ts', import.meta.url),
          [dir, content],
          '发布前检查程序',
          signal,
          CHECK_NICENESS,
        )
      : await checkSite(dir, { content });
  if (problems.length > 0)
    throw new StageError('checks', `${formatSiteProblems(problems)}\n\n发布前检查未通过。`);
}
