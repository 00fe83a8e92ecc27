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

/** Every pair of years (earlier first), for the static comparison pages. */
export function yearPairs(years: readonly number[]): [number, number][] {
  const sorted = [...years].sort((x, y) => x - y);
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b): [number, number] => [a, b]));
}
