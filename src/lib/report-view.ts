import type { z } from 'astro/zod';
import { incomeSourcesSchema } from '../schemas/budget.ts';
import type { Indicator } from '../schemas/goals.ts';
import type { Report } from '../schemas/report.ts';
import { changeRate, previousAmount, shares } from './budget.ts';
import { formatAmount, formatPercent, formatQuantity } from './format.ts';
import { type GoalStatus, goalStatus } from './goals.ts';

/** One figure as the pages show it, with the frontmatter path it comes from (for the tests). */
export interface FigureRow {
  label: string;
  value: number;
  /** Frontmatter path of the value, e.g. `expenditure.classes[0].amount`. */
  path: string;
}

type SourceKey = keyof z.infer<typeof incomeSourcesSchema>;

/** Income sources the report states, in the standard order, labelled by the schema's titles. */
export function incomeRows(report: Report): FigureRow[] {
  const shape = incomeSourcesSchema.shape;
  return (Object.keys(shape) as SourceKey[]).flatMap((key) => {
    const value = report.income.sources[key];
    if (value === undefined) return [];
    const label = String(shape[key].meta()?.['title'] ?? key);
    return [{ label, value, path: `income.sources.${key}` }];
  });
}

/** Expenditure by function class with each class's share of the total. */
export function expenditureRows(report: Report): (FigureRow & { share: number })[] {
  const { classes, total } = report.expenditure;
  const parts = shares(
    classes.map((c) => c.amount),
    total,
  );
  return classes.map((c, i) => ({
    label: c.name,
    value: c.amount,
    path: `expenditure.classes[${i}].amount`,
    share: parts[i] ?? 0,
  }));
}

export interface YearOnYear {
  /** Rows with both years known (this year's total and the derived previous total). */
  totals: { label: string; previous: number; current: number; path: string }[];
  /** Stated changes: total, 基本支出, 项目支出. */
  changes: FigureRow[];
  /** Change of the total in percent, where the previous year is known. */
  rate: number | undefined;
}

/**
 * This year against the previous one, as far as the report states it: the expenditure change
 * (with its 基本支出 / 项目支出 split) or, failing that, the income change; undefined if neither.
 */
export function yearOnYear(report: Report): YearOnYear | undefined {
  const spending = report.expenditure.change;
  const base = spending ? 'expenditure' : 'income';
  const change = spending ?? report.income.change;
  if (!change) return undefined;
  const total = report[base].total;
  const changes: FigureRow[] = [
    {
      label: spending ? '支出合计' : '收入合计',
      value: change.amount,
      path: `${base}.change.amount`,
    },
  ];
  if (spending?.basic !== undefined) {
    changes.push({ label: '基本支出', value: spending.basic, path: 'expenditure.change.basic' });
  }
  if (spending?.project !== undefined) {
    changes.push({
      label: '项目支出',
      value: spending.project,
      path: 'expenditure.change.project',
    });
  }
  return {
    totals: [
      {
        label: spending ? '支出预算合计' : '收入预算合计',
        previous: previousAmount(total, change.amount),
        current: total,
        path: `${base}.total`,
      },
    ],
    changes,
    rate: changeRate(total, change.amount),
  };
}

const COMPARATOR_TEXT: Record<string, string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

/** A target as a reader reads it: ≥ 380 家, 1–2 家, or the goal in words. */
export function targetText(indicator: Indicator): string {
  const { target, comparator, unit } = indicator;
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) return formatQuantity(target as [number, number], unit);
  return `${COMPARATOR_TEXT[comparator] ?? ''} ${formatQuantity(target, unit)}`.trim();
}

/** The actual as a reader reads it, or the plain statement that the report gives none. */
export function actualText(indicator: Indicator): string {
  const { actual, unit } = indicator;
  if (actual === undefined) return '报告未说明';
  if (typeof actual === 'string') return actual;
  return `${indicator.estimated ? '预计 ' : ''}${formatQuantity(actual, unit)}`;
}

export const STATUS_TEXT: Record<GoalStatus, string> = {
  met: '已达成',
  'not-met': '未达成',
  'not-stated': '报告未说明完成值',
  qualitative: '定性目标',
};

/** Status in words, with 预计 where the actual is an estimate. */
export function statusText(indicator: Indicator): string {
  const status = goalStatus(indicator);
  if (status === 'qualitative')
    return indicator.actual === undefined ? '定性目标，报告未说明完成情况' : '定性目标，见完成情况';
  const base = STATUS_TEXT[status];
  return indicator.estimated && (status === 'met' || status === 'not-met')
    ? `${base}（预计）`
    : base;
}

/** The headline sentence on the budget, in words a citizen understands. */
export function budgetSentence(report: Report): string {
  const { unit } = report;
  const total = formatAmount(report.expenditure.total, unit);
  const yoy = yearOnYear(report);
  if (!yoy) return `${report.year}年年初支出预算 ${total}；报告未说明与上年相比的变化。`;
  const change = yoy.changes[0]?.value ?? 0;
  const direction = change < 0 ? '减少' : change > 0 ? '增加' : '持平';
  const rate =
    yoy.rate === undefined
      ? ''
      : `（${change < 0 ? '下降' : '增长'} ${formatPercent(Math.abs(yoy.rate))}）`;
  if (change === 0) return `${report.year}年年初支出预算 ${total}，与上年持平。`;
  return `${report.year}年年初支出预算 ${total}，比上年${direction} ${formatAmount(Math.abs(change), unit)}${rate}。`;
}
