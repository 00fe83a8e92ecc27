import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkSite, formatSiteProblems } from '../cli/check-site.ts';
import type { SiteProblem } from '../lib/site-check.ts';
import { StageError } from './stage.ts';

/**
 * The post-build check (links, anchors, HTML, CSP, scripts). With two or more cores it runs in a
 * worker thread, beside Pagefind's indexer (a separate process), so the two stages overlap; the
 * worker holds only one page at a time, so memory stays flat. On one core it runs in place.
 */
export async function checkBuiltSite(dir: string, content: string): Promise<void> {
  // The check itself names the content file behind each failing page (site-check `sourcesOf`).
  const problems =
    availableParallelism() > 1 ? await inWorker(dir, content) : await checkSite(dir, { content });
  if (problems.length > 0)
    throw new StageError('checks', `${formatSiteProblems(problems)}\n\n发布前检查未通过。`);
}

function inWorker(dir: string, content: string): Promise<SiteProblem[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
      workerData: { dir, content },
    });
    let result: SiteProblem[] | undefined;
    worker.once('message', (problems: SiteProblem[]) => {
      result = problems;
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      result ? resolve(result) : reject(new Error(`检查程序意外退出（退出码 ${code}）`)),
    );
  });
}
