import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStaticServer,
  listen,
  PortInUse,
  parseRange,
} from '../../../src/io/static-server.ts';
import { headerCsp, IMMUTABLE, REVALIDATE } from '../../../src/lib/http-policy.ts';

const root = mkdtempSync(join(tmpdir(), 'serve-'));
mkdirSync(join(root, 'org', '2020'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<p>首页</p>');
writeFileSync(join(root, '404.html'), '<p>页面不存在</p>');
writeFileSync(join(root, 'org', '2020', 'index.html'), '<p>报告</p>');
writeFileSync(join(root, 'org', '2020', '支出.csv'), '科目,金额\n');
writeFileSync(join(root, 'index.pf_meta'), 'x');
writeFileSync(join(root, 'org', '2020', '原文.docx'), 'PK docx');
writeFileSync(join(root, 'org', '2020', '表.xlsx'), 'PK xlsx');
writeFileSync(join(root, 'org', '2020', '原文.pdf'), '%PDF-1.7');
mkdirSync(join(root, '_astro'));
writeFileSync(join(root, '_astro', 'a.1b2c.css'), 'body{}');
const PAGE = `<p>${'长页面'.repeat(600)}</p>`;
writeFileSync(join(root, 'long.html'), PAGE);
writeFileSync(join(root, 'long.html.gz'), gzipSync(PAGE));
mkdirSync(join(root, 'deploy'));
writeFileSync(join(root, 'deploy', 'nginx.conf'), 'server {}');
writeFileSync(join(root, '_headers'), '/*');
// A secret outside the site, and links to it from inside.
const outside = mkdtempSync(join(tmpdir(), 'serve-outside-'));
writeFileSync(join(outside, 'secret.txt'), 'secret');
symlinkSync(join(outside, 'secret.txt'), join(root, 'secret.txt'));
symlinkSync(outside, join(root, 'elsewhere'));
symlinkSync(join(root, 'index.html'), join(root, 'home.html'));

const servers: Server[] = [];
async function serve(base?: string): Promise<string> {
  const server = createStaticServer(root, base ? { base } : {});
  servers.push(server);
  const port = await listen(server, 0, '127.0.0.1');
  return `http://127.0.0.1:${port}`;
}
afterAll(() => {
  for (const s of servers) s.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('createStaticServer', () => {
  let url = '';
  beforeAll(async () => {
    url = await serve();
  });

  it('serves index.html for a folder address and files with their type', async () => {
    const page = await fetch(`${url}/org/2020/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toBe('<p>报告</p>');
    const csv = await fetch(`${url}/org/2020/${encodeURIComponent('支出')}.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const index = await fetch(`${url}/index.pf_meta`);
    expect(index.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('answers a malformed % address with the 404 page and keeps serving', async () => {
    for (const bad of ['/%', '/%E0%A4%A', '/org/%zz/']) {
      const response = await fetch(`${url}${bad}`);
      expect(response.status, bad).toBe(404);
      expect(await response.text()).toBe('<p>页面不存在</p>');
    }
    expect((await fetch(`${url}/`)).status).toBe(200);
  });

  it('never serves a file outside the site', async () => {
    const response = await fetch(`${url}/..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(404);
  });

  it('serves a site built for a base path under that path only', async () => {
    const under = await serve('/jxzp/');
    expect(await (await fetch(`${under}/jxzp/org/2020/`)).text()).toBe('<p>报告</p>');
    expect((await fetch(`${under}/org/2020/`)).status).toBe(404);
    const root = await fetch(`${under}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/jxzp/');
  });
});

describe('createStaticServer serves as the deployment kit does', () => {
  let url = '';
  beforeAll(async () => {
    url = await serve();
  });

  it('sends the security headers and the cache policy', async () => {
    const page = await fetch(`${url}/org/2020/`);
    expect(page.headers.get('content-security-policy')).toBe(headerCsp({ base: '/' }));
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(page.headers.get('cache-control')).toBe(REVALIDATE);
    const asset = await fetch(`${url}/_astro/a.1b2c.css`);
    expect(asset.headers.get('cache-control')).toBe(IMMUTABLE);
    const missing = await fetch(`${url}/nowhere/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers a revalidation with 304', async () => {
    const first = await fetch(`${url}/org/2020/`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await fetch(`${url}/org/2020/`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('types Word, Excel, CSV and PDF files, and has the first three saved', async () => {
    const get = (name: string) => fetch(`${url}/org/2020/${encodeURIComponent(name)}`);
    const docx = await get('原文.docx');
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers.get('content-disposition')).toBe('attachment');
    const xlsx = await get('表.xlsx');
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect((await get('支出.csv')).headers.get('content-disposition')).toBe('attachment');
    const pdf = await get('原文.pdf');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBeNull();
  });

  it('sends the precompressed copy the client accepts, with Vary', async () => {
    const gz = await fetch(`${url}/long.html`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('vary')).toBe('Accept-Encoding');
    expect(gz.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // fetch decompresses the body: it must be the page itself.
    expect(await gz.text()).toBe(PAGE);
    const br = await fetch(`${url}/long.html`, { headers: { 'accept-encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBeNull();
    expect(await br.text()).toBe(PAGE);
    const refused = await fetch(`${url}/long.html`, {
      headers: { 'accept-encoding': 'gzip;q=0, identity' },
    });
    expect(refused.headers.get('content-encoding')).toBeNull();
  });

  it('answers a bad Range with 416 and keeps serving', async () => {
    const bad = await fetch(`${url}/org/2020/`, { headers: { range: 'bytes=5-1' } });
    expect(bad.status).toBe(416);
    expect(bad.headers.get('content-range')).toBe(`bytes */${'<p>报告</p>'.length + 4}`);
    for (const range of ['bytes=999-', 'bytes=-0', 'bytes=x-y', 'bytes=-']) {
      expect((await fetch(`${url}/org/2020/`, { headers: { range } })).status, range).toBe(416);
    }
    const part = await fetch(`${url}/org/2020/`, { headers: { range: 'bytes=0-2' } });
    expect(part.status).toBe(206);
    expect(await part.text()).toBe('<p>');
    expect((await fetch(`${url}/`)).status).toBe(200);
  });

  it('does not follow a symbolic link out of the site, but does inside it', async () => {
    const secret = await fetch(`${url}/secret.txt`);
    expect(secret.status).toBe(404);
    expect(await secret.text()).toBe('<p>页面不存在</p>');
    expect((await fetch(`${url}/elsewhere/secret.txt`)).status).toBe(404);
    expect(await (await fetch(`${url}/home.html`)).text()).toBe('<p>首页</p>');
  });

  it('keeps the deployment kit and _headers out of the site', async () => {
    expect((await fetch(`${url}/deploy/nginx.conf`)).status).toBe(404);
    expect((await fetch(`${url}/_headers`)).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(`${url}/`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${url}/`, { method: 'HEAD' })).status).toBe(200);
  });
});

describe('parseRange', () => {
  it.each([
    ['bytes=0-9', 100, { start: 0, end: 9 }],
    ['bytes=90-', 100, { start: 90, end: 99 }],
    ['bytes=-10', 100, { start: 90, end: 99 }],
    ['bytes=50-500', 100, { start: 50, end: 99 }],
    ['bytes=5-1', 100, 'unsatisfiable'],
    ['bytes=100-', 100, 'unsatisfiable'],
    ['bytes=0-1,5-6', 100, undefined],
    ['items=0-1', 100, undefined],
    [undefined, 100, undefined],
  ])('%s of %i bytes', (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });
});

describe('listen', () => {
  let busy: Server;
  let taken = 0;
  beforeAll(async () => {
    busy = createServer();
    servers.push(busy);
    taken = await listen(busy, 0, '127.0.0.1');
  });

  it('says in one Chinese line that a chosen port is taken', async () => {
    const error = await listen(createStaticServer(root), taken, '127.0.0.1').catch((e) => e);
    expect(error).toBeInstanceOf(PortInUse);
    expect(error.message).toBe(
      `端口 ${taken} 已被占用：请关闭占用它的程序，或用 PORT=其他端口 npm run serve 换一个端口。`,
    );
  });

  it('takes the next free port when allowed', async () => {
    const server = createStaticServer(root);
    servers.push(server);
    const port = await listen(server, taken, '127.0.0.1', 20);
    expect(port).toBeGreaterThan(taken);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
  });
});
