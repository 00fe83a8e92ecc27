// The deployment kit, deployed: Debian's nginx serves the built fixture site with the generated
// deploy/nginx.conf, at the host's root and under /jxzp/, as a non-daemon in a temporary prefix
// on a free loopback port. Its headers must be the policy's, and the same as `npm run serve`
// sends; precompressed files are served; another origin cannot frame a page (Chromium).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, listen } from '../../src/io/static-server.ts';
import { NGINX_ROOT } from '../../src/lib/deploy-kit.ts';
import { headersFor, IMMUTABLE, REVALIDATE, securityHeaders } from '../../src/lib/http-policy.ts';
import { launch } from './browser.ts';

const NGINX = '/usr/sbin/nginx';
const work = mkdtempSync(join(tmpdir(), 'nginx-e2e-'));
const children: ChildProcess[] = [];
const servers: Server[] = [];
let browser: Browser | undefined;

// Vitest puts Vite's BASE_URL ("/") into the environment, and an inherited BASE_URL overrides
// the base Astro derives from SITE_URL.
const { BASE_URL: _, ...clean } = process.env;

async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server, 0, '127.0.0.1');
  await new Promise((done) => server.close(done));
  return port;
}

/** Starts nginx in the foreground with the site's generated configuration; resolves its origin. */
async function startNginx(name: string, site: string): Promise<string> {
  const prefix = join(work, `nginx-${name}`);
  mkdirSync(join(prefix, 'temp'), { recursive: true });
  const port = await freePort();
  const generated = readFileSync(join(site, 'deploy/nginx.conf'), 'utf8');
  expect(generated).toContain('listen 80;');
  expect(generated).toContain(NGINX_ROOT);
  // Only the two lines an administrator edits: where the files are and where to listen.
  writeFileSync(
    join(prefix, 'site.conf'),
    generated.replace('listen 80;', `listen 127.0.0.1:${port};`).replaceAll(NGINX_ROOT, site),
  );
  const temp = (kind: string) => `${kind}_temp_path ${join(prefix, 'temp', kind)};`;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'master_process off;',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
      `  include ${join(prefix, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  const args = ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf')];
  const test = spawn(NGINX, [...args, '-t'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let said = '';
  test.stderr.on('data', (chunk) => {
    said += chunk;
  });
  const code = await new Promise((done) => test.on('exit', done));
  expect(code, said).toBe(0);
  const child = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(origin);
      return origin;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`nginx did not start: ${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
}

interface Deployed {
  base: string;
  site: string;
  nginx: string;
  serve: string;
}

async function deploy(name: string, siteUrl: string, base: string): Promise<Deployed> {
  const site = join(work, name);
  const run = spawnSync(process.execPath, ['src/cli/build.ts'], {
    env: { ...clean, CONTENT_DIR: 'test/fixtures/minimal', OUT_DIR: site, SITE_URL: siteUrl },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build for ${siteUrl} failed:\n${run.stderr}`);
  const nginx = await startNginx(name, site);
  const server = createStaticServer(site, { base });
  servers.push(server);
  const serve = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  return { base, site, nginx, serve };
}

const sites: Deployed[] = [];
beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install nginx-light`);
  sites.push(await deploy('root', 'https://www.example.gov.cn/', '/'));
  sites.push(await deploy('jxzp', 'https://www.example.gov.cn/jxzp/', '/jxzp/'));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  for (const child of children) child.kill('SIGTERM');
  for (const server of servers) server.close();
  rmSync(work, { recursive: true, force: true });
});

/** The headers the policy decides, as one server answered for `path`. */
async function policyHeaders(origin: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${origin}${path}`, { redirect: 'manual', ...init });
  await response.arrayBuffer();
  const names = [
    ...securityHeaders({ base: '/' }).map(([n]) => n),
    'Content-Type',
    'Cache-Control',
    'Content-Disposition',
    'Access-Control-Allow-Origin',
    'Content-Encoding',
  ];
  return {
    status: response.status,
    headers: Object.fromEntries(names.map((n) => [n, response.headers.get(n)])),
    response,
  };
}

describe.each([
  ['at the host root', 0],
  ['under /jxzp/', 1],
])('nginx with the generated deploy/nginx.conf, %s', (_name, index) => {
  const at = () => sites[index] as Deployed;
  const astroCss = () => {
    const css = readdirSync(join(at().site, '_astro')).find((f) => f.endsWith('.css'));
    if (!css) throw new Error('no stylesheet in _astro/');
    return `_astro/${css}`;
  };

  it('sends the security headers and revalidates pages', async () => {
    const { status, headers } = await policyHeaders(at().nginx, at().base);
    expect(status).toBe(200);
    for (const [name, value] of securityHeaders({ base: at().base }))
      expect(headers[name]).toBe(value);
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(headers['Cache-Control']).toBe(REVALIDATE);
  });

  it('caches hashed assets for a year and types data files and downloads', async () => {
    const css = await policyHeaders(at().nginx, `${at().base}${astroCss()}`);
    expect(css.headers['Cache-Control']).toBe(IMMUTABLE);
    expect(css.headers['Content-Type']).toBe('text/css; charset=utf-8');
    const csv = await policyHeaders(at().nginx, `${at().base}data/test-ju/2021/goals.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['Content-Type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['Content-Disposition']).toBe('attachment');
    expect(csv.headers['Access-Control-Allow-Origin']).toBe('*');
    const json = await policyHeaders(at().nginx, `${at().base}data/all.json`);
    expect(json.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(json.headers['Cache-Control']).toBe(REVALIDATE);
  });

  it('sends exactly what npm run serve sends', async () => {
    for (const path of [
      '',
      astroCss(),
      'data/all.json',
      'data/test-ju/2021/goals.csv',
      'pagefind/pagefind.js',
      'test-ju/2021/',
      'nowhere/',
    ]) {
      const nginx = await policyHeaders(at().nginx, `${at().base}${path}`);
      const serve = await policyHeaders(at().serve, `${at().base}${path}`);
      expect([nginx.status, nginx.headers], path).toEqual([serve.status, serve.headers]);
      const gzip = { headers: { 'accept-encoding': 'gzip' } };
      const nginxGz = await policyHeaders(at().nginx, `${at().base}${path}`, gzip);
      const serveGz = await policyHeaders(at().serve, `${at().base}${path}`, gzip);
      expect(nginxGz.headers, `${path} gzip`).toEqual(serveGz.headers);
    }
    // The policy module is what both follow.
    const policy = headersFor('/data/all.json', { base: at().base });
    const json = await policyHeaders(at().nginx, `${at().base}data/all.json`);
    expect(json.headers['Content-Type']).toBe(policy['Content-Type']);
  });

  it('serves the precompressed copy when the client accepts gzip', async () => {
    const page = `${at().base}test-ju/2021/`;
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>(
      (done, fail) => {
        // node:http does not decompress, so the bytes are the file nginx chose.
        import('node:http').then(({ get }) =>
          get(`${at().nginx}${page}`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (c: Buffer) => chunks.push(c));
            response.on('end', () =>
              done({ headers: response.headers, body: Buffer.concat(chunks) }),
            );
          }).on('error', fail),
        );
      },
    );
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(String(raw.headers['vary'])).toContain('Accept-Encoding');
    const file = join(at().site, 'test-ju/2021/index.html');
    expect(raw.body.equals(readFileSync(`${file}.gz`))).toBe(true);
    expect(gunzipSync(raw.body).equals(readFileSync(file))).toBe(true);
    const plain = await fetch(`${at().nginx}${page}`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('answers a missing page with the site’s 404 page, and hides the kit', async () => {
    const notFound = readFileSync(join(at().site, '404.html'), 'utf8');
    for (const path of ['nowhere/', 'deploy/nginx.conf', 'deploy/web.config', '_headers']) {
      const response = await fetch(`${at().nginx}${at().base}${path}`, {
        headers: { 'accept-encoding': 'identity' },
      });
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(notFound);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('redirects a folder address without its final slash, on the same host', async () => {
    const response = await fetch(`${at().nginx}${at().base}test-ju`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${at().base}test-ju/`);
  });

  it('cannot be framed by a page of another origin', async () => {
    // The other origin: a page on another loopback port that frames the site, and (to show that
    // framing itself works there) a page of its own.
    const target = `${at().nginx}${at().base}test-ju/2021/`;
    const other = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        request.url === '/own'
          ? '<title>own</title><p id="own">同源页面</p>'
          : `<title>frame</title><iframe id="site" src="${target}"></iframe><iframe id="own" src="/own"></iframe>`,
      );
    });
    servers.push(other);
    const origin = `http://127.0.0.1:${await listen(other, 0, '127.0.0.1')}`;
    const page = await (browser as Browser).newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) refused.push(m.text());
    });
    try {
      await page.goto(`${origin}/`);
      await page.waitForTimeout(1500);
      const own = page.frames().find((f) => f.url() === `${origin}/own`);
      expect(await own?.evaluate(() => document.querySelector('#own')?.textContent)).toBe(
        '同源页面',
      );
      // The site's frame never shows the site: Chromium replaces it with an error page.
      const site = page.frames().find((f) => f !== page.mainFrame() && f !== own);
      expect(site?.url()).not.toBe(target);
      expect(refused.join('\n')).toContain("frame-ancestors 'self'");
      // The same page opened directly is fine.
      const direct = await page.goto(target);
      expect(direct?.status()).toBe(200);
    } finally {
      await page.close();
    }
  });
});

describe('nginx under /jxzp/', () => {
  it('sends the host root to the site and nothing else outside it', async () => {
    const { nginx, site } = sites[1] as Deployed;
    const root = await fetch(`${nginx}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/jxzp/');
    const outside = await fetch(`${nginx}/test-ju/2021/`);
    expect(outside.status).toBe(404);
    expect(await outside.text()).toBe(readFileSync(join(site, '404.html'), 'utf8'));
  });
});
