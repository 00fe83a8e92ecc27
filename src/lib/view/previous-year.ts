// This year against the last, as far as the report states it: the one rule for "last year".
import type { PreviousYear } from '../../schemas/data.ts';
import type { Report } from '../../schemas/report.ts';
import { changeRate, previousAmount } from '../budget.ts';
import { round } from '../sums.ts';
import type { FigureRow } from './types.ts';

/** This year against the previous one, as far as the report states it. */
export interface YearOnYear {
  previous: PreviousYear;
  /** Previous (derived) and current totals, for the paired chart. */
  totals: { label: string; previous: number; current: number; path: string }[];
  /** Stated changes: total, 基本支出, 项目支出. */
  changes: FigureRow[];
  reason?: string;
}

/**
 * Which figure "last year" is based on, the one rule: the expenditure change against the
 * expenditure total, otherwise the income change against the income total.
 */
export function previousYearOf(report: Report): PreviousYear | undefined {
  const e = report.expenditure;
  const i = report.income;
  const basis =
    e?.change && e.total !== undefined
      ? { basis: 'expenditure' as const, total: e.total, change: e.change.amount }
      : i?.change && i.total !== undefined
        ? { basis: 'income' as const, total: i.total, change: i.change.amount }
        : undefined;
  if (!basis) return undefined;
  const rate = changeRate(basis.total, basis.change);
  return {
    year: report.year - 1,
    basis: basis.basis,
    total: previousAmount(basis.total, basis.change),
    change: basis.change,
    ...(rate === undefined ? {} : { changeRatePercent: rate }),
  };
}

export function yearOnYearView(report: Report): YearOnYear | undefined {
  const previous = previousYearOf(report);
  if (!previous) return undefined;
  const spending = previous.basis === 'expenditure' ? report.expenditure?.change : undefined;
  const changes: FigureRow[] = [
    {
      label: spending ? '支出合计' : '收入合计',
      value: previous.change,
      path: `${previous.basis}.change.amount`,
    },
  ];
  if (spending?.basic !== undefined)
    changes.push({ label: '基本支出', value: spending.basic, path: 'expenditure.change.basic' });
  if (spending?.project !== undefined)
    changes.push({
      label: '项目支出',
      value: spending.project,
      path: 'expenditure.change.project',
    });
  const reason = spending ? spending.reason : report.income?.change?.reason;
  return {
    previous,
    totals: [
      {
        label: spending ? '支出预算合计' : '收入预算合计',
        previous: previous.total,
        current: round(previous.total + previous.change, 2),
        path: `${previous.basis}.total`,
      },
    ],
    changes,
    ...(reason ? { reason } : {}),
  };
}
