import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../../src/lib/frontmatter.ts';
import {
  actualText,
  budgetSentence,
  previousTotals,
  reportView,
  statusText,
  targetText,
} from '../../../../src/lib/view/index.ts';
import { indicatorSchema } from '../../../../src/schemas/goals.ts';
import { type Report, reportSchema } from '../../../../src/schemas/report.ts';

function load(file: string): Report {
  const parsed = parseMdx(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(file);
  return reportSchema.parse(parsed.source.data);
}
const incomeRows = (r: Report) => reportView(r).income?.rows;
const expenditureRows = (r: Report) => reportView(r).expenditure?.rows ?? [];
const yearOnYear = (r: Report) => reportView(r).yearOnYear;
const sentence = (r: Report) => budgetSentence(reportView(r));
const seed = load('test/fixtures/site/reports/wanzhou-kjj/2020.mdx');
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
      previous: {
        year: 2019,
        basis: 'expenditure',
        total: 4962.43,
        change: -156.76,
        changeRatePercent: -3.2,
      },
      reason: '主要是基本支出减少145.76万元，项目支出减少11万元',
      totals: [
        { label: '支出预算合计', previous: 4962.43, current: 4805.67, path: 'expenditure.total' },
      ],
      changes: [
        { label: '支出合计', value: -156.76, path: 'expenditure.change.amount' },
        { label: '基本支出', value: -145.76, path: 'expenditure.change.basic' },
        { label: '项目支出', value: -11, path: 'expenditure.change.project' },
      ],
    });
  });

  it('says nothing about last year when the report does not', () => {
    const { change: _e, ...expenditure } = seed.expenditure ?? {};
    const { change: _i, ...income } = seed.income ?? {};
    const bare = { ...seed, expenditure, income };
    expect(yearOnYear(bare)).toBeUndefined();
    expect(sentence(bare)).toBe('2020年年初支出预算 4,805.67 万元；报告未说明与上年相比的变化。');
  });

  it('falls back to the income change when only income states one', () => {
    const { change: _e, ...expenditure } = seed.expenditure ?? {};
    expect(yearOnYear({ ...seed, expenditure })?.changes).toEqual([
      { label: '收入合计', value: -156.76, path: 'income.change.amount' },
    ]);
  });

  it('words the budget for a citizen', () => {
    expect(sentence(seed)).toBe(
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

const full = load('test/fixtures/variants/reports/full-ju/2023.mdx');
const bare = load('test/fixtures/variants/reports/bare-ju/2022.mdx');
const fullBody = readFileSync('test/fixtures/variants/reports/full-ju/2023.mdx', 'utf8')
  .split('\n---\n')
  .slice(1)
  .join('\n---\n');

describe('view of a report that states only its identity', () => {
  const view = reportView(bare, '只有标题。');

  it('has no block, no table but 公开要素, and words for each missing item', () => {
    expect([
      view.income,
      view.expenditure,
      view.execution,
      view.threePublic,
      view.staffing,
    ]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(view.csv.map((t) => t.name)).toEqual(['disclosure']);
    expect(view.goals.headline).toBeUndefined();
    expect(view.goals.sentence).toBe('报告未说明绩效目标。');
    expect(budgetSentence(view)).toBe('报告未说明年初支出预算总额。');
    expect(view.disclosure.every((d) => !d.stated)).toBe(true);
    // Nothing stated, nothing published: no empty list, no summary of zeros.
    expect(view.derived.expenditureShares).toBeUndefined();
    expect(view.derived.goals).toBeUndefined();
    expect(view.derived.goalSummary).toBeUndefined();
    expect(view.derived.previousYear).toBeUndefined();
  });
});

describe('view of a report that uses every optional block', () => {
  const view = reportView(full, fullBody);

  it('adds a computed, labelled remainder where named classes do not cover the total', () => {
    expect(
      view.expenditure?.rows.map((r) => [r.label, r.value, r.share, r.computed ?? false]),
    ).toEqual([
      ['一般公共服务支出', 968.4, 69.1, false],
      ['社会保障和就业支出', 251.3, 17.9, false],
      ['其他（报告未列明）', 182.5, 13, true],
    ]);
    expect(view.expenditure?.split.map((r) => [r.label, r.share])).toEqual([
      ['基本支出', 64.34],
      ['项目支出', 35.66],
    ]);
  });

  it('lists the budget steps stated, the computed and the stated rate', () => {
    expect(view.execution).toEqual({
      rows: [
        { label: '上年结转', value: 35.6, path: 'expenditure.execution.carryover' },
        { label: '年初预算数', value: 1402.2, path: 'expenditure.execution.initial' },
        { label: '追加（调整）预算', value: 82.2, path: 'expenditure.execution.supplement' },
        { label: '全年预算数', value: 1520, path: 'expenditure.execution.adjusted' },
        { label: '全年执行数', value: 1483.5, path: 'expenditure.execution.actual' },
      ],
      rate: 97.6,
      statedRate: 97.6,
      baseLabel: '全年预算数',
      comparable: true,
    });
  });

  it('shows 三公经费 budget, actual and their difference, with 购置 and 运行 apart', () => {
    expect(view.threePublic?.map((r) => [r.label, r.sub, r.budget, r.actual, r.diff])).toEqual([
      ['因公出国（境）费', false, 0, 0, 0],
      ['公务用车购置及运行费', false, 20, 17.36, -2.64],
      ['公务用车购置费', true, 0, 0, 0],
      ['公务用车运行维护费', true, 20, 17.36, -2.64],
      ['公务接待费', false, 8.5, 6.8, -1.7],
      ['三公经费合计', false, 28.5, 24.16, -4.34],
    ]);
  });

  it('keeps stated staffing totals apart and adds no 本站合计 for a single row', () => {
    expect(view.staffing?.columns.map((c) => c.label)).toEqual([
      '编制数',
      '行政编制',
      '参公事业编制',
      '事业编制',
      '工勤编制',
      '在职在编人员',
      '协管员',
      '临聘人员',
      '实有人员（报告合计）',
      '离退休人员',
      '离休人员',
      '退休人员',
      '公务用车（辆）',
    ]);
    expect(view.staffing?.rows[0]?.units).toBe(3);
    expect(view.staffing?.computedTotal).toBeUndefined();
  });

  it('sums only columns every unit states, as 本站合计', () => {
    const rows = reportView(seed).staffing;
    expect(rows?.computedTotal).toEqual({ authorized: 53, active: 46, retired: 81 });
  });

  it('counts goals the report does not state or judge beside those met', () => {
    expect(view.goals.headline).toBe('3 项达成 · 1 项未说明完成值 · 1 项报告未判断');
    expect(view.goals.sentence).toBe(
      '5 项定量目标：3 项达到目标，1 项报告给出完成值但未判断是否达成，1 项报告未说明完成值；2 项工作任务（1 项报告未说明完成情况）。',
    );
    const seedView = reportView(seed);
    expect(seedView.goals.headline).toBe('5 项达成 · 7 项未说明完成值');
  });

  it('words growth targets and targets without a comparator', () => {
    const [growth, bareTarget] = view.goals.areas[1]?.indicators ?? [];
    expect([growth?.targetText, growth?.actualText, growth?.status]).toEqual([
      '增长 ≥ 6%',
      '38.2 亿元（增长 7.1%）',
      'met',
    ]);
    expect([bareTarget?.targetText, bareTarget?.status, bareTarget?.statusText]).toEqual([
      '12 亿元',
      'not-judged',
      '报告未判断是否达成',
    ]);
  });

  it('finds every 公开要素, from data or a heading', () => {
    expect(view.disclosure.map((d) => [d.key, d.stated, d.source])).toEqual([
      ['functions', true, 'text'],
      ['organisation', true, 'data'],
      ['income', true, 'data'],
      ['expenditure', true, 'data'],
      ['change', true, 'data'],
      ['execution', true, 'data'],
      ['threePublic', true, 'data'],
      ['goals', true, 'data'],
      ['indicators', true, 'data'],
      ['evaluation', true, 'data'],
      ['problems', true, 'data'],
      ['measures', true, 'data'],
    ]);
    expect(view.disclosure[0]?.anchor).toBe('s1-1');
  });

  it('does not count a measure that mentions 三公 as disclosing 三公经费', () => {
    const body =
      readFileSync('test/fixtures/site/reports/wanzhou-kjj/2020.mdx', 'utf8').split('\n---\n')[1] ??
      '';
    const d = reportView(seed, body).disclosure;
    expect(d.filter((x) => !x.stated).map((x) => x.key)).toEqual(['threePublic']);
    expect(d.find((x) => x.key === 'execution')).toMatchObject({ source: 'text', anchor: 's1-4' });
  });

  it('never writes a placeholder into the CSV or the search text', () => {
    for (const v of [view, reportView(bare), reportView(seed)]) {
      const text = [...v.csv.map((t) => t.csv), ...v.searchText.map((s) => s.text)].join('\n');
      expect(text).not.toMatch(/undefined|NaN|null|。。|0 项/);
    }
  });
});

describe('公开要素 from headings', () => {
  it('accepts half-width and full-width numbering alike', () => {
    const keys = (body: string) =>
      reportView(bare, body)
        .disclosure.filter((d) => d.stated)
        .map((d) => [d.key, d.anchor]);
    expect(
      keys('## 一、概况\n\n### (一)主要职能\n\n### （二）预算执行情况\n\n### 3. 三公经费\n'),
    ).toEqual([
      ['functions', 's1-1'],
      ['execution', 's1-2'],
      ['threePublic', 's1-3'],
    ]);
    expect(keys('## 一、概况\n\n#### 1．存在的问题\n\n#### 2.改进措施\n')).toEqual([
      ['problems', 's1-1'],
      ['measures', 's1-2'],
    ]);
  });
});

describe('previousTotals', () => {
  const report = (year: number, unit: '万元' | '元', total: number, change?: number) =>
    reportSchema.parse({
      org: 'x',
      year,
      title: 't',
      unit,
      expenditure: { total, ...(change === undefined ? {} : { change: { amount: change } }) },
    });
  it('takes the previous year’s own report over the figure derived from this year’s change, and says where they disagree', () => {
    const current = reportView(report(2020, '元', 77686000.5, 16890999.5));
    const derivedOnly = previousTotals(current, undefined);
    expect(derivedOnly).toEqual([
      {
        label: '支出预算合计',
        value: 60795001,
        source: 'derived',
        derived: 60795001,
        disagrees: false,
      },
    ]);
    const own = previousTotals(current, reportView(report(2019, '元', 60795000)));
    expect(own[0]).toMatchObject({
      value: 60795000,
      source: 'report',
      derived: 60795001,
      disagrees: true,
    });
    // The previous year in 万元 is converted to this report's unit; equal figures agree.
    const agreeing = reportView(report(2020, '元', 77686000.5, 16891000.5));
    const wan = previousTotals(agreeing, reportView(report(2019, '万元', 6079.5)));
    expect(wan[0]).toMatchObject({ value: 60795000, source: 'report', disagrees: false });
    // Another year is not the previous year.
    expect(previousTotals(current, reportView(report(2018, '元', 1)))[0]?.source).toBe('derived');
  });
});
