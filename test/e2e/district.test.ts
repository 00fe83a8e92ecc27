// The district view, the disclosure tracker, the site identity and the original documents, in
// real Chromium against the built demo content; every figure checked against the frontmatter.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/io/load.ts';
import { loadSite } from '../../src/io/site.ts';
import { reportView } from '../../src/lib/view/index.ts';
import type { Report } from '../../src/schemas/report.ts';
import { audit, CLEAN, launch } from './browser.ts';

const real = inject('sites').real.url;
const content = loadContent('test/fixtures/site');
const site = loadSite('test/fixtures/site').site;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  const response = await page.goto(`${real}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

const pages = [
  { name: 'overview', path: '/overview/' },
  { name: 'overview-2023', path: '/overview/2023/' },
  { name: 'disclosure', path: '/disclosure/' },
  { name: 'report-demo-jyj-2023', path: '/demo-jyj/2023/' },
];

describe.each(pages)('$name', ({ name, path }) => {
  it.each([1280, 360])(
    'at %ipx: no axe violations, no errors, nothing from elsewhere, no script but prefs.js',
    async (width) => {
      const result = await audit(browser, `${real}${path}`, name, width);
      expect({ ...result, overflow: Math.max(0, result.overflow) }).toEqual(CLEAN);
    },
  );
});

describe('site identity', () => {
  it('puts every field of site.yaml in the footer of every kind of page, and the MIIT link on the ICP number', async () => {
    for (const path of ['/', '/demo/', '/demo/2023/', '/overview/', '/disclosure/', '/data/']) {
      const page = await open(path);
      const footer = (await page.locator('footer').textContent()) ?? '';
      for (const value of [
        site.name,
        site.sponsor,
        site.operator,
        site.contact?.phone,
        site.contact?.email,
        site.siteCode,
        site.icp,
        site.publicSecurity,
      ]) {
        expect(footer, `${path}: ${value}`).toContain(value);
      }
      expect(await page.locator('footer a', { hasText: site.icp ?? '' }).getAttribute('href')).toBe(
        'https://beian.miit.gov.cn/',
      );
      expect(await page.title()).toContain(site.name);
      await page.close();
    }
  });

  it('carries the machine-readable metadata of a government site, with the article fields on a report', async () => {
    const meta = async (page: Page, name: string) =>
      page.locator(`meta[name="${name}"]`).getAttribute('content');
    const page = await open('/demo-jyj/2023/');
    expect(await meta(page, 'SiteName')).toBe(site.name);
    expect(await meta(page, 'SiteDomain')).toBe('example.gov.cn');
    expect(await meta(page, 'SiteIDCode')).toBe(site.siteCode);
    expect(await meta(page, 'ColumnName')).toBe('部门整体支出绩效自评报告');
    expect(await meta(page, 'ArticleTitle')).toBe(
      '示例市示例区教育局2023年度部门整体支出绩效自评报告',
    );
    expect(await meta(page, 'PubDate')).toBe('2024-06-28');
    expect(await meta(page, 'ContentSource')).toBe('示例市示例区教育局');
    await page.close();
    const undated = await open('/demo-jyj/2022/');
    expect(await undated.locator('meta[name="PubDate"]').count()).toBe(0);
    await undated.close();
  });
});

describe('report page: 政务公开 metadata and original documents', () => {
  it('shows the metadata block in the standard order, only with what the report gives', async () => {
    const page = await open('/demo-jyj/2023/');
    const rows = await page.$$eval('.gov-meta dl > div', (divs) =>
      divs.map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent]),
    );
    expect(rows).toEqual([
      ['索引号', '11500000MB0000001A/2024-00031'],
      ['发布机构', '示例市示例区教育局'],
      ['文号', '示教发〔2024〕18号'],
      ['成文日期', '2024-06-21'],
      ['发布日期', '2024-06-28'],
      ['时效性', '有效'],
    ]);
    await page.close();
    const partial = await open('/demo-nyj/2024/');
    const labels = await partial.$$eval('.gov-meta dt', (dts) => dts.map((d) => d.textContent));
    expect(labels).toEqual(['发布机构', '文号', '成文日期', '发布日期']);
    await partial.close();
  });

  it('offers 下载原文 with type, size and SHA-256, and serves exactly the source bytes', async () => {
    for (const [org, year] of [
      ['demo-jyj', 2023],
      ['demo-nyj', 2024],
    ] as const) {
      const report = content.reports.find((r) => r.data.org === org && r.data.year === year);
      const page = await open(`/${org}/${year}/`);
      const items = await page.$$eval('.downloads li', (lis) =>
        lis.map((li) => ({
          href: li.querySelector('a')?.getAttribute('href') ?? '',
          title: li.querySelector('a')?.textContent ?? '',
          facts: li.querySelector('.file-facts')?.textContent ?? '',
          sha: li.querySelector('code')?.textContent ?? '',
        })),
      );
      expect(items.map((i) => i.title)).toEqual(report?.data.attachments?.map((a) => a.title));
      for (const [i, item] of items.entries()) {
        const file = report?.data.attachments?.[i]?.file ?? '';
        const source = readFileSync(`test/fixtures/site/reports/${org}/${year}/${file}`);
        expect(item.href).toBe(`/files/${org}/${year}/${file}`);
        expect(item.sha).toBe(createHash('sha256').update(source).digest('hex'));
        const served = await fetch(new URL(encodeURI(item.href), real));
        expect(served.status).toBe(200);
        expect(Buffer.from(await served.arrayBuffer()).equals(source)).toBe(true);
        expect(item.facts).toMatch(/^(PDF|Word（DOCX）|Excel（XLSX）|CSV)，\d/);
      }
      await page.close();
    }
  });
});

/** The departments' reports of a year, straight from the frontmatter, in 万元. */
function frontmatterYear(year: number) {
  return content.reports
    .filter((r) => r.data.year === year)
    .map(({ data, body }) => {
      const disclosure = reportView(data, body).disclosure;
      const scale = data.unit === '元' ? 10000 : 1;
      return {
        org: data.org,
        // Where the report states no total, the site's sum of its classes (labelled 本站合计).
        total:
          (data.expenditure?.total ??
            (data.expenditure?.classes ?? []).reduce((sum, c) => sum + c.amount, 0)) / scale,
        totalStated: data.expenditure?.total !== undefined,
        completeness: `${disclosure.filter((d) => d.stated).length} / ${disclosure.length}`,
        classes: classesOf(data.expenditure).map((c) => ({
          name: c.name,
          amount: c.amount / scale,
        })),
        score: data.evaluation?.score,
        grade: data.evaluation?.grade,
      };
    });
}

/**
 * The classes a report lists and, where it says the list is partial (`classesPartial`), the rest
 * of its total, which the site shows as 其他（报告未列明）.
 */
function classesOf(e: Report['expenditure']): { name: string; amount: number }[] {
  const named = e?.classes ?? [];
  const listed = named.reduce((sum, c) => sum + c.amount, 0);
  const rest = e?.classesPartial && e.total !== undefined ? e.total - listed : 0;
  return rest > 0.005 ? [...named, { name: '其他（报告未列明）', amount: rest }] : named;
}

const number = (text: string | null | undefined) => Number((text ?? '').replaceAll(',', ''));

describe('district overview', () => {
  it.each([2018, 2019, 2020, 2021, 2022, 2023, 2024])(
    '%i: every department’s total, score and grade equal its frontmatter, and each group’s sums equal the sums of its reports, demo never with real',
    async (year) => {
      const all = frontmatterYear(year);
      const page = await open(`/overview/${year}/`);
      const groups = await page.$$eval('[data-group]', (divs) =>
        divs.map((div) => ({
          kind: div.getAttribute('data-group-kind'),
          rows: [...div.querySelectorAll('tr[data-overview-org]')].map((tr) => ({
            org: tr.getAttribute('data-overview-org'),
            total: tr.querySelector('[data-field="total"]')?.textContent ?? null,
            score: tr.querySelector('[data-field="score"]')?.textContent ?? null,
            computed: tr.querySelector('[data-field="total"] .computed') !== null,
            completeness: tr.querySelector('[data-field="completeness"]')?.textContent ?? null,
            grade: tr.querySelectorAll('td')[4]?.textContent ?? null,
          })),
          total: div.querySelector('[data-overview-total]')?.textContent ?? null,
          classes: [...div.querySelectorAll('[data-overview-class]')].map((td) => [
            td.getAttribute('data-overview-class'),
            td.textContent,
          ]),
        })),
      );
      // Every department of the year appears once, in exactly one group.
      expect(groups.flatMap((g) => g.rows.map((r) => r.org)).sort()).toEqual(
        all.map((e) => e.org).sort(),
      );
      for (const group of groups.filter((g) => g.rows.length > 0)) {
        const orgs = group.rows.map((r) => r.org);
        const expected = all.filter((e) => orgs.includes(e.org));
        // Demo and real departments never share a group (and so never a sum).
        const demo = new Set(expected.map((e) => content.orgs.get(e.org)?.demo));
        expect(demo.size, group.kind ?? '').toBe(1);
        expect(demo.has(true)).toBe(group.kind === 'demo');
        const regions = new Set(expected.map((e) => content.orgs.get(e.org)?.region));
        expect(regions.size).toBe(1);
        const totals = group.rows.map((r) => number(r.total?.replace('本站合计', '')));
        expect(totals).toEqual([...totals].sort((a, b) => b - a));
        for (const row of group.rows) {
          const report = expected.find((e) => e.org === row.org);
          expect(number(row.total?.replace('本站合计', ''))).toBeCloseTo(
            report?.total ?? Number.NaN,
            2,
          );
          expect(row.computed).toBe(!report?.totalStated);
          expect(row.score).toBe(String(report?.score ?? '报告未说明'));
          expect(row.grade).toBe(report?.grade ?? '报告未说明');
          expect(row.completeness).toBe(report?.completeness);
        }
        const groupTotal = expected.reduce((s, e) => s + e.total, 0);
        expect(number(group.total)).toBeCloseTo(groupTotal, 2);
        // The classes, with 未列明功能分类 for what they leave out, add up to the same total.
        const classSum = group.classes.reduce((s, [, text]) => s + number(text), 0);
        expect(classSum).toBeCloseTo(groupTotal, 1);
        for (const [name, text] of group.classes) {
          if (name === '未列明功能分类') continue;
          const sum = expected
            .flatMap((e) => e.classes)
            .filter((c) => c.name === name)
            .reduce((s, c) => s + c.amount, 0);
          expect(number(text), String(name)).toBeCloseTo(sum, 2);
        }
      }
      await page.close();
    },
  );

  it('says the unit once and names the reports converted from 元', async () => {
    const page = await open('/overview/2020/');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('金额统一以万元为单位');
    expect(text).toContain('示例区卫健委（演示）');
    expect(text).toContain('1 万元 = 10000 元折算');
    await page.close();
  });

  it('lists goal achievement per department as the reports state it', async () => {
    const page = await open('/overview/2023/');
    const row = await page.$$eval('[data-group-kind="demo"] tr[data-goals-org]', (trs) =>
      trs
        .map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim()))
        .find((cells) => cells[0]?.startsWith('示例区教育局')),
    );
    // 新增学位 met, 教师培训 met on an estimate, 大班额 not met, 困难学生资助 qualitative.
    expect(row).toEqual(['示例区教育局（演示）', '4', '2', '1', '1', '0', '0', '1']);
    await page.close();
  });

  it('publishes no table that no report gives a row for', async () => {
    // No demo report of 2023 states 三公经费: the page says so, and no empty list is published.
    for (const format of ['csv', 'json'])
      expect((await fetch(`${real}/data/overview/2023/three-public-demo-1.${format}`)).status).toBe(
        404,
      );
  });

  it('publishes every table as CSV and JSON with the same rows', async () => {
    for (const [year, table] of [
      // The shipped site's region holds no real department: its demo group publishes apart.
      ['all', 'classes-demo-1'],
      ['all', 'classes-region-1'],
      ['2023', 'classes-demo-1'],
      ['2023', 'departments-demo-1'],
      ['2023', 'goals-demo-1'],
      ['2023', 'matrix-demo-1'],
      ['2023', 'execution-demo-1'],
    ]) {
      const bytes = Buffer.from(
        await (await fetch(`${real}/data/overview/${year}/${table}.csv`)).arrayBuffer(),
      );
      // Excel reads Chinese CSV correctly only with the byte-order mark.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = bytes.subarray(3).toString('utf8');
      const json = (await (await fetch(`${real}/data/overview/${year}/${table}.json`)).json()) as {
        rows: unknown[];
        note: string;
      };
      expect(csv.trim().split('\r\n').length - 1).toBe(json.rows.length);
      if (!table?.startsWith('goals')) expect(json.note).toContain('万元');
    }
  });

  it('links every year from the selector, and the home page and header link the overview', async () => {
    const page = await open('/overview/');
    const years = await page.$$eval('.overview-years a', (as) => as.map((a) => a.textContent));
    expect(years).toEqual([
      '2024年度',
      '2023年度',
      '2022年度',
      '2021年度',
      '2020年度',
      '2019年度',
      '2018年度',
    ]);
    await page.close();
    const home = await open('/');
    expect(await home.locator('main a[href="/overview/"]').count()).toBe(1);
    expect(await home.locator('header a[href="/overview/"]').count()).toBe(1);
    expect(await home.locator('header a[href="/disclosure/"]').count()).toBe(1);
    await home.close();
  });
});

describe('disclosure tracker', () => {
  it('marks every state: dated on time, late, undated and not on this site', async () => {
    const page = await open('/disclosure/');
    const grid = await page.$$eval('table.tracker tbody tr', (trs) =>
      Object.fromEntries(
        trs.map((tr) => [
          tr.querySelector('th a')?.getAttribute('href'),
          [...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-state')),
        ]),
      ),
    );
    const years = await page.$$eval('table.tracker thead th', (ths) =>
      ths.slice(1).map((th) => th.textContent),
    );
    // Newest first: the year readers ask about is the first column after the department.
    expect(years).toEqual([
      '2024年度',
      '2023年度',
      '2022年度',
      '2021年度',
      '2020年度',
      '2019年度',
      '2018年度',
    ]);
    expect(grid['/demo-wjw/']).toEqual([
      'missing',
      'undated',
      'on-time',
      'missing',
      'late',
      'on-time',
      'missing',
    ]);
    expect(grid['/demo-jyj/']).toEqual([
      'late',
      'on-time',
      'undated',
      'on-time',
      'missing',
      'missing',
      'missing',
    ]);
    expect(grid['/demo-nyj/']).toEqual([
      'on-time',
      'on-time',
      'on-time',
      'missing',
      'missing',
      'missing',
      'missing',
    ]);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('本表只反映本站收录的报告');
    expect(text).toContain('预算年度次年6月30日前');
    await page.close();
  });
});
