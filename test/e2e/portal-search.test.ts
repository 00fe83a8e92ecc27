// The province portal searches as a district site does (issue #28): the site's typed-form suite
// (traditional characters, spaced pinyin, several words, figures) over two member sites built
// from the minimal fixture, each result under its member; the district filter; a member whose
// pinyin vocabulary cannot be read; an index that fails to load.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, watch } from './browser.ts';
import { cli, memberContent, portal, serveMember } from './site.ts';

const work = mkdtempSync(join(tmpdir(), 'portal-search-'));
const servers: Server[] = [];
let browser: Browser;
let page: Page;
let portalUrl = '';
const urls: Record<'east' | 'west', string> = { east: '', west: '' };

beforeAll(async () => {
  for (const [key, id, district] of [
    ['east', 'east-ju', '东区'],
    ['west', 'west-ju', '西区'],
  ] as const) {
    const run = cli('build', {
      CONTENT_DIR: memberContent(work, id, district),
      OUT_DIR: join(work, id),
    });
    expect(run.code, run.stderr).toBe(0);
    urls[key] = await serveMember(join(work, id), servers);
  }
  const config = join(work, 'site.yaml');
  writeFileSync(
    config,
    `portal:\n  title: 测试省绩效自评报告公开平台\n  sites:\n    - { name: 东区, url: '${urls.east}' }\n    - { name: 西区, url: '${urls.west}' }\n`,
  );
  const out = join(work, 'portal');
  const built = await portal({ PORTAL_CONFIG: config, PORTAL_OUT_DIR: out });
  expect(built.code, built.stdout + built.stderr).toBe(0);
  portalUrl = await serveMember(out, servers);
  browser = await launch();
  page = await browser.newPage();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  rmSync(work, { recursive: true, force: true });
});

interface Shown {
  status: string;
  results: { href: string; meta: string; excerpt: string }[];
}

async function settle(p: Page): Promise<Shown> {
  await p.waitForFunction(() => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    return text !== '' && !text.includes('正在搜索');
  });
  return p.evaluate(() => ({
    status: document.querySelector('#search-status')?.textContent ?? '',
    results: [...document.querySelectorAll('[data-search-results] .result')].map((r) => ({
      href: r.querySelector('a')?.getAttribute('href') ?? '',
      meta: r.querySelector('.result-meta')?.textContent ?? '',
      excerpt: r.querySelector('.excerpt')?.innerHTML ?? '',
    })),
  }));
}

async function search(params: Record<string, string>, p = page): Promise<Shown> {
  await p.goto(`${portalUrl}search/?${new URLSearchParams(params)}`);
  return settle(p);
}

// The district site's typed forms that the minimal fixture holds: [typed, marked, status note]
const TYPED: [string, string, string][] = [
  ['穩投資', '<mark>稳投资</mark>', '按简体“稳投资”查找'],
  ['辦結案件', '<mark>办结案件</mark>', '按简体“办结案件”查找'],
  ['wen touzi', '<mark>稳投资</mark>', '按拼音“wen touzi”查找“稳投资”'],
  ['falv', '<mark>法律</mark>', '按拼音“falv”查找“法律”'],
  ['zhixinglv', '<mark>执行率</mark>', '按拼音“zhixinglv”查找“执行率”'],
  ['ＦＡＬＶ', '<mark>法律</mark>', '查找“法律”'],
  ['稳投资 法律援助案件', '<mark>稳投资</mark>', '同时包含“稳投资”和“法律援助案件”'],
  ['98.5%', '<mark>98.5</mark>', ''],
  ['１２００', '<mark>1200</mark>', ''],
  ['科技特派员', '1200㎡，<mark>科技特派员</mark>工作站', ''],
  ['法律援助案件', '⑴完成<mark>法律援助案件</mark>320件', ''],
  ['“稳投资”', '<mark>稳投资</mark>', ''],
];

describe('the portal searches as a district site does', () => {
  it.each(TYPED)('%s → both members, %s', async (q, marked, note) => {
    const shown = await search({ q });
    expect(shown.results.map((r) => r.href).sort(), shown.status).toEqual(
      [`${urls.east}east-ju/2021/`, `${urls.west}west-ju/2021/`].sort(),
    );
    for (const r of shown.results) expect(r.excerpt).toContain(marked);
    expect(shown.results.map((r) => r.meta.split(' · ')[0]).sort()).toEqual(['东区', '西区']);
    expect(shown.status).toContain(note);
    expect(shown.status).toMatch(/^找到 2 份/);
  });

  it('filters by district, keeps it in the address, and counts truly', async () => {
    const log = watch(page);
    const shown = await search({ q: '稳投资', district: '西区' });
    expect(shown.results.map((r) => r.href)).toEqual([`${urls.west}west-ju/2021/`]);
    expect(shown.status).toMatch(/^在所选区县和年度中找到 1 份报告/);
    expect(await page.inputValue('#district')).toBe('西区');
    expect(await axeViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it('says when nothing is found, and offers to clear the district', async () => {
    const shown = await search({ q: '不存在的词语组合', district: '东区' });
    expect(shown.status).toContain('没有找到与“不存在的词语组合”相关的报告');
    expect(await page.textContent('.no-results')).toContain('清除区县和年度筛选后重新搜索');
  });

  it('searches a member whose vocabulary is missing without its pinyin, and says so', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const west = new URL(urls.west).origin;
    await p.route(`${west}/search/vocab/**`, (route) => route.fulfill({ status: 404, body: '' }));
    const shown = await search({ q: 'wen touzi' }, p);
    expect(shown.status).toContain('西区的拼音词表未能读取');
    // The east member's vocabulary reads the pinyin; the west report is found by its characters.
    expect(shown.results.map((r) => r.href)).toContain(`${urls.east}east-ju/2021/`);
    await context.close();
  });

  it('searches the other members when one member’s index cannot be merged, and names it', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const west = new URL(urls.west).origin;
    await p.route(`${west}/pagefind/**`, (route) => route.fulfill({ status: 503, body: '' }));
    const shown = await search({ q: '稳投资' }, p);
    expect(shown.results.map((r) => r.href)).toEqual([`${urls.east}east-ju/2021/`]);
    expect(shown.status).toContain('西区暂时无法搜索');
    await context.close();
  });

  it('shows a visible error with a retry when the portal index fails to load', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 503, body: '' }));
    await p.goto(`${portalUrl}search/?q=${encodeURIComponent('稳投资')}`);
    await p.waitForSelector('.search-error button');
    expect(await p.textContent('#search-status')).toContain('搜索暂时无法完成');
    await context.close();
  });
});
