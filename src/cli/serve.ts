// `npm start` (after the build) and `npm run serve`: serves OUT_DIR on localhost.
import { outDir } from '../lib/paths.ts';
import { createStaticServer } from './static-server.ts';

const root = outDir();
const port = Number(process.env['PORT'] || 4321);
const host = process.env['HOST'] || '127.0.0.1';

createStaticServer(root).listen(port, host, () => {
  const shown = host === '0.0.0.0' ? 'localhost' : host;
  console.log(`站点已在 http://${shown}:${port}/ 运行（${root}），按 Ctrl+C 停止。`);
});
