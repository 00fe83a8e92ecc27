// This year against the last, as far as the report states it: the one rule for "last year".
import type { PreviousYear } from '../../schemas/data.ts';
import type { Report } from '../../schemas/report.ts';
import { changeRate, previousAmount } from '../budget.ts';
import { round } from '../sums.ts';
import type { FigureRow, ReportView } from './types.ts';

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

/** Last year's total beside this report, as the site knows it. */
export interface PreviousTotal {
  label: string;
  /** The figure shown: the previous year's own report where this site holds one. */
  value: number;
  source: 'report' | 'derived';
  /** The figure derived from this report's stated change. */
  derived: number;
  /** Both exist and differ by more than rounding: the page says so. */
  disagrees: boolean;
}

/**
 * The previous year's totals for this report's year-on-year table: where the site holds that
 * year's own report and it states the total, its figure wins over the one derived from this
 * report's change (60,795,000 元 as printed, not 60,795,001 from 77,686,000.50 − 16,890,999.50),
 * converted to this report's unit; where the two differ by more than a cent, `disagrees` is set.
 */
export function previousTotals(
  view: ReportView,
  previousView: ReportView | undefined,
): PreviousTotal[] {
  const yoy = view.yearOnYear;
  if (!yoy) return [];
  const basis = yoy.previous.basis;
  const own =
    previousView?.report.year === yoy.previous.year ? previousView[basis]?.total : undefined;
  const scale = { 万元: 10000, 元: 1 } as const;
  const ownValue =
    own && !own.computed && previousView?.unit && view.unit
      ? round((own.value * scale[previousView.unit]) / scale[view.unit], 6)
      : undefined;
  return yoy.totals.map((t) => ({
    label: t.label,
    value: ownValue ?? t.previous,
    source: ownValue === undefined ? 'derived' : 'report',
    derived: t.previous,
    disagrees: ownValue !== undefined && Math.abs(ownValue - t.previous) > 0.005,
  }));
}
