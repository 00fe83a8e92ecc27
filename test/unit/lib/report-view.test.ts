import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/lib/frontmatter.ts';
import {
  actualText,
  budgetSentence,
  expenditureRows,
  incomeRows,
  statusText,
  targetText,
  yearOnYear,
} from '../../../src/lib/report-view.ts';
import { indicatorSchema } from '../../../src/schemas/goals.ts';
import { type Report, reportSchema } from '../../../src/schemas/report.ts';

function load(file: string): Report {
  const parsed = parseMdx(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(file);
  return reportSchema.parse(parsed.source.data);
}
const seed = load('content/reports/wanzhou-kjj/2020.mdx');
const minimal = load('test/fixtures/minimal/reports/test-ju/2021.mdx');

describe('report view', () => {
  it('lists stated income sources with their Chinese labels, in the standard order', () => {
    expect(incomeRows(minimal)).toEqual([
      { label: '一般公共预算拨款', value: 78.19, path: 'income.sources.generalBudget' },
      { label: '政府性基金预算拨款', value: 31.17, path: 'income.sources.governmentFund' },
      { label: '事业收入', value: 8.32, path: 'income.sources.businessIncome' },
      { label: '其他收入', value: 5.24, path: 'income.sources.other' },
    ]);
  });

  it('gives each function class its share', () => {
    expect(expenditureRows(seed).map((r) => [r.label, r.share])).toEqual([
      ['科学技术支出', 76.6],
      ['社会保障和就业支出', 11.2],
      ['卫生健康支出', 6.9],
      ['住房保障支出', 5.3],
    ]);
  });

  it('derives last year from the stated change, with the split where stated', () => {
    expect(yearOnYear(seed)).toEqual({
      totals: [
        { label: '支出预算合计', previous: 4962.43, current: 4805.67, path: 'expenditure.total' },
      ],
      changes: [
        { label: '支出合计', value: -156.76, path: 'expenditure.change.amount' },
        { label: '基本支出', value: -145.76, path: 'expenditure.change.basic' },
        { label: '项目支出', value: -11, path: 'expenditure.change.project' },
      ],
      rate: -3.2,
    });
  });

  it('says nothing about last year when the report does not', () => {
    const { change: _e, ...expenditure } = seed.expenditure;
    const { change: _i, ...income } = seed.income;
    const bare = { ...seed, expenditure, income };
    expect(yearOnYear(bare)).toBeUndefined();
    expect(budgetSentence(bare)).toBe(
      '2020年年初支出预算 4,805.67 万元；报告未说明与上年相比的变化。',
    );
  });

  it('falls back to the income change when only income states one', () => {
    const { change: _e, ...expenditure } = seed.expenditure;
    expect(yearOnYear({ ...seed, expenditure })?.changes).toEqual([
      { label: '收入合计', value: -156.76, path: 'income.change.amount' },
    ]);
  });

  it('words the budget for a citizen', () => {
    expect(budgetSentence(seed)).toBe(
      '2020年年初支出预算 4,805.67 万元，比上年减少 156.76 万元（下降 3.2%）。',
    );
  });

  it('words targets, actuals and statuses', () => {
    const ind = (fields: object) =>
      indicatorSchema.parse({
        id: 'x',
        name: 'n',
        unit: '家',
        comparator: '>=',
        target: 380,
        ...fields,
      });
    expect(targetText(ind({}))).toBe('≥ 380 家');
    expect(targetText(ind({ comparator: 'range', target: [1, 2] }))).toBe('1–2 家');
    expect(targetText(ind({ comparator: '<=', target: 10, unit: '名' }))).toBe('≤ 10 名');
    expect(actualText(ind({}))).toBe('报告未说明');
    expect(actualText(ind({ actual: 60, estimated: true }))).toBe('预计 60 家');
    expect(statusText(ind({ actual: 60, estimated: true, target: 50 }))).toBe('已达成（预计）');
    expect(statusText(ind({ actual: 300 }))).toBe('未达成');
    expect(statusText(ind({}))).toBe('报告未说明完成值');
    expect(statusText(ind({ comparator: 'qualitative', target: '完成' }))).toBe(
      '定性目标，报告未说明完成情况',
    );
  });
});
