// `npm start` (after the build): serves OUT_DIR on localhost, as any static web server would.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { outDir } from '../lib/paths.ts';

const root = outDir();
const port = Number(process.env['PORT'] || 4321);
const host = process.env['HOST'] || '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function resolveFile(urlPath: string): string | undefined {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(root, safe), join(root, safe, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = resolveFile(url.pathname);
  if (!file) {
    const notFound = resolveFile('/404.html');
    response.writeHead(404, { 'content-type': TYPES['.html'] });
    if (notFound) createReadStream(notFound).pipe(response);
    else response.end('404');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});

server.listen(port, host, () => {
  console.log(
    `站点已在 http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/ 运行（${root}），按 Ctrl+C 停止。`,
  );
});
