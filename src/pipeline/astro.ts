import { rmSync } from 'node:fs';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ownsFile } from '../io/parts.ts';
import { type BuildPlan, PLAN_ENV, writePlan } from '../io/plan.ts';
import { moveFiles } from '../io/site-files.ts';
import { type RunOptions, runNode } from './child.ts';
import { StageError } from './stage.ts';

/** How to run Astro: stoppable through `signal`; `config` another entry than astro.config.mjs. */
export type AstroControl = Pick<RunOptions, 'signal'> & {
  /** An Astro config file of the project (the portal's `portal.config.mjs`). */
  config?: string;
};

/**
 * Runs `astro build` into `outDir` under `plan` (written beside `outDir`, named to Astro in
 * `BUILD_PLAN`), in its own process so that its memory is returned before Pagefind indexes the
 * pages: the stages' peaks then do not add up (measured at 1000 reports). A plan with
 * `awaitSnapshot` lets Astro start at once while its content loader waits for the snapshot.
 */
export async function runAstro(
  outDir: string,
  plan: BuildPlan,
  control: AstroControl = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const planFile = `${outDir}.plan.json`;
  writePlan(planFile, plan);
  try {
    await astroProcess(outDir, planFile, control, env);
  } finally {
    rmSync(planFile, { force: true });
  }
}

function astroProcess(
  outDir: string,
  planFile: string,
  { config, ...control }: AstroControl,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const astroBin = fileURLToPath(
    new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url),
  );
  // Node caps its heap well below the machine's memory; tens of thousands of pages need more.
  const heapMb = Math.floor((totalmem() / 2 ** 20) * 0.75);
  // Asynchronous, so the build process can work beside it (the search vocabulary, on the other core).
  return runNode(
    // Astro resolves --config against the project root, which the run starts in.
    [
      `--max-old-space-size=${heapMb}`,
      astroBin,
      'build',
      ...(config ? ['--config', config] : []),
      '--silent',
    ],
    {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: {
        ...astroEnv(env),
        ASTRO_OUT_DIR: outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        [PLAN_ENV]: planFile,
      },
      ...control,
    },
    (status, signal) =>
      new StageError(
        'astro',
        signal ? `Astro 被终止（${signal}，可能内存不足）` : `Astro 构建失败（退出码 ${status}）`,
      ),
  );
}

/**
 * The environment without the variables Vite takes as its own `import.meta.env` (BASE_URL, MODE,
 * DEV, PROD, SSR): a test runner sets them (BASE_URL=/), and an inherited BASE_URL silently
 * overrides the base that SITE_URL's path gives.
 */
function astroEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = env;
  return rest;
}

/**
 * Builds the site into `outDir` in the runs `plans` lists, one per part (src/io/parts.ts), one
 * after another so their peaks do not add up, each into its own folder; then moves each run's
 * own files into `outDir`. A single `all` part is one ordinary run.
 */
export async function runAstroParts(
  outDir: string,
  plans: readonly BuildPlan[],
  orgs: ReadonlySet<string>,
  signal?: AbortSignal,
): Promise<void> {
  const control = signal ? { signal } : {};
  const [only] = plans;
  if (plans.length === 1 && only?.part.kind === 'all') return runAstro(outDir, only, control);
  rmSync(outDir, { recursive: true, force: true });
  for (const [i, plan] of plans.entries()) {
    const dir = `${outDir}-part${i}`;
    rmSync(dir, { recursive: true, force: true });
    try {
      await runAstro(dir, plan, control);
      moveFiles(dir, outDir, (path) => ownsFile(plan.part, path, orgs));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
