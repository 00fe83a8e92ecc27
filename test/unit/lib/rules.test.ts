import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/lib/rules.ts';
import { formatIssue } from '../../../src/schemas/issues.ts';
import { reportSchema } from '../../../src/schemas/report.ts';
import { fixtureSource } from '../../helpers.ts';

type Data = Record<string, any>;

/** Runs the semantic rules on the minimal fixture after `change`, returning the printed issues. */
function check(change: (data: Data) => void = () => {}, body?: string): string[] {
  const source = fixtureSource();
  change(source.data);
  const report = reportSchema.parse(source.data);
  return checkReport(report, { file: 'r.mdx', body: body ?? source.body }).map(formatIssue);
}

describe('checkReport', () => {
  it('accepts the fixture, whose income parts are one cent short of the total', () => {
    expect(check()).toEqual([]);
  });

  it('rejects income sources that do not add up', () => {
    expect(check((d) => (d.income.total = 123.93))).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：income.total（收入预算 › 收入预算合计）
        应为：等于各收入来源之和 122.92（允许舍入误差 ±0.02）
        实为：123.93",
      ]
    `);
  });

  it('rejects function classes that do not add up, naming expected sum and found total', () => {
    expect(check((d) => (d.expenditure.classes[0].amount = 101.93))).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：expenditure.total（支出预算 › 支出预算合计）
        应为：等于各功能分类之和 123.93（允许舍入误差 ±0.01）
        实为：122.93",
      ]
    `);
  });

  it('rejects a 基本支出/项目支出 split that does not add up', () => {
    expect(
      check((d) => (d.expenditure.split = { basic: 100, project: 20 })),
    ).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：expenditure.total（支出预算 › 支出预算合计）
        应为：等于基本支出与项目支出之和 120.00（允许舍入误差 ±0.01）
        实为：122.93",
      ]
    `);
    expect(check((d) => (d.expenditure.split = { basic: 100.93, project: 22 }))).toEqual([]);
  });

  it('rejects a change whose split does not add up', () => {
    expect(check((d) => (d.expenditure.change.project = 5))).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：expenditure.change.amount（支出预算 › 较上年变化 › 较上年增减）
        应为：等于基本支出与项目支出增减之和 15.00（允许舍入误差 ±0.01）
        实为：12.50",
      ]
    `);
  });

  it('rejects a function class listed twice', () => {
    expect(
      check((d) => {
        d.expenditure.classes[1].name = '一般公共服务支出';
      }),
    ).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：expenditure.classes[1].name（支出预算 › 功能分类 › 第2项 › 支出功能分类）
        应为：不重复的分类名称（已在第1项出现）
        实为：“一般公共服务支出”",
      ]
    `);
  });

  it.each([
    [97, '优', true],
    [90, '优', true],
    [89, '优', false],
    [85, '良', true],
    [79, '良', false],
    [60, '中', true],
    [59, '中', false],
    [30, '差', true],
  ])('score %s with grade %s: accepted %s', (score, grade, ok) => {
    const issues = check((d) => {
      d.evaluation = { score, grade };
    });
    expect(issues.length === 0).toBe(ok);
  });

  it('names the grade the score earns', () => {
    expect(check((d) => (d.evaluation = { score: 85, grade: '优' }))).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：evaluation.grade（绩效自评 › 自评结论）
        应为：与自评分值 85 分相符的等级“良”（80–89 分）
        实为：“优”（90–100 分）",
      ]
    `);
  });

  it('rejects an indicator scored above its weight, weights not adding to 100, and scores not adding to the total', () => {
    expect(
      check((d) => {
        d.evaluation.indicators[0].score = 41;
        d.evaluation.indicators[1].weight = 50;
      }),
    ).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：evaluation.indicators[0].score（绩效自评 › 自评表 › 第1项 › 指标得分）
        应为：不超过指标权重 40
        实为：41",
        "✗ r.mdx
        字段：evaluation.indicators[1].score（绩效自评 › 自评表 › 第2项 › 指标得分）
        应为：不超过指标权重 50
        实为：54.5",
        "✗ r.mdx
        字段：evaluation.indicators（绩效自评 › 自评表）
        应为：各指标权重之和为 100
        实为：权重之和 90",
        "✗ r.mdx
        字段：evaluation.score（绩效自评 › 自评分值）
        应为：等于各指标得分之和 95.5（允许舍入误差 ±0.1）
        实为：92.5",
      ]
    `);
  });

  it('requires numeric targets for numeric comparators, ranges for range, words for qualitative', () => {
    expect(
      check((d) => {
        const [a, b, c] = d.goals[0].indicators;
        a.target = '一百件';
        b.comparator = 'range';
        b.target = [5, 2];
        c.target = 3;
      }),
    ).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：goals[0].indicators[0].target（年度工作目标 › 第1项 › 绩效指标 › 第1项 › 目标值）
        应为：数字（比较方式为“>=”）
        实为："一百件"",
        "✗ r.mdx
        字段：goals[0].indicators[1].target（年度工作目标 › 第1项 › 绩效指标 › 第2项 › 目标值）
        应为：最小值不大于最大值
        实为：[5,2]",
        "✗ r.mdx
        字段：goals[0].indicators[2].target（年度工作目标 › 第1项 › 绩效指标 › 第3项 › 目标值）
        应为：文字描述（比较方式为 qualitative）
        实为：3",
      ]
    `);
  });

  it('rejects a words actual on a quantitative goal and an estimate without actual, but keeps a goal without its unit', () => {
    expect(
      check((d) => {
        const [a, b] = d.goals[0].indicators;
        a.actual = '基本完成';
        delete a.unit;
        b.estimated = true;
      }),
    ).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：goals[0].indicators[0].actual（年度工作目标 › 第1项 › 绩效指标 › 第1项 › 实际完成值）
        应为：数字（定量指标）；报告未说明时不填
        实为：“基本完成”",
        "✗ r.mdx
        字段：goals[0].indicators[1].estimated（年度工作目标 › 第1项 › 绩效指标 › 第2项 › 预计值）
        应为：仅在填写了实际完成值时标为预计
        实为：true",
      ]
    `);
  });

  it('rejects indicator ids used twice in one report', () => {
    expect(check((d) => (d.goals[0].indicators[1].id = 'cases-closed'))).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：goals[0].indicators[1].id（年度工作目标 › 第1项 › 绩效指标 › 第2项 › 指标标识）
        应为：在本报告中唯一的标识（已用于 goals[0].indicators[0]）
        实为：“cases-closed”",
      ]
    `);
  });

  it('requires each problem and measure to be a heading of the narrative', () => {
    expect(check((d) => (d.problems[0].title = '预算执行偏慢'))).toMatchInlineSnapshot(`
      [
        "✗ r.mdx
        字段：problems[0].title（存在的问题 › 第1项 › 标题）
        应为：与正文中的小标题一致的文字
        实为：“预算执行偏慢”（正文中未找到）",
      ]
    `);
  });
});
