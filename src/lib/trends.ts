import type { Indicator } from '../schemas/goals.ts';
import { toWanYuan } from './budget.ts';
import { type GoalStatus, goalStatus } from './goals.ts';
import type { ReportView } from './view/index.ts';

/**
 * Where a trend point's value comes from: its own report, derived from the next year's report's
 * stated change (`next-report`, labelled as derived on the pages), or nowhere (a gap, never a zero).
 */
export type PointSource = 'report' | 'next-report' | 'missing';

export interface TrendPoint {
  year: number;
  /** In 万元 for amounts; undefined where no report states it (a gap, never a zero). */
  value: number | undefined;
  source: PointSource;
  /** A gap because the site holds no report of that year (本站未收录), not one the report left out. */
  noReport?: true;
}

/** Every year from the first to the last report, so missing years show as gaps. */
export function yearSpan(views: readonly ReportView[]): number[] {
  return span(views.map((v) => v.report.year));
}

function span(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function byYear(views: readonly ReportView[]): Map<number, ReportView> {
  return new Map(views.map((v) => [v.report.year, v]));
}

/**
 * The expenditure total each year states, in 万元, and the previous year's total that a report's
 * stated change implies (from the view's one rule), wherever that year has no report of its own:
 * also the year before the first report. Derived points are marked, so pages label them.
 */
export function totalSeries(views: readonly ReportView[]): TrendPoint[] {
  const index = byYear(views);
  const derived = new Map<number, TrendPoint>();
  for (const view of views) {
    const previous = view.yearOnYear?.previous;
    if (previous?.basis === 'expenditure' && view.unit && !index.has(previous.year))
      derived.set(previous.year, {
        year: previous.year,
        value: toWanYuan(previous.total, view.unit),
        source: 'next-report',
      });
  }
  return span([...index.keys(), ...derived.keys()]).map((year): TrendPoint => {
    const own = index.get(year);
    const total = own?.expenditure?.total;
    if (own && total && !total.computed && own.unit)
      return { year, value: toWanYuan(total.value, own.unit), source: 'report' };
    return (
      derived.get(year) ?? {
        year,
        value: undefined,
        source: 'missing',
        ...(own ? {} : { noReport: true as const }),
      }
    );
  });
}

/** Expenditure per function class per year in 万元, classes in order of first appearance. */
export function classSeries(
  views: readonly ReportView[],
): { name: string; points: TrendPoint[] }[] {
  const index = byYear(views);
  const sorted = [...views].sort((a, b) => a.report.year - b.report.year);
  const names = [
    ...new Set(
      sorted.flatMap((v) =>
        (v.expenditure?.rows ?? []).filter((r) => !r.computed).map((r) => r.label),
      ),
    ),
  ];
  return names.map((name) => ({
    name,
    points: yearSpan(views).map((year): TrendPoint => {
      const view = index.get(year);
      const found = view?.expenditure?.rows.find((r) => r.label === name && !r.computed);
      return found && view?.unit
        ? { year, value: toWanYuan(found.value, view.unit), source: 'report' }
        : {
            year,
            value: undefined,
            source: 'missing',
            ...(view ? {} : { noReport: true as const }),
          };
    }),
  }));
}

/** The self-evaluation score per year; a gap where the report states none. */
export function scoreSeries(views: readonly ReportView[]): (TrendPoint & { grade?: string })[] {
  const index = byYear(views);
  return yearSpan(views).map((year) => {
    const e = index.get(year)?.evaluation;
    return {
      year,
      value: e?.score,
      source: e?.score === undefined ? 'missing' : 'report',
      ...(index.has(year) ? {} : { noReport: true as const }),
      ...(e?.grade ? { grade: e.grade } : {}),
    };
  });
}

/** Enough points to call it a trend: at least two years with a value. */
export function hasTrend(points: readonly TrendPoint[]): boolean {
  return points.filter((p) => p.value !== undefined).length >= 2;
}

export interface IndicatorYear {
  year: number;
  /** The wording used that year. */
  name?: string;
  indicator?: Indicator;
  status?: GoalStatus;
  /** The actual, where stated; for a year without a report, the next report's previous-year value. */
  actual?: number | string;
  source: PointSource;
}

export interface IndicatorTrend {
  id: string;
  /** Every wording the indicator had, oldest first, so a rename is visible. */
  names: string[];
  unit?: string;
  years: IndicatorYear[];
}

/**
 * Goal indicators that appear in at least two reports, matched by their stable id so that
 * renamed wording still lines up. Years without the indicator are gaps.
 */
export function recurringIndicators(views: readonly ReportView[]): IndicatorTrend[] {
  const index = byYear(views);
  const years = yearSpan(views);
  const found = new Map<string, Map<number, Indicator>>();
  for (const view of [...views].sort((a, b) => a.report.year - b.report.year)) {
    for (const ind of view.goals.areas.flatMap((area) => area.indicators)) {
      const seen = found.get(ind.indicator.id) ?? new Map<number, Indicator>();
      seen.set(view.report.year, ind.indicator);
      found.set(ind.indicator.id, seen);
    }
  }
  return [...found]
    .filter(([, seen]) => seen.size >= 2)
    .map(([id, seen]) => {
      const names = [...new Set([...seen.values()].map((i) => i.name))];
      const latest = [...seen.values()].at(-1);
      const rows = years.map((year): IndicatorYear => {
        const ind = seen.get(year);
        if (ind) {
          return {
            year,
            name: ind.name,
            indicator: ind,
            status: goalStatus(ind),
            ...(ind.actual === undefined ? {} : { actual: ind.actual }),
            source: 'report',
          };
        }
        const next = seen.get(year + 1);
        if (!index.has(year) && next?.previous !== undefined)
          return { year, actual: next.previous, source: 'next-report' };
        return { year, source: 'missing' };
      });
      return { id, names, ...(latest?.unit ? { unit: latest.unit } : {}), years: rows };
    });
}
