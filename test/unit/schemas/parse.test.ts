import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/schemas/issues.ts';
import { orgSchema } from '../../../src/schemas/org.ts';
import { parseWithIssues } from '../../../src/schemas/parse.ts';
import { reportSchema } from '../../../src/schemas/report.ts';
import { fixtureSource } from '../../helpers.ts';

type Data = Record<string, any>;

function issues(change: (data: Data) => void): string[] {
  const { data } = fixtureSource();
  change(data);
  const result = parseWithIssues(reportSchema, data, 'r.mdx');
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('parseWithIssues', () => {
  it('accepts the fixture and applies defaults', () => {
    const result = parseWithIssues(reportSchema, fixtureSource().data, 'r.mdx');
    expect(result.ok && result.data.goals?.[0]?.indicators[0]?.estimated).toBe(false);
  });

  it('names a missing required field by path and Chinese label', () => {
    expect(issues((d) => delete d.title)).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：title（报告标题）
        应为：必填字段（文字）
        实为：（未填写）",
      ]
    `);
  });

  it('shows a wrong type with the value found', () => {
    expect(issues((d) => (d.income.total = '4805.67万元'))).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：income.total（收入预算 › 收入预算合计）
        应为：数字
        实为：“4805.67万元”（文字）",
      ]
    `);
  });

  it('suggests the known key for a misspelt one', () => {
    expect(issues((d) => (d.income.sources.generalBuget = 1))).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：income.sources.generalBuget（收入预算 › 收入来源 › generalBuget）
        应为：已知字段之一：generalBudget、governmentFund、stateCapital、businessIncome、operatingIncome、other（是否想写 generalBudget？）
        实为：未知字段“generalBuget”",
      ]
    `);
  });

  it.each([
    ['a negative amount', (d: Data) => (d.expenditure.classes[0].amount = -1)],
    ['three decimals', (d: Data) => (d.expenditure.classes[0].amount = 100.935)],
    ['a huge number', (d: Data) => (d.income.total = 1e15)],
    ['a fractional head count', (d: Data) => (d.staffing[0].active = 9.5)],
    ['a score above 100', (d: Data) => (d.evaluation.score = 101)],
    ['an unknown grade', (d: Data) => (d.evaluation.grade = '甲等')],
    ['an unknown unit', (d: Data) => (d.unit = '亿元')],
    ['an unknown comparator', (d: Data) => (d.goals[0].indicators[0].comparator = '≥')],
    ['a bad indicator id', (d: Data) => (d.goals[0].indicators[0].id = '办结案件')],
    ['a bad date', (d: Data) => (d.published = '2022年6月30日')],
    ['a year out of range', (d: Data) => (d.year = 21)],
    ['an empty title', (d: Data) => (d.title = '  ')],
    ['a target of the wrong shape', (d: Data) => (d.goals[0].indicators[0].target = { min: 1 })],
    ['no function classes', (d: Data) => (d.expenditure.classes = [])],
  ])('rejects %s', (_name, change) => {
    const found = issues(change);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^✗ r\.mdx\n {2}字段：.+\n {2}应为：.+\n {2}实为：.+$/);
  });

  it('words each kind of problem for an author', () => {
    expect(
      issues((d) => {
        d.expenditure.classes[0].amount = -1;
        d.evaluation.grade = '甲等';
        d.published = '2022年6月30日';
        d.goals[0].indicators[0].target = { min: 1 };
      }),
    ).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：published（发布日期）
        应为：YYYY-MM-DD 格式的日期，如 2021-06-30
        实为：“2022年6月30日”",
        "✗ r.mdx
        字段：expenditure.classes[0].amount（支出预算 › 功能分类 › 第1项 › 金额）
        应为：不小于 0
        实为：-1",
        "✗ r.mdx
        字段：goals[0].indicators[0].target（年度工作目标 › 第1项 › 绩效指标 › 第1项 › 目标值）
        应为：数字 或 列表 或 文字
        实为：对象",
        "✗ r.mdx
        字段：evaluation.grade（绩效自评 › 自评结论）
        应为：以下之一：优、良、中、差、优秀、良好、合格、基本合格、不合格
        实为：“甲等”",
      ]
    `);
  });

  it('keeps a YAML date as the YYYY-MM-DD text the one YAML parser reads', () => {
    const { data } = fixtureSource();
    expect(data['published']).toBe('2022-06-30');
    const result = parseWithIssues(reportSchema, data, 'r.mdx');
    expect(result.ok && result.data.published).toBe('2022-06-30');
  });

  it('validates departments with the same wrapper', () => {
    const result = parseWithIssues(
      orgSchema,
      { name: '某局', shortName: '某局', region: '某区', web: 'x' },
      'o.yaml',
    );
    expect(result.ok ? [] : result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "✗ o.yaml
        字段：web
        应为：已知字段之一：name、shortName、region、website、description、demo
        实为：未知字段“web”",
      ]
    `);
  });
});
