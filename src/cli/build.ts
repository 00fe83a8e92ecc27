// `npm run build`: validate → Astro → Pagefind and checks → publish into OUT_DIR (src/pipeline/).
// A failure at any step leaves the previously published OUT_DIR exactly as it was.

import { rmSync } from 'node:fs';
import { outDir } from '../io/paths.ts';
import { buildOptions } from '../pipeline/options.ts';
import { build, stagingDir, unfinishedStages } from '../pipeline/run.ts';
import { STAGES, StageError } from '../pipeline/stage.ts';

// The build must not phone home: government build machines are often offline, and nothing
// should leave them unasked.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

const out = outDir();
let finished = false;
process.on('beforeExit', () => {
  if (finished) return;
  rmSync(stagingDir(), { recursive: true, force: true });
  const stages = unfinishedStages().map((stage) => STAGES[stage]);
  console.error(
    `构建失败（${stages.join('、') || '未知'}阶段）：子程序意外退出（可能内存不足）。${out} 保持不变。`,
  );
  process.exit(1);
});
try {
  const options = buildOptions();
  const { reports, timings } = await build(options);
  console.log(`✓ ${reports} 份报告已发布到 ${out}（共 ${(timings.total ?? 0).toFixed(1)} s）`);
} catch (error) {
  if (error instanceof StageError) {
    console.error(error.message);
    console.error(
      error.stage === 'validate'
        ? `\n构建已停止：${out} 保持不变。`
        : `\n构建失败（${STAGES[error.stage]}阶段）：${out} 保持不变。`,
    );
  } else {
    console.error(error);
    console.error(`\n构建失败：${out} 保持不变。`);
  }
  process.exitCode = 1;
}
finished = true;
