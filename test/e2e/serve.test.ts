// `npm run serve` and `npm run check` on a real build made for a base path (SITE_URL with a
// path, as a column of a district portal): links carry /jxzp/, files sit at the root of dist/.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'serve-'));
const out = join(work, 'dist');
const SITE_URL = 'https://www.example.gov.cn/jxzp/';
const CONTENT_DIR = 'test/fixtures/minimal';
const children: ChildProcess[] = [];
const servers: Server[] = [];

// Vitest puts Vite's BASE_URL ("/") into the environment, and an inherited BASE_URL overrides
// the base Astro derives from SITE_URL; a shell that publishes a site has no such variable.
const { BASE_URL: _, ...clean } = process.env;

beforeAll(() => {
  const run = spawnSync(process.execPath, ['src/cli/build.ts'], {
    env: { ...clean, CONTENT_DIR, OUT_DIR: out, SITE_URL },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
});
afterAll(() => {
  for (const child of children) child.kill();
  for (const server of servers) server.close();
  rmSync(work, { recursive: true, force: true });
});

/** Starts `src/cli/serve.ts`; resolves with its first line of output and its exit code if it ends. */
function serve(
  env: Record<string, string>,
): Promise<{ out: string; err: string; code: number | null }> {
  const child = spawn(process.execPath, ['src/cli/serve.ts'], {
    env: { ...clean, OUT_DIR: out, SITE_URL, ...env },
  });
  children.push(child);
  return new Promise((done) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('按 Ctrl+C 停止')) done({ out, err, code: null });
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('exit', (code) => done({ out, err, code }));
  });
}

async function occupy(port: number): Promise<void> {
  const server = createServer();
  servers.push(server);
  // Already taken by someone else is as good: the port is busy either way.
  await new Promise<void>((done) => {
    server.once('error', () => done());
    server.listen(port, '127.0.0.1', () => done());
  });
}

describe('the post-build check on a site built for /jxzp/', () => {
  it('passes when it reads links under the base the site was built for', () => {
    const run = spawnSync(process.execPath, ['src/cli/check-site.ts'], {
      env: { ...clean, OUT_DIR: out, SITE_URL, CONTENT_DIR },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('fails, naming page and content file, when told the site sits at the root', () => {
    const run = spawnSync(process.execPath, ['src/cli/check-site.ts'], {
      env: { ...clean, OUT_DIR: out, SITE_URL: 'https://www.example.gov.cn/', CONTENT_DIR },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      '✗ /test-ju/2021/（来自 test/fixtures/minimal/reports/test-ju/2021.mdx）：链接指向不存在的地址：/jxzp/',
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run serve', () => {
  it('serves the site under its base path and survives a malformed address', async () => {
    const started = await serve({ PORT: '0' });
    const url = /http:\/\/\S+\/jxzp\//.exec(started.out)?.[0] ?? '';
    expect(url, started.out + started.err).not.toBe('');
    const page = await fetch(`${url}test-ju/2021/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('lang="zh-CN"');
    const bad = await fetch(`${url}%E0%A4%A/`);
    expect(bad.status).toBe(404);
    const notFound = await bad.text();
    expect(notFound).toContain('<h1>页面不存在</h1>');
    expect(notFound).toContain('http-equiv="Content-Security-Policy"');
    expect(notFound).toContain('href="/jxzp/"');
    expect((await fetch(`${url}data/test-ju/2021.json`)).status).toBe(200);
  });

  it("answers a bad Range with 416 and keeps serving, with the kit's headers", async () => {
    const started = await serve({ PORT: '0' });
    const url = /http:\/\/\S+\/jxzp\//.exec(started.out)?.[0] ?? '';
    const bad = await fetch(`${url}test-ju/2021/`, { headers: { range: 'bytes=5-1' } });
    expect(bad.status).toBe(416);
    // The process is still there and answers the next request.
    const next = await fetch(`${url}test-ju/2021/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(next.status).toBe(200);
    expect(next.headers.get('content-encoding')).toBe('gzip');
    expect(next.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(next.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${url}deploy/nginx.conf`)).status).toBe(404);
  });

  it('never follows a symbolic link out of the site', async () => {
    const secret = join(work, 'secret.txt');
    writeFileSync(secret, 'secret');
    symlinkSync(secret, join(out, 'secret.txt'));
    const started = await serve({ PORT: '0' });
    const url = /http:\/\/\S+\/jxzp\//.exec(started.out)?.[0] ?? '';
    const response = await fetch(`${url}secret.txt`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('says in one line that a chosen port is taken, without a stack trace', async () => {
    const probe = createServer();
    servers.push(probe);
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const { port } = probe.address() as { port: number };
    const run = await serve({ PORT: String(port) });
    expect(run.code).toBe(1);
    expect(run.err.trim()).toBe(
      `端口 ${port} 已被占用：请关闭占用它的程序，或用 PORT=其他端口 npm run serve 换一个端口。`,
    );
  });

  it('moves from a busy 4321 to the next free port and says so', async () => {
    await occupy(4321);
    const run = await serve({});
    expect(run.code).toBeNull();
    expect(run.out).toMatch(
      /^端口 4321 已被占用，改用 (\d+)。\n站点已在 http:\/\/127\.0\.0\.1:\1\/jxzp\/ 运行/,
    );
  });
});
