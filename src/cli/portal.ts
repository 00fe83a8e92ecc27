// `npm run portal`: builds the province portal from the `portal` key of content/site.yaml
// (src/pipeline/portal.ts). A failure leaves the published portal as it was.
import { buildPortal, portalOptions } from '../pipeline/portal.ts';
import { STAGES, StageError } from '../pipeline/stage.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

let out = process.env['PORTAL_OUT_DIR'] || 'dist-portal';
try {
  const options = portalOptions();
  out = options.out;
  const { members, skipped, timings } = await buildPortal(options);
  const left =
    skipped.length > 0
      ? `，跳过 ${skipped.length} 个（${skipped.map((s) => s.name).join('、')}）`
      : '';
  console.log(
    `✓ 门户已发布到 ${out}：${members.length} 个成员站点${left}（共 ${(timings.total ?? 0).toFixed(1)} s）`,
  );
} catch (error) {
  if (error instanceof StageError) {
    console.error(error.message);
    console.error(
      error.stage === 'config'
        ? `\n门户构建已停止：${out} 保持不变。`
        : `\n门户构建失败（${STAGES[error.stage]}阶段）：${out} 保持不变。`,
    );
  } else {
    console.error(error instanceof Error ? error.message : error);
    console.error(`\n门户构建失败：${out} 保持不变。`);
  }
  process.exitCode = 1;
}
