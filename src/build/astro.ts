import { spawn } from 'node:child_process';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { StageError } from './stage.ts';

/**
 * Runs `astro build` into `outDir`, in its own process so that its memory is returned before
 * Pagefind indexes the pages: the stages' peaks then do not add up (measured at 1000 reports).
 */
export function runAstro(outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const astroBin = fileURLToPath(
    new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url),
  );
  // Node caps its heap well below the machine's memory; tens of thousands of pages need more.
  const heapMb = Math.floor((totalmem() / 2 ** 20) * 0.75);
  // Asynchronous, so the build process can work beside it (the search vocabulary, on the other core).
  const astro = spawn(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, astroBin, 'build', '--silent'],
    {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { ...astroEnv(env), ASTRO_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    astro.once('error', reject);
    astro.once('exit', (status, signal) => {
      if (status === 0) resolve();
      else
        reject(
          new StageError(
            'astro',
            signal
              ? `Astro 被终止（${signal}，可能内存不足）`
              : `Astro 构建失败（退出码 ${status}）`,
          ),
        );
    });
  });
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
