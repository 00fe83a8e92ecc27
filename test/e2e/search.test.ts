// Search in real Chromium against the built site: queries drawn from the reports, each
// asserting the page, the section and the excerpt; filters, sorting, address state, no results.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, CLEAN, launch } from './browser.ts';

const site = inject('sites').real.url;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser.close();
});

interface Shown {
  status: string;
  results: { href: string; excerpt: string; subs: { href: string; excerpt: string }[] }[];
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
      excerpt: r.querySelector('.excerpt')?.innerHTML ?? '',
      subs: [...r.querySelectorAll('.sub-results li')].map((li) => ({
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        excerpt: li.querySelector('.excerpt')?.innerHTML ?? '',
      })),
    })),
  }));
}

async function search(params: Record<string, string>): Promise<Shown> {
  await page.goto(`${site}/search/?${new URLSearchParams(params)}`);
  return settle(page);
}

// [query, first result page, a section that must be among its hits, text that must be marked]
const QUERIES: [string, string, string, string][] = [
  ['知识价值信用贷款', '/wanzhou-kjj/2020/', '#s1-3-7', '知识价值信用贷款'],
  ['价值信用', '/wanzhou-kjj/2020/', '#s1-3-7', '价值信用'],
  ['值信用', '/wanzhou-kjj/2020/', '#s1-3-7', '值信用'],
  ['信用贷款', '/wanzhou-kjj/2020/', '#s2-1-6', '信用贷款'],
  ['4805.67', '/wanzhou-kjj/2020/', '#s1-4-1', '4805.67'],
  ['3680.93', '/wanzhou-kjj/2020/', '#s1-4-2', '3680.93'],
  ['156.76', '/wanzhou-kjj/2020/', '#s1-4-1', '156.76'],
  ['145.76', '/wanzhou-kjj/2020/', '#s1-4-2', '145.76'],
  ['龙驹镇', '/wanzhou-kjj/2020/', '#s2-1-3', '龙驹镇'],
  ['芦花鸡', '/wanzhou-kjj/2020/', '#s2-1-3', '芦花鸡'],
  ['luhuaji', '/wanzhou-kjj/2020/', '#s2-1-3', '芦花鸡'],
  ['kjtpy', '/wanzhou-kjj/2020/', '#s1-3-4', '科技特派员'],
  ['keji tepaiyuan', '/wanzhou-kjj/2020/', '#s2-1-3', '科技特派员'],
  ['longjuzhen', '/wanzhou-kjj/2020/', '#s2-1-3', '龙驹镇'],
  ['科技特派员', '/wanzhou-kjj/2020/', '#s1-3-4', '科技特派员'],
  ['科技 特派员', '/wanzhou-kjj/2020/', '#s1-3-4', '科技特派员'],
  ['达州', '/wanzhou-kjj/2020/', '#s2-1-5', '达州'],
  ['万达开', '/wanzhou-kjj/2020/', '#s2-1-5', '万达开'],
  ['重庆三峡学院', '/wanzhou-kjj/2020/', '#s2-1-4', '重庆三峡学院'],
  ['高新技术企业', '/wanzhou-kjj/2020/', '#s1-3-1', '高新技术企业'],
  ['国家级研发平台', '/wanzhou-kjj/2020/', '#s1-3-2', '国家级研发平台'],
  ['零突破', '/wanzhou-kjj/2020/', '#s2-1-4', '零突破'],
  ['三公', '/wanzhou-kjj/2020/', '#s2-2-1', '三公'],
  ['科普基地', '/wanzhou-kjj/2020/', '#s1-3-6', '科普基地'],
  ['星创天地', '/wanzhou-kjj/2020/', '#s2-1-3', '星创天地'],
  ['疫情防控', '/wanzhou-kjj/2020/', '#s2-1-2', '疫情防控'],
  ['自评分值', '/wanzhou-kjj/2020/', '#s2-2', '自评分值'],
  ['预算绩效观念不强', '/wanzhou-kjj/2020/', '#s3-1-1', '预算绩效观念不强'],
  ['财务审核', '/wanzhou-kjj/2020/', '#s3-2-2', '财务审核'],
  ['金龙精密铜管', '/wanzhou-kjj/2020/', '#s1-3-5', '金龙精密铜管'],
  ['创新创业团队', '/wanzhou-kjj/2020/', '#s1-3-4', '创新创业团队'],
  ['科学技术支出', '/wanzhou-kjj/2020/', '#s1-4-2', '科学技术支出'],
  ['群众满意度', '/demo/2019/', '#s2-1', '群众满意度'],
  ['网上可办事项比例', '/demo/2022/', '#s2-1', '网上可办事项比例'],
  ['wangshang', '/demo/2022/', '#s2-1', '网上'],
];

describe('queries drawn from the reports', () => {
  it('has at least 30 queries', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(QUERIES)('%s → %s %s', async (query, pagePath, section, marked) => {
    const shown = await search({ q: query });
    const first = shown.results.find((r) => r.href === pagePath);
    expect(first?.href, shown.status).toBe(pagePath);
    // Every report shown holds the phrase or all its words; the exact phrase comes first.
    expect(shown.results[0]?.excerpt).toContain('<mark>');
    expect(first?.subs.map((s) => s.href)).toContain(`${pagePath}${section}`);
    expect(first?.excerpt).toContain(`<mark>${marked}</mark>`);
    const sub = first?.subs.find((s) => s.href === `${pagePath}${section}`);
    expect(sub?.excerpt).toContain(`<mark>${marked}</mark>`);
  });
});

describe('ranking, filters and sorting', () => {
  it('puts the report with the exact phrase before one with the words scattered', async () => {
    // 2019 says 群众满意度; 2024 (满意度调查…群众), 2023 and 2018 (自评表: 服务对象满意度, 服务群众) scatter the words.
    const shown = await search({ q: '群众满意度' });
    expect(shown.results[0]?.href).toBe('/demo/2019/');
    expect(
      shown.results
        .slice(1)
        .map((r) => r.href)
        .sort(),
    ).toEqual(['/demo/2018/', '/demo/2023/', '/demo/2024/']);
    expect(shown.results[1]?.excerpt).not.toContain('<mark>群众满意度</mark>');
  });

  it('sorts by year, newest first, when asked', async () => {
    const shown = await search({ q: '群众满意度', sort: 'year' });
    expect(shown.results.map((r) => r.href)).toEqual([
      '/demo/2024/',
      '/demo/2023/',
      '/demo/2019/',
      '/demo/2018/',
    ]);
    const all = await search({ q: '办理群众事项', sort: 'year' });
    expect(all.results.map((r) => r.href)).toEqual([
      '/demo/2024/',
      '/demo/2023/',
      '/demo/2022/',
      '/demo/2020/',
      '/demo/2019/',
      '/demo/2018/',
    ]);
  });

  it('filters by year and by department', async () => {
    expect((await search({ q: '办理群众事项', year: '2020' })).results.map((r) => r.href)).toEqual([
      '/demo/2020/',
    ]);
    const byDept = await search({ q: '预算', dept: '万州区科技局' });
    expect(byDept.results.map((r) => r.href)).toEqual(['/wanzhou-kjj/2020/']);
  });

  it('keeps query, filters and sort in the address, and Back restores the previous search', async () => {
    await search({ q: '龙驹镇' });
    await page.fill('#q', '达州');
    await page.click('button[type="submit"]');
    let shown = await settle(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('达州');
    expect(shown.results[0]?.excerpt).toContain('<mark>达州</mark>');
    await page.selectOption('#sort', 'year');
    shown = await settle(page);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('year');
    await page.goBack();
    await page.goBack();
    shown = await settle(page);
    expect(await page.inputValue('#q')).toBe('龙驹镇');
    expect(shown.results[0]?.excerpt).toContain('<mark>龙驹镇</mark>');
  });

  it('says so when nothing is found, and offers to clear filters', async () => {
    const none = await search({ q: '不存在的词语' });
    expect(none.status).toBe('没有找到与“不存在的词语”相关的报告。');
    expect(none.results).toEqual([]);
    const filtered = await search({ q: '龙驹镇', year: '2019' });
    expect(filtered.status).toContain('在所选部门和年度中没有找到');
    expect(
      await page.locator('.no-results a', { hasText: '清除部门和年度筛选' }).getAttribute('href'),
    ).toBe('/search/?q=%E9%BE%99%E9%A9%B9%E9%95%87');
  });

  it('marks the hit on the report page a result opens', async () => {
    await search({ q: '芦花鸡' });
    await page.click('.sub-results a[href="/wanzhou-kjj/2020/#s2-1-3"]');
    await page.waitForSelector('mark.search-hit');
    expect(await page.textContent('mark.search-hit')).toBe('芦花鸡');
    expect(new URL(page.url()).hash).toBe('#s2-1-3');
  });
});

describe('the search page', () => {
  it.each([1280, 360])(
    'at %ipx passes axe, loads nothing from elsewhere and violates no CSP',
    async (width) => {
      const result = await audit(
        browser,
        `${site}/search/?q=${encodeURIComponent('科技')}`,
        `search-${width}`,
        width,
      );
      expect(result.violations).toEqual([]);
      expect(result.errors).toEqual([]);
      expect(result.external).toEqual([]);
      expect(result.csp).toEqual([]);
      expect(Math.max(0, result.overflow)).toBe(CLEAN.overflow);
    },
  );

  it('says that search needs JavaScript, and links to the archive, when it is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${site}/search/`);
    expect(await p.locator('noscript').textContent()).toContain('搜索需要启用浏览器的 JavaScript');
    await context.close();
  });

  it('records what the first search costs', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    let requests = 0;
    let bytes = 0;
    await p.goto(`${site}/search/`);
    p.on('response', async (response) => {
      requests++;
      bytes += (await response.body().catch(() => Buffer.alloc(0))).byteLength;
    });
    await p.fill('#q', '知识价值信用贷款');
    await p.click('button[type="submit"]');
    await settle(p);
    await p.waitForLoadState('networkidle');
    console.log(
      `first search on the built site: ${requests} requests, ${(bytes / 1024).toFixed(1)} KiB (uncompressed)`,
    );
    expect(requests).toBeGreaterThan(0);
    await context.close();
  });
});
