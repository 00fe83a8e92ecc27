// Every page type as a phone shows it, on a fixture made for the hard cases (test/fixtures/phone:
// eleven years with a gap, 元 amounts of eight digits, very long names, estimated, unmet and
// unjudged goals, a long report): chart text at least 12 px at 360 px and larger with 大字, the
// key columns of tables (状态, 得分) on screen without sideways scrolling, axe clean, no script
// but prefs.js. Screenshots at 360 and 1280 px go to test-results/screenshots.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../src/io/static-server.ts';
import { audit, CLEAN, launch } from './browser.ts';
import { cli } from './site.ts';

const pages = [
  { name: 'phone-home', path: '/' },
  { name: 'phone-department', path: '/phone-ju/' },
  { name: 'phone-report', path: '/phone-ju/2024/' },
  { name: 'phone-report-first', path: '/phone-ju/2013/' },
  { name: 'phone-compare-all', path: '/phone-ju/compare/' },
  { name: 'phone-compare-pair', path: '/phone-ju/compare/2023-2024/' },
  { name: 'phone-overview', path: '/overview/' },
  { name: 'phone-overview-year', path: '/overview/2024/' },
  { name: 'phone-disclosure', path: '/disclosure/' },
  { name: 'phone-search', path: '/search/' },
  { name: 'phone-data', path: '/data/' },
];

let dir: string;
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'phone-site-'));
  const run = cli('build', { CONTENT_DIR: 'test/fixtures/phone', OUT_DIR: join(dir, 'site') });
  if (run.code !== 0) throw new Error(`building test/fixtures/phone failed:\n${run.stderr}`);
  server = createStaticServer(join(dir, 'site'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  rmSync(dir, { recursive: true, force: true });
});

/** Every SVG text's rendered size: its computed font size times the SVG's viewBox scale. */
function chartTextSizes(page: Page): Promise<{ text: string; px: number }[]> {
  return page.$$eval('svg.chart text', (texts) =>
    texts.map((t) => {
      const svg = (t as SVGTextElement).ownerSVGElement as SVGSVGElement;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return {
        text: t.textContent ?? '',
        px: Math.round(Number.parseFloat(getComputedStyle(t).fontSize) * scale * 100) / 100,
      };
    }),
  );
}

/** Text boxes of one chart that overlap another's or stick out of the chart's own box. */
function chartTextClashes(page: Page): Promise<string[]> {
  return page.$$eval('svg.chart', (svgs) =>
    svgs.flatMap((svg) => {
      const frame = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll('text')].flatMap((t) => {
        const parts = t.querySelectorAll('tspan');
        return (parts.length > 0 ? [...parts] : [t]).map((p) => ({
          text: p.textContent ?? '',
          box: p.getBoundingClientRect(),
        }));
      });
      const problems: string[] = [];
      for (const { text, box } of boxes) {
        if (box.left < frame.left - 1 || box.right > frame.right + 1)
          problems.push(
            `${svg.id || svg.getAttribute('aria-labelledby')}: “${text}” leaves the chart`,
          );
      }
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (x > 1 && y > 3) problems.push(`“${a.text}” overlaps “${b.text}”`);
        }
      return problems;
    }),
  );
}

/**
 * Cells of the key columns (状态, 得分 and the tracker's newest year) that are not wholly inside
 * the window without scrolling sideways: their column header names them.
 */
function keyCellsOffScreen(page: Page): Promise<string[]> {
  return page.$$eval('table', (tables) =>
    tables.flatMap((table) => {
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
      const keys = headers.flatMap((h, i) =>
        /状态|得分|score/.test(h) || (table.classList.contains('tracker') && i === 1) ? [i] : [],
      );
      return [...table.querySelectorAll('tbody tr')].flatMap((tr) =>
        keys.flatMap((k) => {
          const cell = tr.children[k];
          if (!cell) return [];
          cell.scrollIntoView({ block: 'center', inline: 'nearest' });
          const box = cell.getBoundingClientRect();
          const wrap = table.closest('.table-wrap');
          const shifted = wrap ? wrap.scrollLeft : 0;
          const visible = box.left >= -0.5 && box.right <= window.innerWidth + 0.5 && shifted === 0;
          if (wrap) wrap.scrollLeft = 0;
          return visible ? [] : [`${table.querySelector('caption')?.textContent}: ${headers[k]}`];
        }),
      );
    }),
  );
}

describe.each(pages)('$name', ({ name, path }) => {
  it.each([360, 1280])(
    'at %ipx: no axe violations, no errors, no script but prefs.js',
    async (width) => {
      const result = await audit(browser, `${base}${path}`, name, width);
      // Search is the one page with a script of its own (and Pagefind's): only prefs.js elsewhere.
      const scripts = result.scripts.filter(
        (s) => path !== '/search/' || !/^\/(_astro|pagefind)\//.test(s),
      );
      expect({ ...result, scripts, overflow: Math.max(0, result.overflow) }).toEqual(CLEAN);
    },
  );

  it('at 360px: chart text is 12 px or more, grows with 大字, never overlaps or clips', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${base}${path}`);
    const normal = await chartTextSizes(page);
    for (const t of normal) expect(t.px, t.text).toBeGreaterThanOrEqual(12);
    expect(await chartTextClashes(page)).toEqual([]);
    await page.check('#pref-large');
    const large = await chartTextSizes(page);
    expect(large).toHaveLength(normal.length);
    large.forEach((t, i) => {
      expect(t.px, t.text).toBeGreaterThanOrEqual((normal[i]?.px ?? 0) * 1.15);
    });
    expect(await chartTextClashes(page)).toEqual([]);
    await page.close();
  });

  it('at 360px: 状态 and 得分 columns are on screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${base}${path}`);
    expect(await keyCellsOffScreen(page)).toEqual([]);
    await page.check('#pref-large');
    expect(await keyCellsOffScreen(page)).toEqual([]);
    await page.close();
  });
});

describe('what the fixture must exercise', () => {
  it('has charts and key columns on the pages that carry them', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    for (const [path, charts] of [
      ['/phone-ju/2024/', 5],
      ['/phone-ju/', 3],
      ['/overview/', 1],
      ['/overview/2024/', 1],
    ] as const) {
      await page.goto(`${base}${path}`);
      expect(await page.locator('svg.chart').count(), path).toBeGreaterThanOrEqual(charts);
    }
    await page.goto(`${base}/phone-ju/`);
    expect(await page.locator('table thead th', { hasText: '自评得分' }).count()).toBeGreaterThan(
      0,
    );
    await page.goto(`${base}/disclosure/`);
    expect(await page.locator('table.tracker thead th').nth(1).textContent()).toBe('2024年度');
    await page.close();
  });
});

describe('the long report page at 360px', () => {
  it('keeps 目录 and 返回顶部 on screen wherever the reader is, and both lead where they say', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${base}/phone-ju/2024/`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(4000);
    for (const y of [0, height / 3, height - 800]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      for (const name of ['目录', '返回顶部']) {
        const box = await page.getByRole('link', { name, exact: true }).last().boundingBox();
        expect(box, name).not.toBeNull();
        expect((box?.y ?? -1) >= 0 && (box?.y ?? 0) + (box?.height ?? 0) <= 800, name).toBe(true);
      }
    }
    await page.getByRole('link', { name: '目录', exact: true }).last().click();
    expect(page.url()).toMatch(/#page-toc$/);
    const toc = await page.locator('#page-toc').boundingBox();
    expect(toc?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(toc?.y ?? 900).toBeLessThan(800);
    await page.locator('#page-toc a', { hasText: '报告全文' }).click();
    expect(page.url()).toMatch(/#fulltext$/);
    await page.getByRole('link', { name: '返回顶部', exact: true }).last().click();
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(400);
    await page.close();
  });

  it('prints with the data tables open and without the jump links', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${base}/phone-ju/2024/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.page-jump').isVisible()).toBe(false);
    const hidden = await page.$$eval(
      'details.data table',
      (tables) => tables.filter((t) => t.getBoundingClientRect().height === 0).length,
    );
    expect(hidden).toBe(0);
    await page.close();
  });
});
