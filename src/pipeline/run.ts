import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePath } from '../lib/routes.ts';
import { runAstro, runAstroParts } from './astro.ts';
import { checkBuiltSite } from './check.ts';
import { together } from './child.ts';
import { deploySite } from './deploy.ts';
import type { BuildOptions } from './options.ts';
import { indexSite } from './pagefind.ts';
import { checkOutputFolder, publish, writeSiteMarker } from './publish.ts';
import { addSidecarFiles, runSidecar } from './sidecar.ts';
import { stageClock, type Timings } from './stage.ts';
import { validateInChild } from './validate.ts';
import { allViewsFiles, viewsFile, viewsFilesOf } from './views.ts';

/** The project folder: Astro must build inside it (see `stagingDir`). */
const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Where Astro, Pagefind and the checks write the next site. It is inside the project because
 * Astro's prerender chunks import packages from `node_modules` and must find them: an output
 * folder outside the project whose path merely starts with the project's path as text
 * (`/srv/site` → `/srv/site-public`) made them fail to resolve `@oslojs/encoding`.
 */
export function stagingDir(): string {
  return join(PROJECT, '.astro', `staging-${process.pid}`);
}

export { unfinishedStages } from './stage.ts';

export interface BuildResult {
  reports: number;
  /** Seconds per stage. */
  timings: Timings;
}

/**
 * How many report files the content folder holds, from the file names alone: an upper bound on
 * the reports validation will pass, known before it ends.
 */
function reportFileCount(content: string): number {
  const dir = join(content, 'reports');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.mdx'))
    .length;
}

/**
 * `npm run build` as one function: (validate ∥ Astro starting) → (Astro ∥ sidecar) →
 * (Pagefind ∥ checks) → publish. Any failure throws a StageError naming the stage, and leaves
 * `options.out` exactly as it was; the steps running beside the failed one are stopped first.
 */
export async function build(
  options: BuildOptions,
  log: (text: string) => void = console.log,
): Promise<BuildResult> {
  const started = performance.now();
  // Publishing removes what `out` held: a folder this build did not make is refused before any work.
  const guard = { variable: 'OUT_DIR', content: options.content };
  checkOutputFolder(options.out, guard);
  const { timings, timed } = stageClock(log);

  const handed = join(PROJECT, '.astro', `validated-${process.pid}.bin`);
  mkdirSync(dirname(handed), { recursive: true });
  const staging = stagingDir();
  const sidecarFiles = `${staging}-files`;
  for (const dir of [staging, sidecarFiles]) rmSync(dir, { recursive: true, force: true });
  // Every Astro run renders the snapshot validation writes, and leaves the report files to the sidecar.
  const plan = { snapshot: handed, reportFilesAside: true };
  // Stops every child process still running when a step fails.
  const stop = new AbortController();
  try {
    const validation = timed('validate', () =>
      validateInChild(options.content, log, handed, options.partReports, stop.signal),
    );
    // A site built in one Astro run (src/io/parts.ts) starts Astro now, so that its start-up
    // (about 1.6 s at 1000 reports) overlaps validation; its loader waits for the snapshot
    // (src/io/plan.ts). The count of files bounds the reports validation can pass, so such a
    // site is still one run once validated. A failed validation stops Astro through `stop`.
    const earlyAstro =
      reportFileCount(options.content) <= options.partReports
        ? timed('astro', () =>
            runAstro(
              staging,
              {
                ...plan,
                part: { kind: 'all' },
                views: [viewsFile(handed, 0)],
                awaitSnapshot: { orchestrator: process.pid },
              },
              { signal: stop.signal },
            ),
          )
        : undefined;
    const pages = async () => {
      const { orgs, reports, parts } = await validation;
      const sidecar = timed('sidecar', () =>
        runSidecar(handed, allViewsFiles(handed, parts), sidecarFiles, stop.signal),
      );
      const astro =
        earlyAstro ??
        timed('astro', () =>
          runAstroParts(
            staging,
            parts.map((part, i) => ({ ...plan, part, views: viewsFilesOf(handed, parts, i) })),
            new Set(orgs),
            stop.signal,
          ),
        );
      // The sidecar works in a child process beside Astro, which renders on one core; its files
      // join the site once Astro has made (and emptied) the output folder.
      const [, shards] = await together(stop, [astro, sidecar]);
      addSidecarFiles(staging, shards, sidecarFiles);
      writeSiteMarker(staging);
      return reports;
    };
    // Astro failing while validation still runs stops the validation, and the other way round.
    const [, reports] = await together(stop, [earlyAstro ?? Promise.resolve(), pages()]);
    // Pagefind and the check each run in a process of their own: they overlap.
    await together(stop, [
      timed('pagefind', () => indexSite(staging, reports, options.shardReports, stop.signal)),
      timed('checks', () => checkBuiltSite(staging, options.content, stop.signal)),
    ]);
    // After the index and the check: Pagefind's scripts are compressed too, and the check reads
    // the pages alone.
    await timed('deploy', () =>
      deploySite(staging, { siteUrl: options.siteUrl, base: basePath(options.siteUrl) }),
    );
    await timed('publish', () => publish(staging, options.out, guard));
    // The benchmark reads the stage times from here.
    if (options.timings) writeFileSync(options.timings, JSON.stringify(timings));
    timings.total = (performance.now() - started) / 1000;
    return { reports: reports.length, timings };
  } finally {
    stop.abort();
    for (const dir of [staging, sidecarFiles]) rmSync(dir, { recursive: true, force: true });
    rmSync(handed, { force: true });
    const views = `${basename(handed)}.views-`;
    for (const name of readdirSync(dirname(handed)))
      if (name.startsWith(views)) rmSync(join(dirname(handed), name), { force: true });
  }
}
