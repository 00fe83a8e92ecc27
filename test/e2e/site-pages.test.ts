import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, CLEAN, launch } from './browser.ts';

const sites = inject('sites');
const real = sites.real.url;
const pages = [
  { name: 'home', url: `${real}/` },
  { name: 'department-demo', url: `${real}/demo/` },
  { name: 'department-wanzhou', url: `${real}/wanzhou-kjj/` },
  { name: 'compare-demo-2020-2022', url: `${real}/demo/compare/2020-2022/` },
  { name: 'report-demo-2023', url: `${real}/demo/2023/` },
  { name: 'home-single-department', url: `${sites.minimal.url}/` },
  // Read as the file itself: served for a missing address, it comes with status 404.
  { name: 'not-found', url: `${real}/404.html` },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe.each(pages)('$name', ({ name, url }) => {
  it.each([1280, 360])(
    'at %ipx: no axe violations, no errors, nothing from elsewhere, no script but prefs.js',
    async (width) => {
      const result = await audit(browser, url, name, width);
      expect({ ...result, overflow: Math.max(0, result.overflow) }).toEqual(CLEAN);
    },
  );
});

/** The page's text as a reader sees it; `all` includes closed <details> (the data tables). */
async function text(url: string, all = false): Promise<string> {
  const page = await browser.newPage();
  await page.goto(url);
  const body = all
    ? ((await page.locator('body').textContent()) ?? '')
    : // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
      await page.locator('body').innerText();
  await page.close();
  return body;
}

describe('demo data', () => {
  it('carries the 演示数据 notice on every demo page and on none of the real department’s', async () => {
    for (const path of [
      '/demo/',
      '/demo/2019/',
      '/demo/2020/',
      '/demo/2022/',
      '/demo/2023/',
      '/demo/2024/',
      '/demo/compare/2019-2024/',
    ]) {
      expect(await text(`${real}${path}`), path).toContain('演示数据：本部门及其全部数字均为虚构');
    }
    for (const path of ['/wanzhou-kjj/', '/wanzhou-kjj/2020/']) {
      expect(await text(`${real}${path}`), path).not.toContain('演示数据');
    }
  });
});

describe('department page', () => {
  it('lists every year newest first, with score, grade and total budget in one unit, the 元 year noting what it printed', async () => {
    const page = await browser.newPage();
    await page.goto(`${real}/demo/`);
    const rows = await page.$$eval('section[aria-labelledby="archive"] tbody tr', (trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('th, td')].slice(0, 5).map((c) => c.textContent?.trim()),
      ),
    );
    expect(rows.map((r) => r[0])).toEqual([
      '2024年度',
      '2023年度',
      '2022年度',
      '2020年度',
      '2019年度',
      '2018年度',
    ]);
    expect(rows[3]).toEqual([
      '2020年度',
      '2021-06-10',
      '1,255.00 万元原以元发布：12,550,000.00 元',
      '91',
      '优',
    ]);
    await page.close();
  });

  it('shows the missing year as a gap and the derived value as such', async () => {
    const body = await text(`${real}/demo/`, true);
    expect(body).toContain('20211,323.00（由下一年度报告推算）');
    expect(body).toContain('曾用名：培训场次');
    expect(body).toContain('本站未收录');
  });
});

describe('links between years', () => {
  it('links a report to the previous and next published years, across a missing year', async () => {
    const page = await browser.newPage();
    await page.goto(`${real}/demo/2022/`);
    expect(await page.getAttribute('a[rel="prev"]', 'href')).toBe('/demo/2020/');
    expect(await page.getAttribute('a[rel="next"]', 'href')).toBe('/demo/2023/');
    await page.close();
  });

  it('links the trend and comparison views to the department’s data', async () => {
    for (const path of ['/demo/', '/demo/compare/2019-2020/']) {
      expect(await text(`${real}${path}`), path).toContain('下载数据（JSON）');
    }
  });
});

describe('comparison page', () => {
  it('puts a year in 元 beside a year in 万元, converted and said so', async () => {
    const body = await text(`${real}/demo/compare/2020-2022/`);
    expect(body).toContain(
      '两个年度的金额单位不同（2020年为元，2022年为万元），下表统一换算为万元。',
    );
    expect(body).toMatch(/支出预算合计\s+1,255\.00\s+1,302\.60\s+\+47\.60\s+\+3\.8%/);
  });
});

describe('home page', () => {
  it('lists departments, the newest reports and every year', async () => {
    const body = await text(`${real}/`);
    expect(body).toContain('重庆市万州区科学技术局');
    expect(body).toContain('示例市示例区示例局');
    for (const year of [2019, 2020, 2022, 2023, 2024]) expect(body).toContain(`${year}年度`);
  });

  it('is the department’s overview when there is one department, without a redirect', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${sites.minimal.url}/`);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`${sites.minimal.url}/`);
    expect(await page.locator('h1').textContent()).toBe('测试市测试区测试局');
    await page.close();
  });
});
