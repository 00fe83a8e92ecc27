import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, listen, PortInUse } from '../../../src/io/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'serve-'));
mkdirSync(join(root, 'org', '2020'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<p>首页</p>');
writeFileSync(join(root, '404.html'), '<p>页面不存在</p>');
writeFileSync(join(root, 'org', '2020', 'index.html'), '<p>报告</p>');
writeFileSync(join(root, 'org', '2020', '支出.csv'), '科目,金额\n');
writeFileSync(join(root, 'index.pf_meta'), 'x');

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
