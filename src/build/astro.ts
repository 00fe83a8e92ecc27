import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { StageError } from './stage.ts';

/**
 * Runs `astro build` into `outDir`, in its own process so that its memory is returned before
 * Pagefind indexes the pages: the stages' peaks then do not add up (measured at 1000 reports).
 */
export function runAstro(outDir: string, env: NodeJS.ProcessEnv = process.env): void {
  const astroBin = fileURLToPath(
    new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url),
  );
  // Node caps its heap well below the machine's memory; tens of thousands of pages need more.
  const heapMb = Math.floor((totalmem() / 2 ** 20) * 0.75);
  const astro = spawnSync(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, astroBin, 'build', '--silent'],
    {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { ...env, ASTRO_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (astro.status !== 0)
    throw new StageError(
      'astro',
      astro.signal
        ? `Astro 被终止（${astro.signal}，可能内存不足）`
        : `Astro 构建失败（退出码 ${astro.status}）`,
    );
}
