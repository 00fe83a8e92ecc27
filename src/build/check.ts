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
export async function checkBuiltSite(
  dir: string,
  content: string,
  signal?: AbortSignal,
): Promise<void> {
  // The check itself names the content file behind each failing page (site-check `sourcesOf`).
  const problems =
    availableParallelism() > 1
      ? await inWorker(dir, content, signal)
      : await checkSite(dir, { content });
  if (problems.length > 0)
    throw new StageError('checks', `${formatSiteProblems(problems)}\n\n发布前检查未通过。`);
}

/** The check in a worker thread; stopping `signal` terminates it, and the promise settles once it has. */
function inWorker(dir: string, content: string, signal?: AbortSignal): Promise<SiteProblem[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
      workerData: { dir, content },
    });
    const stop = () => void worker.terminate();
    signal?.addEventListener('abort', stop, { once: true });
    if (signal?.aborted) stop();
    let result: SiteProblem[] | undefined;
    let failure: unknown;
    worker.once('message', (problems: SiteProblem[]) => {
      result = problems;
    });
    worker.once('error', (error) => {
      failure = error;
    });
    worker.once('exit', (code) => {
      signal?.removeEventListener('abort', stop);
      if (signal?.aborted) reject(signal.reason);
      else if (result) resolve(result);
      else reject(failure ?? new Error(`检查程序意外退出（退出码 ${code}）`));
    });
  });
}
