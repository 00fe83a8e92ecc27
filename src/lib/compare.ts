import type { Grade } from '../schemas/evaluation.ts';
import type { Indicator } from '../schemas/goals.ts';
import type { AmountUnit } from '../schemas/report.ts';
import { toWanYuan } from './budget.ts';
import { round } from './sums.ts';
import type { ReportView } from './view.ts';

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

/** Every pair of years (earlier first), for the static comparison pages. */
export function yearPairs(years: readonly number[]): [number, number][] {
  const sorted = [...years].sort((x, y) => x - y);
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b): [number, number] => [a, b]));
}
