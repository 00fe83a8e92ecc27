import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import { checkAndParseBody } from '../../../src/lib/body.ts';
import { cuesFor } from '../../../src/lib/disclosure-cues.ts';
import { bodyHeadings, parseReportBody } from '../../../src/lib/headings.ts';
import { checkReport, disclosureIssues } from '../../../src/lib/rules.ts';
import { formatIssue } from '../../../src/schemas/issues.ts';
import { reportSchema } from '../../../src/schemas/report.ts';
import { fixtureSource } from '../../helpers.ts';

type Data = Record<string, any>;
const FULL = 'test/fixtures/variants/reports/full-ju/2023.mdx';
const BARE = 'test/fixtures/variants/reports/bare-ju/2022.mdx';

/** Errors (not warnings) of the rules on the full-variants fixture after `change`, as printed. */
function errors(change: (data: Data) => void = () => {}, file = FULL): string[] {
  const source = fixtureSource(file);
  change(source.data);
  const report = reportSchema.parse(source.data);
  return checkReport(report, { file: 'r.mdx', body: source.body })
    .filter((i) => i.severity === undefined)
    .map(formatIssue);
}

describe('only identity is required', () => {
  it('accepts a report that states nothing but org, year and title', () => {
    const { data } = fixtureSource(BARE);
    expect(Object.keys(data)).toEqual(['org', 'year', 'title']);
    expect(errors(() => {}, BARE)).toEqual([]);
  });

  it('requires the unit as soon as the report gives an amount', () => {
    expect(
      errors((d) => {
        d.income = { total: 10 };
      }, BARE),
    ).toEqual([
      '✗ r.mdx\n  字段：unit（金额单位）\n  应为：金额单位（万元 或 元）：报告给出了金额（收入预算）\n  实为：（未填写）',
    ]);
  });

  it('accepts a score without a grade, a grade without a score, and staffing without 编制', () => {
    expect(
      errors((d) => {
        delete d.evaluation.grade;
        delete d.evaluation.indicators;
        d.staffing = [{ unit: '某局', active: 12 }];
      }),
    ).toEqual([]);
    expect(
      errors((d) => {
        delete d.evaluation.score;
      }),
    ).toEqual([]);
  });

  it('accepts the full fixture, which uses every optional block', () => {
    expect(errors()).toEqual([]);
  });
});

describe('budget rules', () => {
  it('checks 上年结转 + 年初预算 + 追加 = 全年预算', () => {
    expect(errors((d) => (d.expenditure.execution.supplement = 80))).toEqual([
      '✗ r.mdx\n  字段：expenditure.execution.adjusted（支出预算 › 预算执行 › 全年预算数）\n  应为：等于上年结转、年初预算与追加（调整）预算之和 1517.80（允许舍入误差 ±0.015）\n  实为：1520.00',
    ]);
  });

  it('checks a stated 执行率 against 全年执行数 ÷ 全年预算数, within rounding', () => {
    // 1483.5 ÷ 1520 = 97.599…%: printed as 97.60% (YAML keeps 97.6) it passes; 97.64% does not.
    expect(errors((d) => (d.expenditure.execution.ratePercent = 97.6))).toEqual([]);
    expect(errors((d) => (d.expenditure.execution.ratePercent = 97.64))).toEqual([
      '✗ r.mdx\n  字段：expenditure.execution.ratePercent（支出预算 › 预算执行 › 执行率）\n  应为：全年执行数 ÷ 全年预算数 = 97.6%（允许舍入误差 ±0.0056）\n  实为：97.64%',
    ]);
    expect(errors((d) => (d.expenditure.execution.ratePercent = 96.6))).toHaveLength(1);
  });

  it('measures the rate against 年初预算 where no 全年预算 is stated', () => {
    expect(
      errors((d) => {
        d.expenditure.execution = { initial: 871.28, actual: 850.37, ratePercent: 97.6 };
      }),
    ).toEqual([]);
  });

  it('checks the 基本支出/项目支出 shares the report prints', () => {
    expect(errors((d) => (d.expenditure.split.basicPercent = 66.34))).toEqual([
      '✗ r.mdx\n  字段：expenditure.split.basicPercent（支出预算 › 按支出性质 › 基本支出占比）\n  应为：与金额相符的占比 64.34%（允许舍入误差 ±0.0056）\n  实为：66.34%',
    ]);
  });

  it('lets named classes fall short of the total only when marked partial, never exceed it', () => {
    expect(errors((d) => delete d.expenditure.classesPartial)[0]).toContain(
      '若报告只列出部分功能分类，请填写 classesPartial: true',
    );
    expect(errors((d) => (d.expenditure.classes[0].amount = 1200))).toEqual([
      '✗ r.mdx\n  字段：expenditure.total（支出预算 › 支出预算合计）\n  应为：不小于已列明功能分类之和 1451.30\n  实为：1402.20',
    ]);
  });

  it('checks 三公经费 totals against their items, and 购置 + 运行 against 公务用车', () => {
    expect(errors((d) => (d.threePublic.reception.actual = 7.8))).toEqual([
      '✗ r.mdx\n  字段：threePublic.total.actual（三公经费 › 三公经费合计 › 决算数）\n  应为：等于三项决算数之和 25.16（允许舍入误差 ±0.015）\n  实为：24.16',
    ]);
    expect(errors((d) => (d.threePublic.vehicles.purchase.budget = 5))).toEqual([
      '✗ r.mdx\n  字段：threePublic.vehicles.budget（三公经费 › 公务用车购置及运行费 › 预算数）\n  应为：等于购置费与运行费预算数之和 25.00（允许舍入误差 ±0.01）\n  实为：20.00',
    ]);
  });
});

describe('staffing rules', () => {
  it('rejects stated totals that disagree with their parts', () => {
    expect(
      errors((d) => {
        d.staffing[0].authorized = 40;
        d.staffing[0].total = 50;
        d.staffing[0].retirees = 20;
      }),
    ).toEqual([
      '✗ r.mdx\n  字段：staffing[0].authorized（人员情况 › 第1项 › 编制数）\n  应为：等于各类编制之和 41\n  实为：40',
      '✗ r.mdx\n  字段：staffing[0].total（人员情况 › 第1项 › 实有人员合计）\n  应为：等于在职在编与其他各类人员之和 56\n  实为：50',
      '✗ r.mdx\n  字段：staffing[0].retirees（人员情况 › 第1项 › 离退休人员）\n  应为：等于离休与退休人员之和 19\n  实为：20',
    ]);
  });
});

describe('goal rules', () => {
  it('accepts a numeric target without a comparator, but not a target in words without one', () => {
    expect(
      errors((d) => {
        d.goals[1].indicators[1].target = '完成投资任务';
      }),
    ).toEqual([
      '✗ r.mdx\n  字段：goals[1].indicators[1].target（年度工作目标 › 第2项 › 绩效指标 › 第2项 › 目标值）\n  应为：数字；文字描述的目标请写 comparator: qualitative\n  实为："完成投资任务"',
    ]);
  });

  it('rejects a judgement (met) that contradicts the comparison', () => {
    expect(errors((d) => (d.goals[0].indicators[0].met = false))).toEqual([
      '✗ r.mdx\n  字段：goals[0].indicators[0].met（年度工作目标 › 第1项 › 绩效指标 › 第1项 › 报告判断是否完成）\n  应为：与目标和实际完成值的比较结果一致（已达成）\n  实为：false',
    ]);
    expect(errors((d) => (d.goals[1].indicators[1].met = true))).toEqual([]);
  });

  it('compares a growth target on growth and needs no unit for it', () => {
    expect(
      errors((d) => {
        delete d.goals[1].indicators[0].unit;
        d.goals[1].indicators[0].met = true;
      }),
    ).toEqual([]);
    expect(errors((d) => (d.goals[1].indicators[0].comparator = 'range'))).toHaveLength(2);
  });
});

describe('text warnings and 公开要素 information', () => {
  it('warns, with its line, about a heading that skips a level and a PDF space', () => {
    const source = fixtureSource(FULL);
    const report = reportSchema.parse(source.data);
    const lines = readFileSync(FULL, 'utf8').split('\n');
    const bodyLine = lines.indexOf('---', 1) + 2;
    const warnings = checkReport(report, { file: 'r.mdx', body: source.body, bodyLine })
      .filter((i) => i.severity === 'warning')
      .map((i) => [i.line, i.found]);
    expect(warnings).toEqual([
      [193, '“测试区的发展战 略研究工作，下”'],
      [235, '#### 1．三公经费'],
    ]);
  });

  it('reads the body as the loader parsed it, once, instead of parsing it again', () => {
    const source = fixtureSource(FULL);
    const report = reportSchema.parse(source.data);
    const context = { file: 'r.mdx', body: source.body, bodyLine: 1 };
    const { parsed } = checkAndParseBody(source.body);
    // The loader also reads the 公开要素 cues; the rest is what parseReportBody gives.
    const { cues, ...rest } = parsed;
    expect(rest).toEqual(parseReportBody(source.body));
    expect(cues).toEqual(cuesFor(parseReportBody(source.body)));
    expect(parsed.headings).toEqual(bodyHeadings(source.body));
    expect(checkReport(report, { ...context, parsed })).toEqual(checkReport(report, context));
    // What the rules read is what they were handed: a body handed over without its headings
    // discloses no section of the narrative.
    const handed = disclosureIssues(report, { ...context, parsed: { headings: [] } });
    expect(handed.length).toBeGreaterThan(disclosureIssues(report, context).length);
  });

  it('keeps each report body headings from the one parse of loadContent', () => {
    const { reports } = loadContent('test/fixtures/variants');
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) expect(r.headings).toEqual(bodyHeadings(r.body));
  });

  it('lists each item a report does not disclose as information, never as an error', () => {
    const source = fixtureSource(BARE);
    const report = reportSchema.parse(source.data);
    const infos = disclosureIssues(report, { file: 'r.mdx', body: source.body });
    expect(infos).toHaveLength(12);
    expect(infos.every((i) => i.severity === 'info')).toBe(true);
    const full = fixtureSource(FULL);
    expect(
      disclosureIssues(reportSchema.parse(full.data), { file: 'r.mdx', body: full.body }),
    ).toEqual([]);
  });
});
