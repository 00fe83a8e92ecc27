import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import { compareReports, comparisonPairs, yearTable } from '../../../src/lib/compare.ts';
import { reportView } from '../../../src/lib/view/index.ts';

const demo = new Map(
  loadContent('test/fixtures/site')
    .reports.filter((r) => r.data.org === 'demo')
    .map((r) => [r.data.year, reportView(r.data, r.body)]),
);
const year = (y: number) => {
  const report = demo.get(y);
  if (!report) throw new Error(`no demo ${y}`);
  return report;
};

describe('compareReports', () => {
  it('puts two years in one unit, converting a year in 元 to 万元', () => {
    const cmp = compareReports(year(2019), year(2020));
    expect(cmp.unit).toBe('万元');
    expect(cmp.converted).toBe(true);
    expect(cmp.totals[1]).toEqual({ label: '支出预算合计', a: 1200, b: 1255, diff: 55, rate: 4.6 });
  });

  it('keeps the unit when both years agree', () => {
    const cmp = compareReports(year(2022), year(2023));
    expect(cmp.unit).toBe('万元');
    expect(cmp.converted).toBe(false);
    expect(cmp.classes[0]).toEqual({
      label: '一般公共服务支出',
      a: 905.1,
      b: 940.3,
      diff: 35.2,
      rate: 3.9,
    });
    expect(cmp.score).toEqual({ a: 86, b: 93.5, diff: 7.5 });
    expect(cmp.grade).toEqual({ a: '良', b: '优' });
  });

  it('pairs goals by id and keeps those present in one year only', () => {
    const cmp = compareReports(year(2020), year(2022));
    const ids = cmp.goals.map((g) => [g.id, g.a?.name ?? null, g.b?.name ?? null]);
    expect(ids).toEqual([
      ['cases-handled', '办理群众事项', '办理群众事项'],
      ['training-sessions', '培训场次', '专业技术培训场次'],
      ['disclosure', '预决算信息公开', '预决算信息公开'],
      ['online-services', null, '网上可办事项比例'],
    ]);
  });

  it('leaves differences empty where one year does not state a figure', () => {
    const a = year(2022);
    const r = year(2023).report;
    const b = reportView({ ...r, income: { ...r.income, sources: { generalBudget: 1300.8 } } });
    const other = compareReports(a, b).income.find((r) => r.label === '其他收入');
    expect(other).toEqual({
      label: '其他收入',
      a: 50,
      b: undefined,
      diff: undefined,
      rate: undefined,
    });
  });
});

describe('comparisonPairs', () => {
  it('pairs each year with the next and with the latest, earlier year first', () => {
    expect(comparisonPairs([2022, 2019, 2020, 2023])).toEqual([
      [2019, 2020],
      [2019, 2023],
      [2020, 2022],
      [2020, 2023],
      [2022, 2023],
    ]);
    expect(comparisonPairs([2020])).toEqual([]);
    expect(comparisonPairs([2020, 2021])).toEqual([[2020, 2021]]);
  });

  it('grows linearly: 40 years give 2n − 3 = 77 pages, not 780', () => {
    const years = Array.from({ length: 40 }, (_, i) => 1990 + i);
    expect(comparisonPairs(years)).toHaveLength(77);
  });
});

describe('yearTable', () => {
  it('lists every year oldest first, converting to 万元 when units differ', () => {
    const table = yearTable([...demo.values()]);
    expect(table.rows.map((r) => r.year)).toEqual([...demo.keys()].sort());
    expect(table.converted).toBe(true);
    expect(table.unit).toBe('万元');
    const row = (y: number) => table.rows.find((r) => r.year === y);
    expect(table.rows[0]?.expenditureChange).toBeUndefined();
    expect(row(2019)?.expenditureTotal).toBe(1200);
    // 2020 is published in 元 (12,550,000): converted, and its change against 2019 computed.
    expect(row(2020)?.expenditureChange).toBe(55);
  });
});
