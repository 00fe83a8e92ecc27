import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildParts } from '../lib/parts.ts';
import { runAstroParts } from './astro.ts';
import { checkBuiltSite } from './check.ts';
import type { BuildOptions } from './options.ts';
import { indexSite } from './pagefind.ts';
import { publish } from './publish.ts';
import { inStage, type Stage } from './stage.ts';
import { validateInChild } from './validate.ts';
import { startVocabulary, writeVocabulary } from './vocabulary.ts';

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
 * `npm run build` as one function: validate → (Astro ∥ vocabulary) → (Pagefind ∥ checks) →
 * publish. Any failure throws a StageError naming the stage, and leaves `options.out` exactly as
 * it was.
 */
export async function build(
  options: BuildOptions,
  log: (text: string) => void = console.log,
): Promise<BuildResult> {
  const started = performance.now();
  const timings: BuildResult['timings'] = {};
  const timed = async <T>(stage: Stage, step: () => T | Promise<T>): Promise<T> => {
    const since = performance.now();
    running.add(stage);
    const result = await inStage(stage, step);
    running.delete(stage);
    timings[stage] = (performance.now() - since) / 1000;
    log(`  ${stage.padEnd(10)} ${timings[stage].toFixed(1)} s`);
    return result;
  };

  const handed = join(PROJECT, '.astro', `validated-${process.pid}.bin`);
  mkdirSync(dirname(handed), { recursive: true });
  const { orgs, reports } = await timed('validate', () =>
    validateInChild(options.content, log, handed),
  );
  const parts = buildParts(orgs, reports, options.partReports);
  const staging = stagingDir();
  rmSync(staging, { recursive: true, force: true });
  const vocabulary = startVocabulary(handed);
  try {
    // The vocabulary is built in a child process beside Astro, which renders on one core; it is written
    // once Astro has made (and emptied) the output folder.
    const [, shards] = await Promise.all([
      timed('astro', () =>
        runAstroParts(staging, parts, new Set(orgs), {
          ...process.env,
          VALIDATED_CONTENT: handed,
        }),
      ),
      timed('vocabulary', () => vocabulary.shards),
    ]);
    writeVocabulary(staging, shards);
    // Pagefind runs in its own process and the checks in a worker thread: they overlap.
    await Promise.all([
      timed('pagefind', () => indexSite(staging, reports, options.shardReports)),
      timed('checks', () => checkBuiltSite(staging, options.content)),
    ]);
    await timed('publish', () => publish(staging, options.out));
  } finally {
    vocabulary.stop();
    rmSync(staging, { recursive: true, force: true });
    rmSync(handed, { force: true });
  }
  // The benchmark reads the stage times from here.
  if (options.timings) writeFileSync(options.timings, JSON.stringify(timings));
  timings.total = (performance.now() - started) / 1000;
  return { reports: reports.length, timings };
}
