import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import {
  type DepartmentViews,
  demoNotice,
  multiYear,
  multiYearTable,
  overviewTables,
  overviewYears,
  tableCsv,
  tableJson,
  yearOverview,
} from '../../../src/lib/overview.ts';
import { reportView } from '../../../src/lib/view/index.ts';
import type { Report } from '../../../src/schemas/report.ts';

const { orgs, reports } = loadContent('test/fixtures/site');
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
  org: { shortName: id, demo: false },
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

  it('sums of the demo site equal the sums of the frontmatter, every year', () => {
    for (const year of overviewYears(departments)) {
      const o = yearOverview(departments, year);
      const these = reports.filter((r) => r.data.year === year).map((r) => r.data);
      const wan = (r: Report, v: number) => (r.unit === '元' ? v / 10000 : v);
      const expected = these.reduce((s, r) => s + wan(r, r.expenditure?.total ?? 0), 0);
      expect(o.total).toBeCloseTo(expected, 6);
      expect(o.classes.reduce((s, c) => s + c.amount, 0)).toBeCloseTo(expected, 6);
      expect(o.departments).toHaveLength(these.length);
      expect(o.departments.length + o.missing.length).toBe(departments.length);
    }
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

  it('publishes one table for all years and three per year', () => {
    const tables = overviewTables(departments);
    expect(tables.filter((t) => t.year === 'all').map((t) => t.table.id)).toEqual(['classes']);
    expect(tables.filter((t) => t.year === 2023).map((t) => t.table.id)).toEqual([
      'classes',
      'departments',
      'goals',
    ]);
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
