// `npm run studio`: the 编辑台, a local editing app for the content folder (src/studio/).
// PORT sets its port (default 4322); it listens on 127.0.0.1 only.
import { contentDir, outDir } from '../io/paths.ts';
import { startStudio } from '../studio/server.ts';

const text = process.env['PORT']?.trim() || '4322';
if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
  console.error(`✗ PORT 应为 0–65535 的端口号，实为“${text}”。`);
  process.exit(1);
}
try {
  const studio = await startStudio({ content: contentDir(), out: outDir(), port: Number(text) });
  console.log(`编辑台已启动：${studio.url}（内容文件夹 ${contentDir()}；按 Ctrl+C 退出）`);
} catch (error) {
  const code = (error as { code?: string }).code;
  console.error(
    code === 'EADDRINUSE'
      ? `✗ 端口 ${text} 已被占用：请用 PORT=<其他端口> npm run studio 启动。`
      : `✗ 编辑台无法启动：${(error as Error).message}`,
  );
  process.exit(1);
}
