import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import {
  type DataTable,
  type DepartmentViews,
  demoNotice,
  multiYear,
  multiYearTable,
  overviewTables,
  overviewYears,
  tableCsv,
  tableJson,
  UNLISTED_CLASS,
  type YearOverview,
  yearGroups,
  yearOverview,
  yearTables,
} from '../../../src/lib/overview.ts';
import { reportView } from '../../../src/lib/view/index.ts';
import type { Report } from '../../../src/schemas/report.ts';

// The district fixture: three real departments of 测试市甲区 (the site's region), one of 乙区
// and one demo department (test/fixtures/district/README.md).
const { orgs, reports } = loadContent('test/fixtures/district');
const departments: DepartmentViews[] = [...orgs].map(([id, org]) => ({
  id,
  org,
  views: reports.filter((r) => r.data.org === id).map((r) => reportView(r.data, r.body)),
}));

/** A report reduced to what the district view reads, with invented figures. */
function report(
  org: string,
  year: number,
  unit: '万元' | '元',
  classes: [string, number][],
): Report {
  const total = Math.round(classes.reduce((s, [, a]) => s + a, 0) * 100) / 100;
  return {
    org,
    year,
    unit,
    title: 't',
    staffing: [],
    income: { total, sources: { generalBudget: total } },
    expenditure: { total, classes: classes.map(([name, amount]) => ({ name, amount })) },
    goals: [],
    evaluation: { score: 90, grade: '优' },
    problems: [],
    measures: [],
  } as Report;
}
const dept = (id: string, ...rs: Report[]): DepartmentViews => ({
  id,
  org: { shortName: id, demo: false, region: '甲区' },
  views: rs.map((r) => reportView(r)),
});

describe('yearOverview', () => {
  it('converts 元 to 万元 and adds up exactly, without floating-point drift', () => {
    const o = yearOverview(
      [
        dept(
          'a',
          report('a', 2023, '万元', [
            ['教育支出', 0.1],
            ['卫生健康支出', 0.2],
          ]),
        ),
        dept(
          'b',
          report('b', 2023, '元', [
            ['教育支出', 1000.01],
            ['住房保障支出', 0.03],
          ]),
        ),
        dept('c'),
      ],
      2023,
    );
    expect(o.total).toBe(0.400004);
    expect(o.classes).toEqual([
      { name: '教育支出', amount: 0.200001, share: 50, departments: 2 },
      { name: '卫生健康支出', amount: 0.2, share: 50, departments: 1 },
      { name: '住房保障支出', amount: 0.000003, share: 0, departments: 1 },
    ]);
    expect(o.departments.map((d) => [d.org, d.total, d.share])).toEqual([
      ['a', 0.3, 75],
      ['b', 0.100004, 25],
    ]);
    expect(o.missing).toEqual([{ org: 'c', shortName: 'c' }]);
    expect(o.converted).toEqual(['b']);
  });

  it('sums of one region equal the sums of its frontmatter, every year, with other regions and demo apart', () => {
    for (const year of overviewYears(departments)) {
      const groups = yearGroups(departments, year, '测试市甲区');
      for (const o of groups) {
        const ids = new Set(
          departments
            .filter((d) =>
              o.group.kind === 'demo'
                ? d.org.demo && d.org.region === o.group.region
                : !d.org.demo && d.org.region === o.group.region,
            )
            .map((d) => d.id),
        );
        const these = reports
          .filter((r) => r.data.year === year && ids.has(r.data.org))
          .map((r) => r.data);
        const wan = (r: Report, v: number) => (r.unit === '元' ? v / 10000 : v);
        const expected = these.reduce((s, r) => s + wan(r, r.expenditure?.total ?? 0), 0);
        expect(o.total).toBeCloseTo(expected, 6);
        // The class table, with 未列明功能分类, adds up to the same total.
        expect(o.classes.reduce((s, c) => s + c.amount, 0)).toBeCloseTo(o.total, 9);
        expect(o.departments.reduce((s, d) => s + (d.total ?? 0), 0)).toBeCloseTo(o.total, 9);
        expect(o.departments).toHaveLength(these.length);
      }
    }
    const g2022 = yearGroups(departments, 2022, '测试市甲区');
    expect(g2022.map((g) => [g.group.id, g.departments.map((d) => d.org).sort()])).toEqual([
      ['main', ['bing-ju', 'jia-ju', 'yi-ju']],
      ['region-1', ['wai-ju']],
      ['demo-1', ['yan-ju']],
    ]);
    // 122.93 + 50.07 + 0.100001 (1000.01 元): never 9999 (乙区) nor 7777 (demo).
    expect(g2022[0]?.total).toBe(173.100001);
  });

  it('counts a total without classes once, in 未列明功能分类, and a report without goals as not stated', () => {
    const main = yearGroups(departments, 2022, '测试市甲区')[0];
    expect(main?.classes.at(-1)).toEqual({
      name: UNLISTED_CLASS,
      amount: 50.07,
      share: 28.9,
      departments: 1,
    });
    const yi = main?.departments.find((d) => d.org === 'yi-ju');
    expect(yi?.classes).toEqual([{ name: UNLISTED_CLASS, amount: 50.07 }]);
    expect(yi?.goals).toBeUndefined();
    expect(main?.departments.find((d) => d.org === 'jia-ju')?.goals?.total).toBe(1);
    const goals = yearTables(main as YearOverview).find((t) => t.id === 'goals');
    expect(goals?.rows.find((r) => r['org'] === 'yi-ju')?.['total']).toBeNull();
  });

  it('adds up 三公经费 and 预算执行 in 万元, labelling what the site computed', () => {
    const main = yearGroups(departments, 2022, '测试市甲区')[0] as YearOverview;
    const jia = main.departments.find((d) => d.org === 'jia-ju');
    const bing = main.departments.find((d) => d.org === 'bing-ju');
    expect(jia?.threePublic).toEqual({
      budget: 10.5,
      actual: 8.25,
      change: -2.25,
      computed: false,
    });
    // Three items of 100 + 200 + 300 元 and 50 + 150.5 + 250 元, no stated total.
    expect(bing?.threePublic).toEqual({
      budget: 0.06,
      actual: 0.04505,
      change: -0.01495,
      computed: true,
    });
    expect(main.threePublic).toEqual({
      budget: 10.56,
      actual: 8.29505,
      change: -2.26495,
      departments: 2,
    });
    expect(jia?.execution).toEqual({
      budget: 130,
      budgetLabel: '全年预算数',
      actual: 126.1,
      rate: 97,
      rateComputed: false,
    });
    expect(bing?.execution).toEqual({
      budget: 0.2,
      budgetLabel: '全年预算数',
      actual: 0.15,
      rate: 75,
      rateComputed: true,
    });
    expect(main.execution).toEqual({ budget: 130.2, actual: 126.25, rate: 96.97, departments: 2 });
  });

  it('gives each group its own downloads; the matrix total row equals the class table', () => {
    const tables = overviewTables(departments, '测试市甲区');
    expect(tables.filter((t) => t.year === 'all').map((t) => t.table.id)).toEqual([
      'classes',
      'classes-region-1',
      'classes-demo-1',
    ]);
    expect(tables.filter((t) => t.year === 2022).map((t) => t.table.id)).toEqual([
      ...['classes', 'departments', 'goals', 'matrix', 'three-public', 'execution'],
      // 乙区 and the demo department state neither 三公经费 nor 预算执行: no empty table for them.
      ...['classes', 'departments', 'goals', 'matrix'].map((t) => `${t}-region-1`),
      ...['classes', 'departments', 'goals', 'matrix'].map((t) => `${t}-demo-1`),
    ]);
    const main = yearGroups(departments, 2022, '测试市甲区')[0] as YearOverview;
    const [classes, , , matrix] = yearTables(main);
    const last = matrix?.rows.at(-1) ?? {};
    expect(last['total']).toBe(main.total);
    expect(classes?.rows.at(-1)?.['amount']).toBe(main.total);
    main.classes.forEach((c, i) => {
      expect(last[`c${i + 1}`]).toBe(c.amount);
    });
    expect(tableCsv(matrix as DataTable).split('\r\n')[0]).toBe(
      '\uFEFF部门标识,部门,一般公共服务支出（万元）,住房保障支出（万元）,教育支出（万元）,未列明功能分类（万元）,合计（万元）',
    );
  });
});

describe('multiYear', () => {
  it('lines classes up across years and leaves a year without the class empty, never zero', () => {
    const m = multiYear([
      dept(
        'a',
        report('a', 2022, '万元', [['教育支出', 10]]),
        report('a', 2024, '万元', [
          ['教育支出', 12],
          ['农林水支出', 1],
        ]),
      ),
    ]);
    expect(m.years).toEqual([2022, 2024]);
    expect(m.classes).toEqual([
      { name: '教育支出', amounts: [10, 12] },
      { name: '农林水支出', amounts: [undefined, 1] },
    ]);
    const table = multiYearTable(m);
    expect(tableCsv(table)).toBe(
      '\uFEFF支出功能分类,2022年度（万元）,2024年度（万元）\r\n教育支出,10,12\r\n农林水支出,,1\r\n合计（本站合计）,10,13\r\n',
    );
    expect(JSON.parse(tableJson(table)).rows[1]).toEqual({
      name: '农林水支出',
      '2022': null,
      '2024': 1,
    });
  });
});
describe('demoNotice', () => {
  it('names the demo departments, and is false when there are none', () => {
    expect(
      demoNotice([
        { org: { demo: true, shortName: '甲' } },
        { org: { demo: false, shortName: '乙' } },
      ]),
    ).toContain('（甲）');
    expect(demoNotice([{ org: { demo: false, shortName: '乙' } }])).toBe(false);
  });
});
