// Serves a built site as the deployment kit's nginx configuration does: the same headers, cache
// policy, types, downloads and precompressed files (all from src/lib/http-policy.ts), the base
// path of SITE_URL, the 404 page and a free port. Written directly on node:http rather than a
// static-file library so that every rule is the policy's, and so that no request can stop the
// process: a malformed address, a bad Range or a file that vanishes ends that request only.
import { createReadStream, promises as fs, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import {
  accepts,
  ENCODINGS,
  type Encoding,
  headersFor,
  isCompressible,
  isHidden,
  SETTINGS_FILE,
  type ServingSettings,
} from '../lib/http-policy.ts';

export interface StaticServerOptions {
  /**
   * The path the site is published under, as `basePath()` gives it ("/jxzp/"); files are served
   * from there and the host's root redirects to it. Default "/".
   */
  base?: string;
  /**
   * The portal's member origins, for the Content-Security-Policy header (see http-policy).
   * Default: those the site's deployment kit records (`deploy/settings.json`), else none.
   */
  connect?: readonly string[];
}

/** The settings a built site's deployment kit was written with, if it has a readable one. */
export async function readServedSettings(root: string): Promise<ServingSettings | undefined> {
  try {
    const parsed = JSON.parse(await fs.readFile(join(root, SETTINGS_FILE), 'utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object') return undefined;
    const { base, connect } = parsed as Record<string, unknown>;
    if (typeof base !== 'string' || !Array.isArray(connect)) return undefined;
    return { base, connect: connect.filter((c): c is string => typeof c === 'string') };
  } catch {
    return undefined;
  }
}

/** A file found for a request: where it is on disk and the site path its headers are for. */
interface Found {
  file: string;
  sitePath: string;
  stats: Stats;
}

/** The byte range a Range header asks for, `'unsatisfiable'`, or undefined to send everything. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  // Several ranges or other units: answering with the whole file is always allowed.
  if (!match)
    return header.trim().startsWith('bytes=') && !header.includes(',')
      ? 'unsatisfiable'
      : undefined;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return 'unsatisfiable';
  if (from === '') {
    const length = Number(to);
    if (length === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || (to !== '' && Number(to) < start)) return 'unsatisfiable';
  return { start, end };
}

async function statOf(path: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(path);
  } catch {
    return undefined;
  }
}

/** A path's real location, if it exists and stays inside `root` (a link may lead anywhere). */
async function inside(root: string, path: string): Promise<string | undefined> {
  try {
    const real = await fs.realpath(path);
    return real === root || real.startsWith(root + sep) ? real : undefined;
  } catch {
    return undefined;
  }
}

/** A static file server for a built site, serving it as the generated nginx configuration does. */
export function createStaticServer(root: string, options: StaticServerOptions = {}): Server {
  const base = (options.base ?? '/').replace(/\/*$/, '/');
  // Resolved on each request rather than once: tests start the server before the build writes
  // the folder, and a rebuilt site (a new folder renamed into place) is served without a restart.
  const realRoot = () => inside(resolve(root), resolve(root)).then((r) => r ?? resolve(root));

  const send = (response: ServerResponse, status: number, headers: Record<string, string>) => {
    response.writeHead(status, headers);
  };

  /** The file a site path names: itself, its folder's index.html, or `<path>.html`. */
  const find = async (
    top: string,
    sitePath: string,
  ): Promise<Found | { redirect: string } | undefined> => {
    if (sitePath.includes('\0') || isHidden(sitePath)) return undefined;
    const path = resolve(top, `.${sitePath}`);
    if (path !== top && !path.startsWith(top + sep)) return undefined;
    const candidates: [string, string][] = sitePath.endsWith('/')
      ? [[join(path, 'index.html'), `${sitePath}index.html`]]
      : [
          [path, sitePath],
          [`${path}.html`, `${sitePath}.html`],
        ];
    for (const [candidate, candidatePath] of candidates) {
      const real = await inside(top, candidate);
      if (!real) continue;
      const stats = await statOf(real);
      if (stats?.isFile()) return { file: real, sitePath: candidatePath, stats };
      if (stats?.isDirectory() && candidate === path) return { redirect: `${sitePath}/` };
    }
    return undefined;
  };

  /** The precompressed copy the client accepts, if the build wrote one. */
  const encoded = async (
    top: string,
    found: Found,
    header: string | undefined,
  ): Promise<{ encoding: Encoding; file: string; stats: Stats } | undefined> => {
    if (!isCompressible(found.sitePath)) return undefined;
    for (const { name, suffix } of ENCODINGS) {
      if (!accepts(header, name)) continue;
      const real = await inside(top, `${found.file}${suffix}`);
      const stats = real ? await statOf(real) : undefined;
      if (real && stats?.isFile()) return { encoding: name, file: real, stats };
    }
    return undefined;
  };

  /** The site's 404 page with a 404 status, precompressed where accepted, as nginx's error_page. */
  const notFound = async (
    top: string,
    settings: ServingSettings,
    request: IncomingMessage,
    response: ServerResponse,
  ) => {
    const page = await inside(top, join(top, '404.html'));
    const stats = page ? await statOf(page) : undefined;
    if (page && stats?.isFile())
      return sendFile(
        { file: page, sitePath: '/404.html', stats },
        404,
        top,
        settings,
        request,
        response,
      );
    const body = Buffer.from('404 Not Found');
    send(response, 404, {
      ...headersFor('/404.txt', settings),
      'Content-Length': String(body.length),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  /** Sends a found file: its precompressed copy where accepted, a range where asked (200 only). */
  const sendFile = async (
    found: Found,
    status: 200 | 404,
    top: string,
    settings: ServingSettings,
    request: IncomingMessage,
    response: ServerResponse,
  ) => {
    const headers = headersFor(found.sitePath, settings);
    const chosen = await encoded(top, found, request.headers['accept-encoding']);
    const file = chosen?.file ?? found.file;
    const stats = chosen?.stats ?? found.stats;
    if (chosen) headers['Content-Encoding'] = chosen.encoding;
    if (status === 200) {
      const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}${chosen ? `-${chosen.encoding}` : ''}"`;
      headers['ETag'] = etag;
      headers['Last-Modified'] = stats.mtime.toUTCString();
      if (request.headers['if-none-match'] === etag) {
        send(response, 304, headers);
        response.end();
        return;
      }
    }
    // Ranges apply to the bytes sent: only the file itself, never a compressed copy.
    const range =
      chosen || status !== 200 ? undefined : parseRange(request.headers.range, stats.size);
    if (!chosen && status === 200) headers['Accept-Ranges'] = 'bytes';
    if (range === 'unsatisfiable') {
      send(response, 416, {
        ...headers,
        'Content-Range': `bytes */${stats.size}`,
        'Content-Length': '0',
      });
      response.end();
      return;
    }
    const { start, end } = range ?? { start: 0, end: stats.size - 1 };
    if (range) headers['Content-Range'] = `bytes ${start}-${end}/${stats.size}`;
    headers['Content-Length'] = String(Math.max(0, end - start + 1));
    send(response, range ? 206 : status, headers);
    if (request.method === 'HEAD' || stats.size === 0) {
      response.end();
      return;
    }
    const stream = createReadStream(file, { start, end });
    stream.on('error', () => response.destroy());
    stream.pipe(response);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const top = await realRoot();
    const settings: ServingSettings = {
      base,
      connect: options.connect ?? (await readServedSettings(top))?.connect ?? [],
    };
    const url = request.url ?? '/';
    const [rawPath = '/', query] = url.split('?', 2);
    if (base !== '/' && (rawPath === '/' || rawPath === base.slice(0, -1))) {
      send(response, 302, { Location: base });
      response.end();
      return;
    }
    if (!rawPath.startsWith(base)) return notFound(top, settings, request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, { Allow: 'GET, HEAD', 'Content-Length': '0' });
      response.end();
      return;
    }
    let sitePath: string;
    try {
      sitePath = decodeURIComponent(rawPath.slice(base.length - 1));
    } catch {
      return notFound(top, settings, request, response);
    }
    const found = await find(top, sitePath);
    if (!found) return notFound(top, settings, request, response);
    if ('redirect' in found) {
      const location = `${base.slice(0, -1)}${encodeURI(found.redirect)}${query ? `?${query}` : ''}`;
      send(response, 301, { Location: location, 'Content-Length': '0' });
      response.end();
      return;
    }
    return sendFile(found, 200, top, settings, request, response);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      // Whatever went wrong ends this request alone.
      if (!response.headersSent) {
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('500 服务器内部错误');
      } else response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
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
