import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, CLEAN, launch } from './browser.ts';

const sites = inject('sites');
const pages = [
  {
    name: 'wanzhou-2020',
    url: `${sites.real.url}/wanzhou-kjj/2020/`,
    department: '重庆市万州区科学技术局',
    year: '2020',
  },
  {
    name: 'fixture-2021',
    url: `${sites.minimal.url}/test-ju/2021/`,
    department: '测试市测试区测试局',
    year: '2021',
  },
];

/** The text of each page of a PDF, as pdf.js extracts it. */
async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    // NFKC: the CJK font maps some glyphs back to Kangxi radicals (⽀ for 支), which NFKC unifies.
    texts.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .normalize('NFKC'),
    );
  }
  await document.cleanup();
  return texts;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe.each(pages)('report page $name', ({ name, url, department, year }) => {
  it.each([1280, 360])(
    'at %ipx: no axe violations, no errors, nothing from elsewhere, no script but prefs.js',
    async (width) => {
      const result = await audit(browser, url, name, width);
      expect({ ...result, overflow: Math.max(0, result.overflow) }).toEqual(CLEAN);
    },
  );

  it('gives every chart a title, a description and a data table that opens without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const charts = await page.$$eval('figure', (figures) =>
      figures.map((f) => {
        const svg = f.querySelector('svg[role="img"]');
        const ids = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
        return {
          title: ids[0] ? (document.getElementById(ids[0])?.textContent ?? '') : '',
          desc: ids[1] ? (document.getElementById(ids[1])?.textContent ?? '') : '',
          table: f.querySelectorAll('details table tbody tr').length,
        };
      }),
    );
    expect(charts.length).toBeGreaterThanOrEqual(3);
    for (const chart of charts) {
      expect(chart.title).not.toBe('');
      expect(chart.desc).not.toBe('');
      expect(chart.table).toBeGreaterThan(0);
    }
    await page.locator('details.data summary').first().click();
    expect(await page.locator('details.data table').first().isVisible()).toBe(true);
    await context.close();
  });

  it('switches to large text and high contrast without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await rootSize()).toBe('16px');
    await page.getByLabel('大字').check();
    expect(await rootSize()).toBe('20px');
    await page.getByLabel('高对比度').check();
    expect(await background()).toBe('rgb(0, 0, 0)');
    await context.close();
  });

  it('keeps the reader’s choice across pages with the preferences script', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByLabel('高对比度').check();
    await page.reload();
    expect(await page.getByLabel('高对比度').isChecked()).toBe(true);
    await page.close();
  });

  it('works by keyboard: the first Tab reaches the skip link, which moves focus to the content', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('prints on A4 without navigation, with department and year on every page', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.site-header')).toBe(false);
    expect(await visible('.toc')).toBe(false);
    const href = await page.locator('link[rel="stylesheet"][media="print"]').getAttribute('href');
    const css = await (await page.request.get(new URL(href ?? '', url).href)).text();
    expect(css).toContain(`content: "${department} · ${year}年度部门整体支出绩效自评报告"`);
    const pdf = await page.pdf({ path: `test-results/screenshots/${name}.pdf`, format: 'A4' });
    const texts = await pdfPages(pdf);
    // A report prints on several pages; each must say whose report and which year it is.
    expect(texts.length).toBeGreaterThan(1);
    texts.forEach((text, i) => {
      expect(text, `page ${i + 1} of ${texts.length}`).toContain(`${department} · ${year}年度`);
    });
    await page.close();
  });
});

describe('links between years and to sections', () => {
  it('links each problem and measure to its section of the narrative', async () => {
    const page = await browser.newPage();
    await page.goto(`${sites.real.url}/wanzhou-kjj/2020/`);
    const targets = await page.$$eval('section[aria-labelledby="findings"] li a', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    expect(targets).toEqual(['#s3-1-1', '#s3-1-2', '#s3-1-3', '#s3-2-1', '#s3-2-2', '#s3-2-3']);
    for (const target of targets) expect(await page.locator(target ?? '').count()).toBe(1);
    await page.close();
  });
});
