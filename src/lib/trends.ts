import type { Indicator } from '../schemas/goals.ts';
import type { Report } from '../schemas/report.ts';
import { previousAmount, toWanYuan } from './budget.ts';
import { type GoalStatus, goalStatus } from './goals.ts';

/** Where a trend point's value comes from. */
export type PointSource = 'report' | 'next-report' | 'missing';

export interface TrendPoint {
  year: number;
  /** In 万元 for amounts; undefined where no report states it (a gap, never a zero). */
  value: number | undefined;
  source: PointSource;
}

/** Every year from the first to the last report, so missing years show as gaps. */
export function yearSpan(reports: readonly Report[]): number[] {
  if (reports.length === 0) return [];
  const years = reports.map((r) => r.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function byYear(reports: readonly Report[]): Map<number, Report> {
  return new Map(reports.map((r) => [r.year, r]));
}

/**
 * Total expenditure budget per year in 万元. A year without its own report takes the value the
 * next year's report implies (its total minus its stated change), marked `next-report`.
 */
export function totalSeries(reports: readonly Report[]): TrendPoint[] {
  const index = byYear(reports);
  return yearSpan(reports).map((year) => {
    const own = index.get(year);
    if (own) return { year, value: toWanYuan(own.expenditure.total, own.unit), source: 'report' };
    const next = index.get(year + 1);
    const change = next?.expenditure.change?.amount ?? next?.income.change?.amount;
    if (next && change !== undefined) {
      const total = next.expenditure.change ? next.expenditure.total : next.income.total;
      return {
        year,
        value: toWanYuan(previousAmount(total, change), next.unit),
        source: 'next-report',
      };
    }
    return { year, value: undefined, source: 'missing' };
  });
}

/** Expenditure per function class per year in 万元, classes in order of first appearance. */
export function classSeries(reports: readonly Report[]): { name: string; points: TrendPoint[] }[] {
  const index = byYear(reports);
  const names = [
    ...new Set(
      [...index.values()]
        .sort((a, b) => a.year - b.year)
        .flatMap((r) => r.expenditure.classes.map((c) => c.name)),
    ),
  ];
  return names.map((name) => ({
    name,
    points: yearSpan(reports).map((year): TrendPoint => {
      const report = index.get(year);
      if (!report) return { year, value: undefined, source: 'missing' };
      const found = report.expenditure.classes.find((c) => c.name === name);
      return found
        ? { year, value: toWanYuan(found.amount, report.unit), source: 'report' }
        : { year, value: undefined, source: 'missing' };
    }),
  }));
}

/** The self-evaluation score per year. */
export function scoreSeries(reports: readonly Report[]): (TrendPoint & { grade?: string })[] {
  const index = byYear(reports);
  return yearSpan(reports).map((year) => {
    const report = index.get(year);
    return report
      ? { year, value: report.evaluation.score, source: 'report', grade: report.evaluation.grade }
      : { year, value: undefined, source: 'missing' };
  });
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
export function recurringIndicators(reports: readonly Report[]): IndicatorTrend[] {
  const index = byYear(reports);
  const span = yearSpan(reports);
  const found = new Map<string, Map<number, Indicator>>();
  for (const report of [...index.values()].sort((a, b) => a.year - b.year)) {
    for (const ind of report.goals.flatMap((area) => area.indicators)) {
      const years = found.get(ind.id) ?? new Map<number, Indicator>();
      years.set(report.year, ind);
      found.set(ind.id, years);
    }
  }
  return [...found]
    .filter(([, years]) => years.size >= 2)
    .map(([id, years]) => {
      const names = [...new Set([...years.values()].map((i) => i.name))];
      const latest = [...years.values()].at(-1);
      const rows = span.map((year): IndicatorYear => {
        const ind = years.get(year);
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
        const next = years.get(year + 1);
        if (!index.has(year) && next?.previous !== undefined)
          return { year, actual: next.previous, source: 'next-report' };
        return { year, source: 'missing' };
      });
      return { id, names, ...(latest?.unit ? { unit: latest.unit } : {}), years: rows };
    });
}
