import type { Indicator } from '../schemas/goals.ts';
import type { AmountUnit, Report } from '../schemas/report.ts';
import { toWanYuan } from './budget.ts';
import { incomeRows } from './report-view.ts';
import { round } from './sums.ts';

export interface AmountRow {
  label: string;
  /** Earlier year's amount, in the comparison's unit; undefined where its report does not state it. */
  a: number | undefined;
  b: number | undefined;
  /** b − a, where both are stated. */
  diff: number | undefined;
  /** The change in percent, where both are stated and a is not 0. */
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
  score: { a: number; b: number; diff: number };
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

/** Two years of one department side by side: budget by source and class, score, goals by id. */
export function compareReports(a: Report, b: Report): Comparison {
  const unit: AmountUnit = a.unit === b.unit ? a.unit : '万元';
  const converted = a.unit !== b.unit;
  const amount = (report: Report, value: number | undefined) =>
    value === undefined ? undefined : converted ? toWanYuan(value, report.unit) : value;

  const incomeA = new Map(incomeRows(a).map((r) => [r.label, r.value]));
  const incomeB = new Map(incomeRows(b).map((r) => [r.label, r.value]));
  const classA = new Map(a.expenditure.classes.map((c) => [c.name, c.amount]));
  const classB = new Map(b.expenditure.classes.map((c) => [c.name, c.amount]));
  const goalsA = new Map(a.goals.flatMap((g) => g.indicators).map((i) => [i.id, i]));
  const goalsB = new Map(b.goals.flatMap((g) => g.indicators).map((i) => [i.id, i]));

  return {
    unit,
    converted,
    totals: [
      row('收入预算合计', amount(a, a.income.total), amount(b, b.income.total)),
      row('支出预算合计', amount(a, a.expenditure.total), amount(b, b.expenditure.total)),
    ],
    income: labels([...incomeA.keys()], [...incomeB.keys()]).map((l) =>
      row(l, amount(a, incomeA.get(l)), amount(b, incomeB.get(l))),
    ),
    classes: labels([...classA.keys()], [...classB.keys()]).map((l) =>
      row(l, amount(a, classA.get(l)), amount(b, classB.get(l))),
    ),
    score: {
      a: a.evaluation.score,
      b: b.evaluation.score,
      diff: round(b.evaluation.score - a.evaluation.score, 2),
    },
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
  /** The year's own unit, to say which years were converted. */
  sourceUnit: AmountUnit;
  incomeTotal: number;
  expenditureTotal: number;
  /** Change of the expenditure total against the previous listed year, where both are stated. */
  expenditureChange: number | undefined;
  score: number;
  grade: string;
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
 * page per pair. Amounts are converted only when the years' units differ, as on a pair page.
 */
export function yearTable(reports: readonly Report[]): YearTable {
  const sorted = [...reports].sort((x, y) => x.year - y.year);
  const units = new Set(sorted.map((r) => r.unit));
  const unit: AmountUnit = units.size === 1 ? (sorted[0]?.unit ?? '万元') : '万元';
  const converted = units.size > 1;
  const amount = (r: Report, v: number) => (converted ? toWanYuan(v, r.unit) : v);
  const rows = sorted.map((r, i): YearRow => {
    const previous = sorted[i - 1];
    const total = amount(r, r.expenditure.total);
    return {
      year: r.year,
      sourceUnit: r.unit,
      incomeTotal: amount(r, r.income.total),
      expenditureTotal: total,
      expenditureChange:
        previous === undefined
          ? undefined
          : round(total - amount(previous, previous.expenditure.total), 2),
      score: r.evaluation.score,
      grade: r.evaluation.grade,
      classes: new Map(r.expenditure.classes.map((c) => [c.name, amount(r, c.amount)])),
    };
  });
  return {
    unit,
    converted,
    classNames: labels(...sorted.map((r) => r.expenditure.classes.map((c) => c.name))),
    rows,
  };
}
