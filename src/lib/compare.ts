import type { Grade } from '../schemas/evaluation.ts';
import type { Indicator } from '../schemas/goals.ts';
import type { AmountUnit } from '../schemas/report.ts';
import { toWanYuan } from './budget.ts';
import { round } from './sums.ts';
import type { ReportView } from './view/index.ts';

export interface AmountRow {
  label: string;
  /** Earlier year's amount, in the comparison's unit; undefined where its report does not state it. */
  a: number | undefined;
  b: number | undefined;
  /** Set when the earlier year's value is derived from the later report's stated change. */
  aDerived?: boolean;
  /** b − a, where both are known. */
  diff: number | undefined;
  /** The change in percent, where both are known and a is not 0. */
  rate: number | undefined;
}

export interface GoalPair {
  id: string;
  a: Indicator | undefined;
  b: Indicator | undefined;
}

export interface Comparison {
  /** Both years in one unit: theirs when they agree, otherwise 万元. */
  unit: AmountUnit;
  /** Set when a year's amounts were converted, to say so on the page. */
  converted: boolean;
  totals: AmountRow[];
  income: AmountRow[];
  classes: AmountRow[];
  score: { a: number | undefined; b: number | undefined; diff: number | undefined };
  grade: { a: Grade | undefined; b: Grade | undefined };
  goals: GoalPair[];
}

function row(label: string, a: number | undefined, b: number | undefined): AmountRow {
  const both = a !== undefined && b !== undefined;
  return {
    label,
    a,
    b,
    diff: both ? round(b - a, 2) : undefined,
    rate: both && a !== 0 ? round(((b - a) / a) * 100, 1) : undefined,
  };
}

/** Union of labels in first-seen order. */
function labels(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/**
 * Two years of one department side by side: budget by source and class, score, goals by id.
 * Where the earlier year states no total and the later one is the next year, the total its
 * stated change implies stands in, marked as derived.
 */
export function compareReports(a: ReportView, b: ReportView): Comparison {
  const unit: AmountUnit = a.unit === b.unit ? (a.unit ?? '万元') : '万元';
  const converted = a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit;
  const amount = (view: ReportView, value: number | undefined) =>
    value === undefined || !view.unit ? undefined : converted ? toWanYuan(value, view.unit) : value;
  const stated = (t?: { value: number; computed: boolean }) =>
    t && !t.computed ? t.value : undefined;

  const incomeA = new Map((a.income?.rows ?? []).map((r) => [r.label, r.value]));
  const incomeB = new Map((b.income?.rows ?? []).map((r) => [r.label, r.value]));
  const named = (v: ReportView) => (v.expenditure?.rows ?? []).filter((r) => !r.computed);
  const classA = new Map(named(a).map((r) => [r.label, r.value]));
  const classB = new Map(named(b).map((r) => [r.label, r.value]));
  const goalsA = new Map(
    a.goals.areas.flatMap((g) => g.indicators).map((i) => [i.indicator.id, i.indicator]),
  );
  const goalsB = new Map(
    b.goals.areas.flatMap((g) => g.indicators).map((i) => [i.indicator.id, i.indicator]),
  );

  const previous = b.yearOnYear?.previous;
  const totalRow = (label: string, basis: 'income' | 'expenditure') => {
    const own = amount(a, stated(a[basis]?.total));
    const fromB =
      own === undefined && previous?.basis === basis && previous.year === a.report.year
        ? amount(b, previous.total)
        : undefined;
    const r = row(label, own ?? fromB, amount(b, stated(b[basis]?.total)));
    return fromB === undefined ? r : { ...r, aDerived: true };
  };
  const sa = a.evaluation?.score;
  const sb = b.evaluation?.score;
  return {
    unit,
    converted,
    totals: [totalRow('收入预算合计', 'income'), totalRow('支出预算合计', 'expenditure')],
    income: labels([...incomeA.keys()], [...incomeB.keys()]).map((l) =>
      row(l, amount(a, incomeA.get(l)), amount(b, incomeB.get(l))),
    ),
    classes: labels([...classA.keys()], [...classB.keys()]).map((l) =>
      row(l, amount(a, classA.get(l)), amount(b, classB.get(l))),
    ),
    score: {
      a: sa,
      b: sb,
      diff: sa !== undefined && sb !== undefined ? round(sb - sa, 2) : undefined,
    },
    grade: { a: a.evaluation?.grade, b: b.evaluation?.grade },
    goals: labels([...goalsA.keys()], [...goalsB.keys()]).map((id) => ({
      id,
      a: goalsA.get(id),
      b: goalsB.get(id),
    })),
  };
}

/**
 * The pairs of years that get a comparison page of their own: each year against the next, and
 * each year against the latest. That is at most 2n − 3 pages for n years instead of n(n−1)/2
 * for every pair: 40 years give 77 pages, not 780, so pages, build and check stay linear in the
 * number of reports. Any other pair is on the department's all-years page (`yearRows`).
 */
export function comparisonPairs(years: readonly number[]): [number, number][] {
  const sorted = [...new Set(years)].sort((x, y) => x - y);
  const latest = sorted.at(-1);
  const pairs = new Map<string, [number, number]>();
  for (const [i, a] of sorted.entries()) {
    const next = sorted[i + 1];
    if (next !== undefined) pairs.set(`${a}-${next}`, [a, next]);
    if (latest !== undefined && a !== latest) pairs.set(`${a}-${latest}`, [a, latest]);
  }
  return [...pairs.values()].sort(([a1, b1], [a2, b2]) => a1 - a2 || b1 - b2);
}

/** One year on the all-years page: its headline figures, in the page's common unit. */
export interface YearRow {
  year: number;
  /** Totals as the report states them; undefined where it states none. */
  incomeTotal: number | undefined;
  expenditureTotal: number | undefined;
  /** Change of the expenditure total against the previous listed year, where both are stated. */
  expenditureChange: number | undefined;
  score: number | undefined;
  grade: Grade | undefined;
  /** Expenditure by function class name, in the common unit. */
  classes: Map<string, number>;
}

export interface YearTable {
  /** 万元 when the years' units differ, otherwise the one they share. */
  unit: AmountUnit;
  converted: boolean;
  /** Function class names in first-seen order over all years. */
  classNames: string[];
  /** Oldest first. */
  rows: YearRow[];
}

/**
 * All years of one department side by side, so any two years can be read together without a
 * page per pair. Amounts are converted only when the years' units differ, as on a pair page;
 * only stated figures are shown, never the site's own sums.
 */
export function yearTable(views: readonly ReportView[]): YearTable {
  const sorted = [...views].sort((x, y) => x.report.year - y.report.year);
  const units = new Set(sorted.flatMap((v) => (v.unit ? [v.unit] : [])));
  const converted = units.size > 1;
  const unit: AmountUnit = units.size === 1 ? ([...units][0] ?? '万元') : '万元';
  const amount = (v: ReportView, value: number | undefined) =>
    value === undefined || !v.unit ? undefined : converted ? toWanYuan(value, v.unit) : value;
  const stated = (t?: { value: number; computed: boolean }) =>
    t && !t.computed ? t.value : undefined;
  const named = (v: ReportView) => (v.expenditure?.rows ?? []).filter((r) => !r.computed);
  const rows = sorted.map((v, i): YearRow => {
    const previous = sorted[i - 1];
    const total = amount(v, stated(v.expenditure?.total));
    const before = previous && amount(previous, stated(previous.expenditure?.total));
    return {
      year: v.report.year,
      incomeTotal: amount(v, stated(v.income?.total)),
      expenditureTotal: total,
      expenditureChange:
        total === undefined || before === undefined ? undefined : round(total - before, 2),
      score: v.evaluation?.score,
      grade: v.evaluation?.grade,
      classes: new Map(
        named(v).flatMap((r) => {
          const value = amount(v, r.value);
          return value === undefined ? [] : [[r.label, value] as const];
        }),
      ),
    };
  });
  return {
    unit,
    converted,
    classNames: labels(...sorted.map((v) => named(v).map((r) => r.label))),
    rows,
  };
}
