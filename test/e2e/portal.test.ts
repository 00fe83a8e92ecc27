// The province portal end to end: two member sites built and served on their own ports (with the
// CORS header a member must send), a portal built from them, a search across both in Chromium,
// and a rebuild while one member is down.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, watch } from './browser.ts';
import { cli, memberContent, portal, serveMember } from './site.ts';

const work = mkdtempSync(join(tmpdir(), 'portal-'));
const servers: Server[] = [];
let browser: Browser;

let east: { server: Server; url: string };
let west: { server: Server; url: string };

/** A member served, with its server so a test can take it down. */
async function served(dir: string): Promise<{ server: Server; url: string }> {
  const url = await serveMember(dir, servers);
  return { server: servers.at(-1) as Server, url };
}
const portalOut = join(work, 'portal');
const config = join(work, 'site.yaml');
let portalUrl = '';

beforeAll(async () => {
  for (const [id, district] of [
    ['east-ju', '东区'],
    ['west-ju', '西区'],
  ] as const) {
    const run = cli('build', {
      CONTENT_DIR: memberContent(work, id, district),
      OUT_DIR: join(work, id),
    });
    expect(run.code, run.stderr).toBe(0);
  }
  east = await served(join(work, 'east-ju'));
  west = await served(join(work, 'west-ju'));
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
  portalUrl = await serveMember(portalOut, servers);
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
