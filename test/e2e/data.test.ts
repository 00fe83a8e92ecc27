// Open data: the JSON, CSV, feed and sitemap of the built site carry the same numbers as the
// frontmatter, validate against the published schema, and list every report.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { csvParse } from 'd3-dsv';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/io/load.ts';
import { reportView } from '../../src/lib/view/index.ts';

const site = inject('sites').real;
const read = (path: string) => readFileSync(join(site.dir, path), 'utf8');
const { reports } = loadContent('test/fixtures/site');
const schema = JSON.parse(read('data/schema.json'));
// Formats (date, uri) checked too: without ajv-formats Ajv warns “unknown format … ignored” and
// lets any string through. Its warnings are kept, so a format it cannot check fails a test.
const warnings: string[] = [];
const ajv = new Ajv2020({
  allErrors: true,
  strict: false,
  logger: {
    log: () => {},
    warn: (...m: unknown[]) => warnings.push(m.join(' ')),
    error: console.error,
  },
});
addFormats(ajv);
const validate = ajv.compile(schema);

function csv(path: string) {
  const text = read(path);
  expect(text.startsWith('\uFEFF'), `${path} starts with a BOM`).toBe(true);
  return csvParse(text.slice(1));
}

describe.each(reports.map((r) => [`${r.data.org}/${r.data.year}`, r.data, r.body] as const))(
  'data of %s',
  (id, report, body) => {
    const view = reportView(report, body);
    const json = JSON.parse(read(`data/${id}.json`));

    it('publishes the frontmatter unchanged and validates against /data/schema.json', () => {
      expect(json.report).toEqual(JSON.parse(JSON.stringify(report)));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    });

    it('fails the schema where a format is broken: a publication date that is no date', () => {
      const broken = structuredClone(json);
      broken.report.published = '2021-13-45';
      expect(validate(broken)).toBe(false);
      expect(validate.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toContain(
        '/report/published format',
      );
    });

    it('fails the schema where an address is not http(s), mailto or on this site', () => {
      const broken = structuredClone(json);
      broken.department.website = 'javascript:alert(1)';
      expect(validate(broken)).toBe(false);
      expect(validate.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toContain(
        '/department/website pattern',
      );
    });

    it('derives shares and the previous year from the stated figures', () => {
      const shares = (json.derived.expenditureShares ?? []).map(
        (s: { sharePercent: number }) => s.sharePercent,
      );
      if (report.expenditure?.total !== undefined && report.expenditure.classes)
        expect(shares.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(100, 0);
      const { total, change } = report.expenditure ?? {};
      if (change && total !== undefined) {
        expect(json.derived.previousTotal).toBeCloseTo(total - change.amount, 2);
        expect(json.derived.previousYear.year).toBe(report.year - 1);
      }
      expect(json.derived.disclosure).toHaveLength(12);
    });

    it('has income, expenditure, staffing and goals CSVs with the same numbers and unit headers', () => {
      const unit = report.unit;
      const income = csv(`data/${id}/income.csv`);
      expect(income.columns).toEqual(['收入来源', `金额（${unit}）`, '说明']);
      expect(income.map((r) => [r['收入来源'], Number(r[`金额（${unit}）`])])).toEqual([
        ...(view.income?.rows ?? []).map((r) => [r.label, r.value]),
        ['合计', report.income?.total],
      ]);
      const expenditure = csv(`data/${id}/expenditure.csv`);
      const classes = report.expenditure?.classes ?? [];
      expect(
        expenditure
          .slice(0, classes.length)
          .map((r) => [r['支出功能分类'], Number(r[`金额（${unit}）`])]),
      ).toEqual(classes.map((c) => [c.name, c.amount]));
      const staffing = csv(`data/${id}/staffing.csv`);
      // A last row 本站合计 (the site's sum, labelled) follows the units where several state a figure.
      expect(
        staffing
          .filter((r) => r['单位'] !== '本站合计')
          .map((r) => [r['单位'], Number(r['编制数（人）']), Number(r['在职在编人员（人）'])]),
      ).toEqual((report.staffing ?? []).map((s) => [s.unit, s.authorized, s.active]));
      const goals = csv(`data/${id}/goals.csv`);
      const indicators = (report.goals ?? []).flatMap((g) => g.indicators);
      expect(goals.map((r) => r['指标标识'])).toEqual(indicators.map((i) => i.id));
      goals.forEach((row, i) => {
        const actual = indicators[i]?.actual;
        // Not stated is an empty cell, never a word or a zero.
        expect(row['实际完成值']).toBe(actual === undefined ? '' : String(actual));
      });
    });

    it('has the 自评表 CSV exactly when the report has a 自评表', () => {
      expect(Object.keys(json.links.csv).includes('indicators')).toBe(
        report.evaluation?.indicators !== undefined,
      );
      if (report.evaluation?.indicators) {
        const rows = csv(`data/${id}/indicators.csv`);
        expect(rows.map((r) => Number(r['指标得分（分）']))).toEqual(
          report.evaluation.indicators.map((r) => r.score),
        );
      }
    });

    it('links every chart on the report page to its data', () => {
      const html = read(`${id}/index.html`);
      const figures = html
        .split('<figure')
        .slice(1)
        .map((f) => f.slice(0, f.indexOf('</figure>')));
      expect(figures.length).toBeGreaterThan(2);
      for (const figure of figures)
        expect(figure).toMatch(/class="data-link"[^>]*><a href="\/data\//);
    });
  },
);

describe('/data/schema.json', () => {
  it('uses only formats the validator checks', () => {
    expect(warnings).toEqual([]);
    expect(JSON.stringify(schema)).toContain('"format":"date"');
  });
});

describe('site-wide data', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const pages = reports.map((r) => `https://example.gov.cn/${r.data.org}/${r.data.year}/`);

  it('lists every report in /data/all.json', () => {
    const all = JSON.parse(read('data/all.json'));
    expect(all.reports.map((r: { links: { page: string } }) => r.links.page).sort()).toEqual(
      reports.map((r) => `/${r.data.org}/${r.data.year}/`).sort(),
    );
  });

  it('announces every report in the Atom feed, newest first', () => {
    const feed = parser.parse(read('feed.xml')).feed;
    const links = feed.entry.map((e: { link: { '@_href': string } }) => e.link['@_href']);
    expect([...links].sort()).toEqual([...pages].sort());
    const dates = feed.entry.map((e: { updated: string }) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('lists every page that was built in the sitemap, with absolute addresses and publication dates', () => {
    const urls = parser
      .parse(read('sitemap.xml'))
      .urlset.url.map((u: { loc: string; lastmod?: string }) => u);
    const built = readdirSync(site.dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
      .map((f) => `https://example.gov.cn/${f.replace(/index\.html$/, '')}`)
      .sort();
    expect(urls.map((u: { loc: string }) => u.loc).sort()).toEqual(built);
    for (const page of pages) expect(built).toContain(page);
    // 发布日期 as content/reports/demo/2022.mdx gives it; an undated report has no lastmod.
    expect(urls).toContainEqual({
      loc: 'https://example.gov.cn/demo/2022/',
      lastmod: '2023-06-12',
    });
    expect(urls).toContainEqual({ loc: 'https://example.gov.cn/demo/', lastmod: '2025-06-14' });
    const undated = urls.find((u: { loc: string }) => u.loc.endsWith('/wanzhou-kjj/2020/'));
    expect(Object.keys(undated)).toEqual(['loc']);
  });

  it('gives every page a canonical address', () => {
    expect(read('wanzhou-kjj/2020/index.html')).toContain(
      '<link rel="canonical" href="https://example.gov.cn/wanzhou-kjj/2020/">',
    );
  });
});
