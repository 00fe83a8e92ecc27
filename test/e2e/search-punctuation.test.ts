// Phrases as Chinese is written (issue #28): terms printed with quotation marks, brackets, an
// interpunct, a dunhao or a full-width space inside are found when typed without them, and
// marked as printed. Built from test/fixtures/search/site: the seed report (its 三公经费 all
// written “三公”经费), invented reports printing the term in one piece, only in the site's
// table, or not at all, and one holding the other forms.

import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../src/io/static-server.ts';
import { launch, watch } from './browser.ts';
import { cli } from './site.ts';

const work = mkdtempSync(join(tmpdir(), 'search-punct-'));
let server: Server;
let site = '';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const run = cli('build', {
    CONTENT_DIR: 'test/fixtures/search/site',
    OUT_DIR: join(work, 'site'),
  });
  expect(run.code, run.stderr).toBe(0);
  server = createStaticServer(join(work, 'site'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
  page = await browser.newPage();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

interface Shown {
  status: string;
  results: { href: string; excerpt: string; subs: string[] }[];
}

async function search(q: string): Promise<Shown> {
  await page.goto(`${site}/search/?${new URLSearchParams({ q })}`);
  await page.waitForFunction(() => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    return text !== '' && !text.includes('正在搜索');
  });
  return page.evaluate(() => ({
    status: document.querySelector('#search-status')?.textContent ?? '',
    results: [...document.querySelectorAll('[data-search-results] .result')].map((r) => ({
      href: r.querySelector('a')?.getAttribute('href') ?? '',
      excerpt: r.querySelector('.excerpt')?.innerHTML ?? '',
      subs: [...r.querySelectorAll('.sub-results li .excerpt')].map((e) => e.innerHTML),
    })),
  }));
}

const ZFJ = '/fixture-zfj/2021/';
const SEED = '/wanzhou-kjj/2020/';
// [typed, page, the marked text as printed]
const FORMS: [string, string, string][] = [
  ['三公经费', SEED, '<mark>“三公”经费</mark>'],
  ['三权下放', ZFJ, '<mark>“三权”下放</mark>'],
  ['一队一档', ZFJ, '<mark>一队一档</mark>'],
  ['放管服改革', ZFJ, '<mark>“放管服”改革</mark>'],
  ['最多跑一次改革', ZFJ, '<mark>“最多跑一次”改革</mark>'],
  ['渝财绩2021', ZFJ, '<mark>渝财绩〔2021〕</mark>'],
  ['河长制', ZFJ, '<mark>「河长」制</mark>'],
  ['双随机一公开', ZFJ, '<mark>双随机、一公开</mark>'],
  ['民生实事', ZFJ, '<mark>【民生】实事</mark>'],
  ['阿卜杜拉', ZFJ, '<mark>阿·卜杜拉</mark>'],
  ['因公出国境费', ZFJ, '<mark>因公出国（境）费</mark>'],
  ['德智体美劳', ZFJ, '<mark>德、智、体、美、劳</mark>'],
  ['县委办公厅示例县', ZFJ, '<mark>县委办公厅 示例县</mark>'],
  ['五育并举', ZFJ, '<mark>“五育”并举</mark>'],
  ['互联网+政务服务', ZFJ, '<mark>互联网+政务服务</mark>'],
  // Typed with the marks, the phrase is the same.
  ['“三权”下放', ZFJ, '<mark>“三权”下放</mark>'],
  ['"放管服"改革', ZFJ, '<mark>“放管服”改革</mark>'],
];

describe('terms with marks inside', () => {
  it.each(FORMS)('%s → %s %s', async (q, at, marked) => {
    const shown = await search(q);
    const found = shown.results.find((r) => r.href === at);
    expect(found?.href, shown.status).toBe(at);
    expect([found?.excerpt, ...(found?.subs ?? [])].join('\n')).toContain(marked);
    expect(shown.status).not.toContain('没有找到');
  });

  it('lists the seed report first for 三公经费, with “三公”经费 marked, and not the 报告未说明 line', async () => {
    const log = watch(page);
    const shown = await search('三公经费');
    const order = shown.results.map((r) => r.href);
    expect(order.slice(0, 3)).toContain(SEED);
    // The report's own words before the site's table; a report stating nothing is no hit.
    expect(order).toEqual([SEED, '/fixture-czj/2022/', '/fixture-czj/2021/']);
    expect(shown.results[0]?.excerpt).toContain('<mark>“三公”经费</mark>');
    expect(shown.results.map((r) => r.excerpt).join('')).not.toContain('报告未说明');
    expect(shown.status).toBe('找到 3 份报告。');
    expect(log.errors).toEqual([]);
  });

  it('shows a query typed with quotation marks once in the status line', async () => {
    const shown = await search('“三公”经费');
    expect(shown.results[0]?.href).toBe(SEED);
    expect(shown.status).not.toContain('““');
    expect(await page.title()).toBe('“三公”经费的搜索结果 - 搜索');
    const scattered = await search('“三公”经费 财政');
    expect(scattered.status).toContain('“三公”经费');
    expect(scattered.status).not.toContain('““');
  });
});
