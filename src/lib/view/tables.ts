// The CSV tables of a report: only those it has figures for.
import { toCsv } from '../csv.ts';
import { DISCLOSURE_WORDS } from '../disclosure.ts';
import { finalAccountsView } from '../final-accounts.ts';
import type { CsvTable, ReportView } from './types.ts';

const TABLE_TITLES: Record<string, string> = {
  income: '收入预算',
  expenditure: '支出预算（功能分类）',
  execution: '预算执行',
  'three-public': '三公经费',
  staffing: '人员情况',
  goals: '绩效目标',
  tasks: '工作任务',
  indicators: '自评表',
  'final-accounts': '决算',
  organisation: '机构和人员合计',
  disclosure: '公开要素',
};

/** Chinese names of the CSV tables, for links and the 数据下载 page. */
export const TABLE_NAMES: Readonly<Record<string, string>> = TABLE_TITLES;

const cell = (v: number | undefined, digits?: number) =>
  v === undefined ? undefined : digits === undefined ? v : v.toFixed(digits);

/** The CSV tables of a report: only those it has figures for; a missing figure is an empty cell. */
export function csvTables(view: Omit<ReportView, 'csv' | 'searchText' | 'derived'>): CsvTable[] {
  const u = view.unit ?? '';
  const money = (v: number | undefined) => cell(v, 2);
  const tables: [string, string][] = [];
  const { income, expenditure, execution, threePublic, staffing, goals, evaluation } = view;
  if (income && (income.rows.length > 0 || income.total)) {
    tables.push([
      'income',
      toCsv(
        ['收入来源', `金额（${u}）`, '说明'],
        [
          ...income.rows.map((r) => [r.label, money(r.value), '']),
          ...(income.total
            ? [['合计', money(income.total.value), income.total.computed ? '本站合计' : '']]
            : []),
        ],
      ),
    ]);
  }
  if (expenditure && (expenditure.rows.length > 0 || expenditure.total)) {
    tables.push([
      'expenditure',
      toCsv(
        ['支出功能分类', `金额（${u}）`, '占比（%）', '说明'],
        [
          ...expenditure.rows.map((r) => [
            r.label,
            money(r.value),
            cell(r.share, 1),
            r.computed ? '本站计算：合计减去已列明分类' : '',
          ]),
          ...expenditure.split.map((r) => [
            r.label,
            money(r.value),
            cell(r.share, 2),
            '按支出性质',
          ]),
          ...(expenditure.total
            ? [
                [
                  '合计',
                  money(expenditure.total.value),
                  expenditure.rows.length > 0 ? '100.0' : undefined,
                  expenditure.total.computed ? '本站合计' : '',
                ],
              ]
            : []),
        ],
      ),
    ]);
  }
  if (execution) {
    tables.push([
      'execution',
      toCsv(
        ['项目', `金额（${u}）`, '执行率（%）'],
        [
          ...execution.rows.map((r) => [r.label, money(r.value), undefined]),
          ...(execution.statedRate !== undefined
            ? [['执行率（报告所述）', undefined, execution.statedRate]]
            : []),
          ...(execution.rate !== undefined
            ? [['执行率（本站计算）', undefined, execution.rate.toFixed(2)]]
            : []),
        ],
      ),
    ]);
  }
  if (threePublic) {
    tables.push([
      'three-public',
      toCsv(
        ['项目', `预算数（${u}）`, `决算数（${u}）`, `决算较预算增减（${u}）`],
        threePublic.map((r) => [r.label, money(r.budget), money(r.actual), money(r.diff)]),
      ),
    ]);
  }
  if (staffing) {
    tables.push([
      'staffing',
      toCsv(
        [
          '单位',
          '所含单位数',
          ...staffing.columns.map((c) => `${c.label}${c.key === 'vehicles' ? '' : '（人）'}`),
          '统计时点',
        ],
        [
          ...staffing.rows.map((r) => [
            r.unit,
            r.units,
            ...staffing.columns.map((c) => r.cells[c.key]),
            r.asOf,
          ]),
          // A stated total goes under the column it adds up; without one it is in organisation.csv.
          ...(view.report.staffingTotal?.of &&
          staffing.columns.some((c) => c.key === view.report.staffingTotal?.of)
            ? [
                [
                  `${view.report.staffingTotal.label}（报告所述）`,
                  undefined,
                  ...staffing.columns.map((c) =>
                    c.key === view.report.staffingTotal?.of
                      ? view.report.staffingTotal.count
                      : undefined,
                  ),
                  undefined,
                ],
              ]
            : []),
          ...(staffing.computedTotal
            ? [
                [
                  '本站合计',
                  undefined,
                  ...staffing.columns.map((c) => staffing.computedTotal?.[c.key]),
                  undefined,
                ],
              ]
            : []),
        ],
      ),
    ]);
  }
  const indicators = goals.areas.flatMap((a) => a.indicators.map((i) => ({ area: a.area, ...i })));
  if (indicators.length > 0) {
    tables.push([
      'goals',
      toCsv(
        [
          '目标领域',
          '指标标识',
          '指标名称',
          '计量单位',
          '比较方式',
          '比较对象',
          '目标值',
          '实际完成值',
          '同比增长（%）',
          '是否预计',
          '完成状态',
          '目标原文',
          '完成情况原文',
        ],
        indicators.map(({ area, indicator: i, statusText }) => [
          area,
          i.id,
          i.name,
          i.unit,
          i.comparator,
          i.basis === 'growth' ? '增长率' : undefined,
          Array.isArray(i.target) ? i.target.join('-') : i.target,
          i.actual,
          i.growthRate,
          i.estimated ? '是' : '否',
          statusText,
          i.targetQuote,
          i.quote,
        ]),
      ),
    ]);
  }
  const tasks = goals.areas.flatMap((a) => a.tasks.map((t) => [a.area, t.title, t.result]));
  if (tasks.length > 0) tables.push(['tasks', toCsv(['目标领域', '工作任务', '完成情况'], tasks)]);
  if (evaluation && evaluation.indicators.length > 0) {
    tables.push([
      'indicators',
      toCsv(
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '指标值',
          '实际完成值',
          '指标权重（分）',
          '指标得分（分）',
          '偏差原因',
        ],
        [
          ...evaluation.indicators.map((r) => [
            r.level1,
            r.level2,
            r.level3,
            r.target,
            r.actual,
            r.weight,
            r.score,
            r.note,
          ]),
          // A cut-off 自评表 says so in the file itself, not only on the page.
          ...(view.report.evaluation?.partial
            ? [['（自评表不完整：原文仅存以上指标，其余指标缺失，并非得分为零）']]
            : []),
        ],
      ),
    ]);
  }
  const final = finalAccountsView(view.report);
  if (final) {
    tables.push([
      'final-accounts',
      toCsv(
        ['类别', '项目', `金额（${u}）`, `较上年增减（${u}）`, '增减率（%）', '增减原因'],
        [
          ...final.rows.map((r) => [
            r.group,
            r.label,
            money(r.value),
            undefined,
            undefined,
            undefined,
          ]),
          ...final.changes.map((c) => [
            c.group,
            '较上年增减',
            undefined,
            money(c.change.amount),
            c.change.ratePercent,
            c.change.reason,
          ]),
        ],
      ),
    ]);
  }
  const { staffingTotal, organisation } = view.report;
  if (
    staffingTotal ||
    organisation?.divisions !== undefined ||
    organisation?.subordinateUnits !== undefined
  ) {
    tables.push([
      'organisation',
      toCsv(
        ['项目', '数量', '说明'],
        [
          ...(organisation?.divisions === undefined
            ? []
            : [['内设机构（个）', organisation.divisions, '']]),
          ...(organisation?.subordinateUnits === undefined
            ? []
            : [['下属单位（个）', organisation.subordinateUnits, '']]),
          ...(staffingTotal
            ? [[`${staffingTotal.label}（人）`, staffingTotal.count, '报告所述合计']]
            : []),
        ],
      ),
    ]);
  }
  tables.push([
    'disclosure',
    toCsv(
      ['公开要素', '是否说明', '依据', '判断'],
      view.disclosure.map((d) => [
        d.label,
        d.stated ? '是' : '否',
        d.source === 'data'
          ? '结构化数据'
          : d.source === 'text'
            ? '正文标题'
            : d.source === 'paragraph'
              ? '正文段落'
              : '',
        DISCLOSURE_WORDS[d.status],
      ]),
    ),
  ]);
  return tables.map(([name, csv]) => ({ name, title: TABLE_TITLES[name] ?? name, csv }));
}
