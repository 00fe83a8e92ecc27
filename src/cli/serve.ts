// `npm start` (after the build) and `npm run serve`: serves OUT_DIR on localhost, under the base
// path of SITE_URL so that the links the build wrote resolve, with the headers of the deployment
// kit the build wrote beside the pages.
import { outDir } from '../io/paths.ts';
import { createStaticServer, listen, PortInUse, readServedSettings } from '../io/static-server.ts';
import { basePath } from '../lib/routes.ts';

const root = outDir();
const chosen = process.env['PORT'];
const port = Number(chosen || 4321);
const host = process.env['HOST'] || '127.0.0.1';
// The kit records the base the site was built with (and the server reads the portal's member
// origins from it); SITE_URL, where given, still decides the base, as it always has.
const kit = await readServedSettings(root);
const base = process.env['SITE_URL'] ? basePath(process.env['SITE_URL']) : (kit?.base ?? '/');

try {
  // 4321 is Astro's own default, often taken by another project: without an explicit PORT the
  // next free port is taken and announced; a PORT the user chose is never silently replaced.
  const used = await listen(createStaticServer(root, { base }), port, host, chosen ? 0 : 20);
  const shown = host === '0.0.0.0' ? 'localhost' : host;
  if (used !== port) console.log(`端口 ${port} 已被占用，改用 ${used}。`);
  console.log(`站点已在 http://${shown}:${used}${base} 运行（${root}），按 Ctrl+C 停止。`);
} catch (error) {
  if (!(error instanceof PortInUse)) throw error;
  console.error(error.message);
  process.exit(1);
}
