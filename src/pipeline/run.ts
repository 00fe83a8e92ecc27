import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildParts } from '../io/parts.ts';
import { basePath } from '../lib/routes.ts';
import { runAstro, runAstroParts } from './astro.ts';
import { checkBuiltSite } from './check.ts';
import { together } from './child.ts';
import { deploySite } from './deploy.ts';
import type { BuildOptions } from './options.ts';
import { indexSite } from './pagefind.ts';
import { checkOutputFolder, publish, writeSiteMarker } from './publish.ts';
import { addSidecarFiles, runSidecar } from './sidecar.ts';
import { inStage, type Stage } from './stage.ts';
import { validateInChild } from './validate.ts';

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

const running = new Set<Stage>();

/**
 * The stages started and not finished. If a child the build waits on dies (Pagefind killed for
 * lack of memory, say), its promise never settles and Node just exits: the CLI then names these.
 */
export function unfinishedStages(): Stage[] {
  return [...running];
}

export interface BuildResult {
  reports: number;
  /** Seconds per stage. */
  timings: Partial<Record<Stage | 'total', number>>;
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
  const timings: BuildResult['timings'] = {};
  const timed = async <T>(stage: Stage, step: () => T | Promise<T>): Promise<T> => {
    const since = performance.now();
    running.add(stage);
    try {
      const result = await inStage(stage, step);
      timings[stage] = (performance.now() - since) / 1000;
      log(`  ${stage.padEnd(10)} ${timings[stage].toFixed(1)} s`);
      return result;
    } finally {
      running.delete(stage);
    }
  };

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
      validateInChild(options.content, log, handed, stop.signal),
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
              { ...plan, part: { kind: 'all' }, awaitSnapshot: { orchestrator: process.pid } },
              { signal: stop.signal },
            ),
          )
        : undefined;
    const pages = async () => {
      const { orgs, reports } = await validation;
      const sidecar = timed('sidecar', () => runSidecar(handed, sidecarFiles, stop.signal));
      const astro =
        earlyAstro ??
        timed('astro', () =>
          runAstroParts(
            staging,
            buildParts(orgs, reports, options.partReports),
            new Set(orgs),
            plan,
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
  }
}
