// Serves a built site the way a plain web server serves `dist/`: sirv resolves files, index.html
// and content types and survives malformed addresses; this module adds only the site's base
// path, its 404 page and a free port.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServerOptions {
  /**
   * The path the site is published under, as `basePath()` gives it ("/jxzp/"); files are served
   * from there and the host's root redirects to it. Default "/".
   */
  base?: string;
}

// sirv types files by extension but names no charset; a CSV of Chinese text without one is read
// as Latin-1 by spreadsheet tools and some browsers.
const TEXT_TYPES: Record<string, string> = {
  css: 'text/css',
  csv: 'text/csv',
  js: 'text/javascript',
  json: 'application/json',
  txt: 'text/plain',
  xml: 'application/xml',
};

// Pagefind's index files (.pf_fragment, .pf_index, .pf_meta, .pagefind) are gzip data that
// sirv has no type for; an empty Content-Type header is worse than the generic one.
const BINARY = /\.(pf_\w+|pagefind)$/;

function setTypes(response: ServerResponse, pathname: string): void {
  const type = TEXT_TYPES[/\.(\w+)$/.exec(pathname)?.[1] ?? ''];
  if (type) response.setHeader('content-type', `${type}; charset=utf-8`);
  else if (BINARY.test(pathname)) response.setHeader('content-type', 'application/octet-stream');
}

function notFound(root: string, response: ServerResponse): void {
  const page = join(root, '404.html');
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  response.end(existsSync(page) ? readFileSync(page) : '404 Not Found');
}

/** A static file server for a built site, as any plain web server would serve `dist/`. */
export function createStaticServer(root: string, options: StaticServerOptions = {}): Server {
  const base = (options.base ?? '/').replace(/\/*$/, '/');
  // `dev` reads the disk on every request instead of listing it once at start: tests start the
  // server before the build writes the folder, and a rebuilt site is served without a restart.
  const files = sirv(root, {
    dev: true,
    extensions: ['html'],
    setHeaders: setTypes,
  });
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/';
    if (base !== '/') {
      if (url === '/' || url === base.slice(0, -1)) {
        response.writeHead(302, { location: base });
        response.end();
        return;
      }
      if (!url.startsWith(base)) {
        notFound(root, response);
        return;
      }
      request.url = url.slice(base.length - 1);
    }
    files(request, response, () => notFound(root, response));
  });
}

/** Thrown when the port asked for is taken and no other may be used: its message is the one line to print. */
export class PortInUse extends Error {}

/**
 * Listens on `port`, or, when it is taken and `tryNext` allows, on the next free port up to
 * `tryNext` further. Resolves with the port actually used.
 */
export async function listen(
  server: Server,
  port: number,
  host: string,
  tryNext = 0,
): Promise<number> {
  for (let candidate = port; ; candidate++) {
    try {
      await new Promise<void>((done, fail) => {
        server.once('error', fail);
        server.listen(candidate, host, () => {
          server.off('error', fail);
          done();
        });
      });
      return (server.address() as AddressInfo).port;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' || candidate >= port + tryNext) {
        throw new PortInUse(
          code === 'EADDRINUSE'
            ? `端口 ${candidate} 已被占用：请关闭占用它的程序，或用 PORT=其他端口 npm run serve 换一个端口。`
            : `无法在 ${host}:${candidate} 上启动服务：${(error as Error).message}`,
        );
      }
    }
  }
}
