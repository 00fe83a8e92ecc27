// The district overview and the government-site furniture on a fixture site of two regions and
// a demo department (test/fixtures/district), built under a base path as a portal column is, in
// real Chromium: every sum against the frontmatter, every table against its downloads, the
// header search without JavaScript, and the furniture absent where site.yaml leaves it out.
import { readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/io/load.ts';
import { audit, CLEAN, launch } from './browser.ts';
import { cli, serveUnderBase } from './site.ts';

const FIXTURE = 'test/fixtures/district';
const BASE = '/jxzp/';
const dir = resolve('test-results/sites/district');
const content = loadContent(FIXTURE);
let server: Server;
let site: string;
let browser: Browser;

beforeAll(async () => {
  let origin: string;
  ({ server, origin } = await serveUnderBase(dir, BASE));
  site = `${origin}${BASE.slice(0, -1)}`;
  rmSync(dir, { recursive: true, force: true });
  const run = cli('build', { CONTENT_DIR: FIXTURE, OUT_DIR: dir, SITE_URL: `${origin}${BASE}` });
  if (run.code !== 0) throw new Error(`building ${FIXTURE} failed:\n${run.stdout}\n${run.stderr}`);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const response = await page.goto(`${site}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

const number = (text: string | null | undefined) =>
  Number((text ?? '').replace(/本站合计|本站计算|,/g, '').trim());

/** The frontmatter total of each department of a year, in 万元. */
function totals(year: number, orgs: readonly string[]): number {
  return content.reports
    .filter((r) => r.data.year === year && orgs.includes(r.data.org))
    .reduce(
      (sum, r) => sum + (r.data.expenditure?.total ?? 0) / (r.data.unit === '元' ? 10000 : 1),
      0,
    );
}

const pages = ['/overview/', '/overview/2022/', '/disclosure/', '/jia-ju/2022/'];

describe.each(pages)('%s', (path) => {
  it.each([1280, 360])(
    'at %ipx: no axe violations, no errors, nothing from elsewhere',
    async (width) => {
      const result = await audit(
        browser,
        `${site}${path}`,
        `district${path.replaceAll('/', '-')}`,
        width,
      );
      expect({ ...result, overflow: Math.max(0, result.overflow) }).toEqual({
        ...CLEAN,
        scripts: ['/jxzp/prefs.js'],
      });
    },
  );
});

describe('overview totals never mix', () => {
  it('adds up only the real departments of the site’s region; another region and demo apart, each with its own 本站合计', async () => {
    const page = await open('/overview/2022/');
    const groups = await page.$$eval('[data-group]', (divs) =>
      divs.map((d) => ({
        id: d.getAttribute('data-group'),
        orgs: [...d.querySelectorAll('tr[data-overview-org]')].map((tr) =>
          tr.getAttribute('data-overview-org'),
        ),
        sentence: d.querySelector('[data-group-total]')?.textContent ?? '',
        classes: d.querySelector('[data-classes-total]')?.textContent ?? '',
        departments: d.querySelector('[data-overview-total]')?.textContent ?? '',
        matrix:
          d.querySelector('[data-overview-table="matrix"] tbody tr:last-child td:last-child')
            ?.textContent ?? '',
        classCells: [...d.querySelectorAll('[data-overview-class]')].map((td) =>
          Number(td.textContent?.replaceAll(',', '')),
        ),
      })),
    );
    expect(groups.map((g) => [g.id, [...g.orgs].sort()])).toEqual([
      ['main', ['bing-ju', 'jia-ju', 'yi-ju']],
      ['region-1', ['wai-ju']],
      ['demo-1', ['yan-ju']],
    ]);
    const expected = {
      main: totals(2022, ['jia-ju', 'yi-ju', 'bing-ju']),
      'region-1': totals(2022, ['wai-ju']),
      'demo-1': totals(2022, ['yan-ju']),
    } as Record<string, number>;
    for (const g of groups) {
      const want = expected[g.id ?? ''] ?? Number.NaN;
      // The sentence, the class table, the department table and the matrix say the same sum.
      for (const text of [g.sentence, g.classes, g.departments, g.matrix])
        expect(number(text), `${g.id}: ${text}`).toBeCloseTo(want, 6);
      expect(g.classCells.reduce((s, v) => s + v, 0)).toBeCloseTo(want, 6);
    }
    // 1000.01 元 keeps its precision in 万元.
    expect(number(groups[0]?.sentence)).toBe(173.100001);
    const main = (await page.locator('[data-group="main"]').textContent()) ?? '';
    expect(main).not.toContain('9,999');
    expect(main).not.toContain('7,777');
    await page.close();
  });

  it('counts a total without classes once, in 未列明功能分类, and shows 报告未说明 for a report without goals', async () => {
    const page = await open('/overview/2022/');
    const main = page.locator('[data-group="main"]');
    expect(await main.locator('[data-overview-class="未列明功能分类"]').textContent()).toBe(
      '50.07',
    );
    const yi = await main.locator('tr[data-goals-org="yi-ju"] td').allTextContents();
    expect(yi).toEqual(['报告未说明']);
    await page.close();
  });

  it('shows the multi-year table per group, never one sum over the groups', async () => {
    const page = await open('/overview/');
    const ids = await page.$$eval('[data-group]', (els) =>
      els.map((e) => e.getAttribute('data-group')),
    );
    expect(ids).toEqual(['main', 'region-1', 'demo-1']);
    const total2021 = await page
      .locator('[data-group="main"] tfoot tr:first-child td')
      .first()
      .textContent();
    expect(number(total2021)).toBeCloseTo(totals(2021, ['jia-ju', 'bing-ju']), 6);
    await page.close();
  });
});

describe('deputy tables and their downloads', () => {
  /** A table on the page as text cells, header row first. */
  const cells = (page: Page, selector: string) =>
    page.$$eval(`${selector} tr`, (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
    );

  it('matrix, 三公经费 and 预算执行 on the page carry the same figures as their CSV and JSON', async () => {
    const page = await open('/overview/2022/');
    for (const id of ['matrix', 'three-public', 'execution']) {
      const rows = await cells(page, `[data-group="main"] [data-overview-table="${id}"]`);
      const json = await (await fetch(`${site}/data/overview/2022/${id}.json`)).json();
      const bytes = Buffer.from(
        await (await fetch(`${site}/data/overview/2022/${id}.csv`)).arrayBuffer(),
      );
      // Excel reads Chinese CSV correctly only with the byte-order mark.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = bytes.subarray(3).toString('utf8');
      // One body row per JSON row (header first), the same numbers in the same order.
      const body = rows.slice(1);
      expect(body).toHaveLength(json.rows.length);
      json.rows.forEach((row: Record<string, unknown>, i: number) => {
        const numbers = Object.values(row).filter((v): v is number => typeof v === 'number');
        const shown = (body[i] ?? [])
          .slice(1)
          .map((t) => number(t.replace('%', '')))
          .filter((v) => !Number.isNaN(v) && v !== 0);
        expect(shown, `${id} row ${i}`).toEqual(numbers.filter((v) => v !== 0));
      });
      expect(csv.split('\r\n').filter(Boolean)).toHaveLength(json.rows.length + 1);
    }
    const three = await cells(page, '[data-group="main"] [data-overview-table="three-public"]');
    expect(three.find((r) => r[0]?.startsWith('甲局'))).toEqual(['甲局', '10.50', '8.25', '-2.25']);
    expect(three.find((r) => r[0]?.startsWith('丙局'))?.[0]).toContain('本站合计');
    const execution = await cells(page, '[data-group="main"] [data-overview-table="execution"]');
    expect(execution.find((r) => r[0]?.startsWith('甲局'))).toEqual([
      '甲局',
      '130.00',
      '126.10',
      '97.00%',
    ]);
    expect(execution.find((r) => r[0]?.startsWith('丙局'))?.[3]).toBe('75.00%本站计算');
    await page.close();
  });

  it('gives another region and the demo group downloads of their own', async () => {
    for (const id of ['classes-region-1', 'matrix-demo-1']) {
      const response = await fetch(`${site}/data/overview/2022/${id}.json`);
      expect(response.status, id).toBe(200);
    }
    // The demo department states no 预算执行: its group publishes no empty table for it.
    expect((await fetch(`${site}/data/overview/2022/execution-demo-1.json`)).status).toBe(404);
    const demo = await (await fetch(`${site}/data/overview/2022/classes-demo-1.json`)).json();
    expect(demo.note).toContain('虚构');
    expect(demo.rows.at(-1).amount).toBe(7777);
  });
});

describe('honest numbers', () => {
  it('shows the previous year from its own report, and says where the derived figure disagrees', async () => {
    const page = await open('/jia-ju/2022/');
    expect(await page.locator('[data-previous-source="report"]').textContent()).toBe('100.50');
    const note = (await page.locator('[data-previous-disagrees]').textContent()) ?? '';
    expect(note).toContain('100.50 万元');
    expect(note).toContain('100.51 万元');
    await page.context().close();
  });

  it('derives a previous count as a whole number', async () => {
    const page = await open('/wai-ju/');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('约 87 件');
    expect(text).not.toMatch(/约 86\.\d/);
    await page.context().close();
  });

  it('shows one unit in a department’s archive, noting the year published in 元', async () => {
    const page = await open('/bing-ju/');
    const cells = await page.$$eval('section[aria-labelledby="archive"] tbody tr', (trs) =>
      trs.map((tr) => tr.querySelectorAll('td')[1]?.textContent ?? ''),
    );
    expect(cells).toEqual(['0.100001 万元原以元发布：1,000.01 元', '0.09 万元']);
    await page.context().close();
  });
});

describe('header search', () => {
  it('submits without JavaScript to the search page, under the base path, and the search page reads q', async () => {
    const page = await open('/jia-ju/2022/', false);
    const form = page.locator('header form[role="search"]');
    expect(await form.getAttribute('action')).toBe('/jxzp/search/');
    expect(await form.getAttribute('method')).toBe('get');
    await page.fill('#site-search-q', '办结案件');
    await Promise.all([page.waitForURL('**/search/?q=*'), page.press('#site-search-q', 'Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/jxzp/search/');
    expect(url.searchParams.get('q')).toBe('办结案件');
    await page.context().close();
    const live = await open(`/search/?q=${encodeURIComponent('办结案件')}`);
    await live.waitForFunction(() => (document.querySelector('#q') as HTMLInputElement)?.value);
    expect(await live.inputValue('#q')).toBe('办结案件');
    await live.context().close();
  });
});

describe('government-site furniture', () => {
  it('shows what site.yaml configures: emblem, 党政机关 identification, 找错, 依申请公开 and related links', async () => {
    const page = await open('/');
    const emblem = page.locator('header img.site-emblem');
    expect(await emblem.getAttribute('alt')).toBe('测试市甲区徽标（测试）');
    const src = (await emblem.getAttribute('src')) ?? '';
    expect(src).toBe('/jxzp/site/emblem.svg');
    const served = await fetch(new URL(src, site));
    expect(served.headers.get('content-type')).toContain('image/svg+xml');
    expect(
      Buffer.from(await served.arrayBuffer()).equals(readFileSync(`${FIXTURE}/emblem.svg`)),
    ).toBe(true);
    const href = (selector: string) => page.locator(selector).getAttribute('href');
    expect(await href('[data-furniture="government-id"]')).toBe(
      'https://example.org/conac/verify?id=test',
    );
    expect(await href('[data-furniture="error-report"]')).toBe(
      'https://example.org/jiucuo?site_code=test',
    );
    expect(await page.locator('[data-furniture="error-report"]').textContent()).toBe(
      '我为政府网站找错',
    );
    // A site path gets the base path; an absolute address stays as written.
    expect(await href('[data-furniture="apply"] a')).toBe('/jxzp/search/');
    expect(await href('[data-furniture="related"] a')).toBe('https://example.org/');
    await page.context().close();
  });

  it('shows none of it where site.yaml leaves it out, but the search box always', async () => {
    const minimal = inject('sites').minimal.url;
    const page = await browser.newPage();
    await page.goto(`${minimal}/`);
    for (const selector of [
      '[data-furniture]',
      '.site-emblem',
      '.site-banner',
      '.site-links',
      '.site-badges',
    ])
      expect(await page.locator(selector).count(), selector).toBe(0);
    expect(await page.locator('header form[role="search"]').getAttribute('action')).toBe(
      '/search/',
    );
    await page.close();
  });

  it('lists the required departments on the tracker, with the one that never published', async () => {
    const page = await open('/disclosure/');
    const line = (await page.locator('[data-never-published]').textContent()) ?? '';
    expect(line).toContain('3 个');
    expect(line).toContain('甲区民政局');
    const row = await page.$$eval('table.tracker tbody tr', (trs) =>
      trs
        .map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim()))
        .find((cells) => cells[0]?.startsWith('甲区民政局')),
    );
    expect(row).toEqual(['甲区民政局应公开', '本站未收录', '本站未收录']);
    const csv = await (await fetch(`${site}/data/disclosure.csv`)).text();
    expect(csv).toContain('甲区民政局');
    await page.close();
  });
});
