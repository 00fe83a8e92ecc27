// The province portal end to end: two member sites built and served on their own ports (with the
// CORS header a member must send), a portal built from them, a search across both in Chromium,
// and a rebuild while one member is down.

import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../src/io/static-server.ts';
import { axeViolations, launch, watch } from './browser.ts';
import { cli } from './site.ts';

const work = mkdtempSync(join(tmpdir(), 'portal-'));
const servers: Server[] = [];
let browser: Browser;

/** A member's web server: the site as any static server serves it, plus CORS for the portal. */
async function serveMember(dir: string): Promise<{ server: Server; url: string }> {
  const site = createStaticServer(dir).listeners('request')[0] as RequestListener;
  const server = createServer((request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    site(request, response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  servers.push(server);
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** A member's content: the minimal fixture under another department id and district name. */
function member(id: string, district: string): string {
  const dir = join(work, `content-${id}`);
  cpSync('test/fixtures/minimal', dir, { recursive: true });
  const mdx = readFileSync(join(dir, 'reports/test-ju/2021.mdx'), 'utf8')
    .replace('org: test-ju', `org: ${id}`)
    .replaceAll('测试局', `${district}测试局`);
  rmSync(join(dir, 'reports/test-ju'), { recursive: true });
  rmSync(join(dir, 'orgs/test-ju.yaml'));
  cpSync('test/fixtures/minimal/reports/test-ju', join(dir, 'reports', id), { recursive: true });
  writeFileSync(join(dir, 'reports', id, '2021.mdx'), mdx);
  writeFileSync(
    join(dir, 'orgs', `${id}.yaml`),
    `name: 测试市${district}测试局\nshortName: ${district}测试局\nregion: 测试市${district}\n`,
  );
  return dir;
}

/** Runs `npm run portal` without blocking this process, which serves the members meanwhile. */
function portal(env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      ['src/cli/portal.ts'],
      { env: { ...process.env, ...env }, encoding: 'utf8' },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let east: { server: Server; url: string };
let west: { server: Server; url: string };
const portalOut = join(work, 'portal');
const config = join(work, 'site.yaml');
let portalUrl = '';

beforeAll(async () => {
  for (const [id, district] of [
    ['east-ju', '东区'],
    ['west-ju', '西区'],
  ] as const) {
    const run = cli('build', { CONTENT_DIR: member(id, district), OUT_DIR: join(work, id) });
    expect(run.code, run.stderr).toBe(0);
  }
  east = await serveMember(join(work, 'east-ju'));
  west = await serveMember(join(work, 'west-ju'));
  writeFileSync(
    config,
    [
      'portal:',
      '  title: 测试省绩效自评报告公开平台',
      '  sites:',
      `    - { name: 东区, url: '${east.url}' }`,
      `    - { name: 西区, url: '${west.url}' }`,
      '',
    ].join('\n'),
  );
  const run = await portal({ PORTAL_CONFIG: config, PORTAL_OUT_DIR: portalOut });
  expect(run.code, run.stderr + run.stdout).toBe(0);
  const site = await serveMember(portalOut);
  portalUrl = site.url;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the province portal', () => {
  it('lists each member with its departments, counted from its all.json', () => {
    const html = readFileSync(join(portalOut, 'index.html'), 'utf8');
    expect(html).toContain('测试市东区测试局');
    expect(html).toContain('测试市西区测试局');
    expect(html).toContain(`href="${east.url}east-ju/2021/"`);
    expect(html).not.toContain('未能汇总');
  });

  it('admits exactly the member origins in the search page CSP, and none on the overview', () => {
    const csp = (file: string) =>
      /Content-Security-Policy" content="([^"]+)"/.exec(
        readFileSync(join(portalOut, file), 'utf8'),
      )?.[1] ?? '';
    const connect = csp('search/index.html')
      .split('; ')
      .find((d) => d.startsWith('connect-src'));
    expect(connect).toBe(
      `connect-src 'self' ${new URL(east.url).origin} ${new URL(west.url).origin}`,
    );
    expect(csp('index.html')).toContain("connect-src 'self';");
  });

  it('searches both members in one list, filtered by district, without errors', async () => {
    const page = await browser.newPage();
    const log = watch(page);
    const search = async (query: string) => {
      await page.goto(`${portalUrl}search/?${query}`);
      await page.waitForFunction(() => {
        const text = document.querySelector('#search-status')?.textContent ?? '';
        return text !== '' && !text.includes('正在搜索');
      });
      return page.$$eval('[data-search-results] .result > a', (as) =>
        as.map((a) => a.getAttribute('href') ?? '').sort(),
      );
    };
    expect(await search('q=绩效管理培训')).toEqual(
      [`${east.url}east-ju/2021/`, `${west.url}west-ju/2021/`].sort(),
    );
    expect(await page.textContent('[data-search-results]')).toContain('东区 · ');
    expect(await search(`q=绩效管理培训&district=${encodeURIComponent('西区')}`)).toEqual([
      `${west.url}west-ju/2021/`,
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('still builds when a member is down, and says which one was skipped', async () => {
    await new Promise((done) => west.server.close(done));
    const run = await portal({
      PORTAL_CONFIG: config,
      PORTAL_OUT_DIR: portalOut,
      PORTAL_TIMEOUT_MS: '3000',
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('西区');
    expect(run.stdout).toContain('跳过');
    const html = readFileSync(join(portalOut, 'index.html'), 'utf8');
    expect(html).toContain('本次未能汇总的区县');
    expect(html).toContain('测试市东区测试局');
    expect(html).not.toContain('测试市西区测试局');
  });

  it('skips a member whose all.json is broken, and stops on a bad portal key', async () => {
    const broken = join(work, 'broken.json');
    writeFileSync(broken, '{"reports": [{"department": {}}]}');
    const offline = join(work, 'offline.yaml');
    writeFileSync(
      offline,
      `portal:\n  title: 测试\n  sites:\n    - { name: 东区, url: '${east.url}', localCopy: broken.json }\n`,
    );
    const run = await portal({
      PORTAL_CONFIG: offline,
      PORTAL_OUT_DIR: join(work, 'p2'),
      PORTAL_OFFLINE: '1',
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('数据不符合格式');
    const bad = join(work, 'bad.yaml');
    writeFileSync(bad, 'portal:\n  title: 测试\n  sites:\n    - { name: 东区, url: ftp://x }\n');
    const failed = await portal({ PORTAL_CONFIG: bad, PORTAL_OUT_DIR: join(work, 'p3') });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('站点地址');
    expect(failed.stderr).toContain('bad.yaml:4');
    expect(failed.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
