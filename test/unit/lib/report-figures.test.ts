// The report's own figures: 决算 with its changes, a stated staffing total, a partial 自评表 and
// printed grades, each accepted as printed and checked where the report gives enough to check.
import { describe, expect, it } from 'vitest';
import { finalAccountsView } from '../../../src/lib/final-accounts.ts';
import { bandText, gradeBand, gradeFitsScore } from '../../../src/lib/grade.ts';
import { publicationRows } from '../../../src/lib/publication.ts';
import { checkReport } from '../../../src/lib/rules.ts';
import { reportView, targetText } from '../../../src/lib/view/index.ts';
import { errorsOf } from '../../../src/schemas/issues.ts';
import { type Report, reportSchema } from '../../../src/schemas/report.ts';

const base = { org: 'x', year: 2022, title: '某部门2022年度部门整体支出绩效自评报告' };
const report = (extra: Record<string, unknown>): Report =>
  reportSchema.parse({ ...base, ...extra });
const errors = (extra: Record<string, unknown>) =>
  errorsOf(checkReport(report(extra), { file: 'r.mdx', body: '' })).map((i) => [i.path, i.found]);

// 决算收入 792.22万元，较上年增加189.25万元，增长31.39%; 财政拨款增加209.28万元 (35.9%),
// as a 政协 report of issue 26 prints them; 792.22 − 189.25 = 602.97, 189.25 / 602.97 = 31.386%.
const final = {
  unit: '万元',
  finalAccounts: {
    income: { total: 792.22, change: { amount: 189.25, ratePercent: 31.39 } },
    expenditure: {
      total: 780.5,
      basic: 600.3,
      project: 180.2,
      personnel: 500.1,
      publicUse: 100.2,
      projects: [
        { name: '政协全会经费', amount: 80 },
        { name: '委员履职经费', amount: 60.5 },
      ],
    },
  },
};

describe('决算', () => {
  it('accepts figures that add up and a rate that matches its amount', () => {
    expect(errors(final)).toEqual([]);
  });

  it('flags a rate that does not match the change, and parts that do not add up', () => {
    const wrong = structuredClone(final);
    wrong.finalAccounts.income.change.ratePercent = 30.5;
    wrong.finalAccounts.expenditure.publicUse = 110.2;
    expect(errors(wrong)).toEqual([
      ['finalAccounts.expenditure.basic', '600.30'],
      ['finalAccounts.income.change.ratePercent', '30.5%'],
    ]);
  });

  it('flags listed projects that exceed 项目支出, and asks for the unit', () => {
    const wrong = structuredClone(final) as Record<string, any>;
    wrong.finalAccounts.expenditure.projects[0].amount = 150;
    delete wrong.unit;
    expect(errors(wrong).map(([path]) => path)).toEqual([
      'unit',
      'finalAccounts.expenditure.projects',
    ]);
  });

  it('gives the page and the CSV each stated figure with its path, and nothing else', () => {
    const view = finalAccountsView(report(final));
    expect(view?.rows.map((r) => [r.label, r.value, r.path])).toEqual([
      ['收入决算合计', 792.22, 'finalAccounts.income.total'],
      ['支出决算合计', 780.5, 'finalAccounts.expenditure.total'],
      ['基本支出', 600.3, 'finalAccounts.expenditure.basic'],
      ['其中：人员经费', 500.1, 'finalAccounts.expenditure.personnel'],
      ['其中：公用经费', 100.2, 'finalAccounts.expenditure.publicUse'],
      ['项目支出', 180.2, 'finalAccounts.expenditure.project'],
      ['政协全会经费', 80, 'finalAccounts.expenditure.projects[0].amount'],
      ['委员履职经费', 60.5, 'finalAccounts.expenditure.projects[1].amount'],
    ]);
    const csv = reportView(report(final)).csv.find((t) => t.name === 'final-accounts')?.csv;
    expect(csv).toContain('收入决算,较上年增减,,189.25,31.39,');
    expect(csv).toContain('项目支出明细,委员履职经费,60.50');
  });

  it('counts toward 收入, 支出, 增减 and 执行 in the 公开要素', () => {
    const d = reportView(report(final), '').disclosure;
    const by = Object.fromEntries(d.map((i) => [i.key, i.source]));
    expect([by['income'], by['expenditure'], by['change'], by['execution']]).toEqual([
      'data',
      'data',
      'data',
      'data',
    ]);
  });
});

describe('a stated staffing total and organisation counts', () => {
  const rows = [
    { unit: '局本级', total: 187 },
    { unit: '环卫处', total: 1707 },
  ];
  it('is kept as printed and checked against the rows it adds up', () => {
    expect(
      errors({
        staffing: rows,
        staffingTotal: { label: '现有人员合计', count: 1894, of: 'total' },
      }),
    ).toEqual([]);
    expect(
      errors({
        staffing: rows,
        staffingTotal: { label: '现有人员合计', count: 1900, of: 'total' },
      }),
    ).toEqual([['staffingTotal.count', '1900']]);
    // Without the column it adds up, or with a row that lacks it, it is shown but not checked.
    expect(errors({ staffing: rows, staffingTotal: { label: '现有人员', count: 1900 } })).toEqual(
      [],
    );
  });

  it('puts the stated total under its column in the staffing CSV', () => {
    const view = reportView(
      report({
        staffing: rows,
        staffingTotal: { label: '现有人员合计', count: 1894, of: 'total' },
      }),
    );
    const csv = view.csv.find((t) => t.name === 'staffing')?.csv ?? '';
    expect(csv.split('\r\n').slice(1, 4)).toEqual([
      '局本级,,187,',
      '环卫处,,1707,',
      '现有人员合计（报告所述）,,1894,',
    ]);
  });

  it('states 机构和人员 on its own, in the CSV too', () => {
    const r = report({
      staffingTotal: { label: '现有编制人员', count: 205 },
      organisation: { divisions: 17 },
    });
    const view = reportView(r, '');
    expect(view.disclosure.find((d) => d.key === 'organisation')?.source).toBe('data');
    expect(view.csv.find((t) => t.name === 'organisation')?.csv).toBe(
      '\ufeff项目,数量,说明\r\n内设机构（个）,17,\r\n现有编制人员（人）,205,报告所述合计\r\n',
    );
  });
});

describe('a partial 自评表', () => {
  const row = { level1: '年度预算申请', level3: '年度资金总额', weight: 10, score: 10 };
  it('needs no weights reaching 100, but never more than 100', () => {
    expect(errors({ evaluation: { indicators: [row] } })).toEqual([
      ['evaluation.indicators', '权重之和 10'],
    ]);
    expect(errors({ evaluation: { partial: true, indicators: [row] } })).toEqual([]);
    const csv = reportView(report({ evaluation: { partial: true, indicators: [row] } })).csv.find(
      (t) => t.name === 'indicators',
    )?.csv;
    expect(csv).toContain('（自评表不完整：原文仅存以上指标，其余指标缺失，并非得分为零）');
    expect(
      errors({ evaluation: { partial: true, indicators: [{ ...row, weight: 101, score: 10 }] } }),
    ).toEqual([['evaluation.indicators', '权重之和 101']]);
  });
});

describe('grades as printed', () => {
  it.each([
    ['优', '优'],
    ['优秀', '优'],
    ['良', '良'],
    ['良好', '良'],
    ['中', '中'],
    ['合格', '中'],
    ['基本合格', '中'],
    ['差', '差'],
    ['不合格', '差'],
  ] as const)('%s is in the band %s', (printed, band) => {
    expect(reportSchema.safeParse({ ...base, evaluation: { grade: printed } }).success).toBe(true);
    expect(gradeBand(printed)).toBe(band);
  });

  it('is checked against the score by band, and keeps its words on the page', () => {
    expect(gradeFitsScore('优秀', 95)).toBe(true);
    expect(gradeFitsScore('良好', 95)).toBe(false);
    expect(bandText('良好')).toBe('80–89 分');
    expect(errors({ evaluation: { score: 95, grade: '优秀' } })).toEqual([]);
    expect(errors({ evaluation: { score: 85, grade: '优秀' } })).toEqual([
      ['evaluation.grade', '“优秀”（90–100 分）'],
    ]);
    expect(reportView(report({ evaluation: { score: 95, grade: '优秀' } })).evaluation?.grade).toBe(
      '优秀',
    );
  });
});

describe('a quantitative indicator without its unit', () => {
  it('is accepted and shown with 报告未说明计量单位', () => {
    const goals = [
      {
        area: '服务',
        indicators: [{ id: 'a', name: '新增服务网点', comparator: '>=', target: 0.3 }],
      },
    ];
    expect(errors({ goals })).toEqual([]);
    expect(targetText(report({ goals }).goals?.[0]?.indicators[0] as never)).toBe(
      '≥ 0.3（报告未说明计量单位）',
    );
  });
});

describe('政务公开 catalogue fields', () => {
  it('are shown after 时效性, each only where given', () => {
    const r = report({
      published: '2023-10-31',
      publication: {
        index: '000014348/2023-02370',
        validity: '有效',
        source: '开远市财政局',
        subject: '财政、审计',
        genre: '报告',
        scope: '面向全社会',
        mode: '主动公开',
      },
    });
    expect(publicationRows(r).map((row) => `${row.label}:${row.value}`)).toEqual([
      '索引号:000014348/2023-02370',
      '发布日期:2023-10-31',
      '时效性:有效',
      '信息来源:开远市财政局',
      '主题分类:财政、审计',
      '体裁分类:报告',
      '公开范围:面向全社会',
      '公开方式:主动公开',
    ]);
  });
});
