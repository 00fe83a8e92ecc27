import type { ReportData } from '../schemas/data.ts';
import type { Department } from '../schemas/org.ts';
import type { Report } from '../schemas/report.ts';
import { changeRate, executionRate, previousAmount, shares } from './budget.ts';
import { toCsv } from './csv.ts';
import { achievementRatio, goalStatus, summarizeGoals } from './goals.ts';
import { incomeRows, statusText } from './report-view.ts';
import { routes } from './routes.ts';

/** The names of the CSV tables a report publishes; the 自评表 only where the report has one. */
export function csvTableNames(report: Report): string[] {
  const names = ['income', 'expenditure', 'staffing', 'goals'];
  return report.evaluation.indicators ? [...names, 'indicators'] : names;
}

/** The CSV tables a report publishes (named as `csvTableNames` says). */
export function csvTables(report: Report): Record<string, string> {
  const u = report.unit;
  const money = (v: number) => v.toFixed(2);
  const tables: Record<string, string> = {
    income: toCsv(
      ['收入来源', `金额（${u}）`],
      [
        ...incomeRows(report).map((r) => [r.label, money(r.value)]),
        ['合计', money(report.income.total)],
      ],
    ),
    expenditure: toCsv(
      ['支出功能分类', `金额（${u}）`, '占比（%）'],
      [
        ...report.expenditure.classes.map((c, i) => [
          c.name,
          money(c.amount),
          shares(
            report.expenditure.classes.map((x) => x.amount),
            report.expenditure.total,
          )[i]?.toFixed(1),
        ]),
        ['合计', money(report.expenditure.total), '100.0'],
      ],
    ),
    staffing: toCsv(
      ['单位', '编制数（人）', '在职在编人员（人）', '退休人员（人）', '统计时点'],
      report.staffing.map((s) => [s.unit, s.authorized, s.active, s.retired, s.asOf]),
    ),
    goals: toCsv(
      [
        '目标领域',
        '指标标识',
        '指标名称',
        '计量单位',
        '比较方式',
        '目标值',
        '实际完成值',
        '是否预计',
        '完成状态',
        '完成情况原文',
      ],
      report.goals.flatMap((area) =>
        area.indicators.map((i) => [
          area.area,
          i.id,
          i.name,
          i.unit,
          i.comparator,
          Array.isArray(i.target) ? i.target.join('-') : i.target,
          i.actual ?? '报告未说明',
          i.estimated ? '是' : '否',
          statusText(i),
          i.quote,
        ]),
      ),
    ),
  };
  const rows = report.evaluation.indicators;
  if (rows) {
    tables['indicators'] = toCsv(
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
      rows.map((r) => [
        r.level1,
        r.level2,
        r.level3,
        r.target,
        r.actual,
        r.weight,
        r.score,
        r.note,
      ]),
    );
  }
  return tables;
}

/** Chinese names of the CSV tables, for links and the 数据下载 page. */
export const TABLE_NAMES: Record<string, string> = {
  income: '收入预算',
  expenditure: '支出预算（功能分类）',
  staffing: '人员情况',
  goals: '绩效目标',
  indicators: '自评表',
};

export function dataPath(org: string, year: number, table?: string): string {
  return table ? routes.reportCsv(org, year, table) : routes.reportJson(org, year);
}

/** A report as published in `/data/<org>/<year>.json`. */
export function reportData(department: Department, report: Report): ReportData {
  const { expenditure } = report;
  const change = expenditure.change ?? report.income.change;
  const total = expenditure.change ? expenditure.total : report.income.total;
  const partShares = shares(
    expenditure.classes.map((c) => c.amount),
    expenditure.total,
  );
  const rate = change ? changeRate(total, change.amount) : undefined;
  const execution = expenditure.execution ? executionRate(expenditure.execution) : undefined;
  return {
    department: { id: department.id, ...department.org },
    report,
    derived: {
      expenditureShares: expenditure.classes.map((c, i) => ({
        name: c.name,
        amount: c.amount,
        sharePercent: partShares[i] ?? 0,
      })),
      ...(change ? { previousTotal: previousAmount(total, change.amount) } : {}),
      ...(rate === undefined ? {} : { changeRatePercent: rate }),
      ...(execution === undefined ? {} : { executionRatePercent: execution }),
      goals: report.goals.flatMap((area) =>
        area.indicators.map((i) => {
          const ratio = achievementRatio(i);
          return {
            id: i.id,
            status: goalStatus(i),
            estimated: i.estimated,
            ...(ratio === undefined ? {} : { achievementRatio: ratio }),
          };
        }),
      ),
      goalSummary: summarizeGoals(report.goals),
    },
    links: {
      page: routes.report(report.org, report.year),
      csv: Object.fromEntries(
        csvTableNames(report).map((t) => [t, dataPath(report.org, report.year, t)]),
      ),
    },
  };
}
