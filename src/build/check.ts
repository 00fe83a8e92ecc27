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
  sources: readonly { file: string; org: string; year: number }[] = [],
): Promise<void> {
  const problems = availableParallelism() > 1 ? await inWorker(dir) : await checkSite(dir);
  if (problems.length > 0)
    throw new StageError(
      'checks',
      `${formatSiteProblems(withSources(problems, sources))}\n\n发布前检查未通过。`,
    );
}

/**
 * Names the content file a problem page was built from, so the author knows what to fix: a report
 * page, its print stylesheet and its data files come from `reports/<org>/<year>.mdx`.
 */
export function withSources(
  problems: readonly SiteProblem[],
  sources: readonly { file: string; org: string; year: number }[],
): SiteProblem[] {
  const byPage = new Map(sources.map((s) => [`${s.org}/${s.year}`, s.file]));
  return problems.map((problem) => {
    const key = /^\/(?:data\/)?([^/]+\/\d{4})(?:[/.]|$)/.exec(problem.page)?.[1];
    const file = key ? byPage.get(key) : undefined;
    return file ? { ...problem, page: `${problem.page}（来自 ${file}）` } : problem;
  });
}

function inWorker(dir: string): Promise<SiteProblem[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: dir });
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
