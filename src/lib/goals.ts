import type { Comparator, GoalArea, GoalStatus, Indicator } from '../schemas/goals.ts';
import { round } from './sums.ts';

export type { GoalStatus } from '../schemas/goals.ts';

/** Comparator symbols as pages and authoring tools print them; the one map of them. */
export const COMPARATOR_SYMBOLS = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
} as const satisfies Partial<Record<Comparator, string>>;

/** The symbol of a comparator (≥ for >=), or nothing for a range, a goal in words or none. */
export function comparatorSymbol(comparator: Comparator | undefined): string {
  return comparator && comparator in COMPARATOR_SYMBOLS
    ? COMPARATOR_SYMBOLS[comparator as keyof typeof COMPARATOR_SYMBOLS]
    : '';
}

/** An indicator measured by a number (everything but a goal in words). */
export function isQuantitative(indicator: Indicator): boolean {
  return indicator.comparator !== 'qualitative';
}

/** The number the target is compared with: the level, or the stated growth for a growth target. */
export function comparedValue(indicator: Indicator): number | undefined {
  if (indicator.basis === 'growth') return indicator.growthRate;
  return typeof indicator.actual === 'number' ? indicator.actual : undefined;
}

/**
 * The status the comparison gives, where the report states a comparator and a value; undefined
 * where it cannot be compared (no comparator, no value, or a goal in words).
 */
export function compareStatus(indicator: Indicator): 'met' | 'not-met' | undefined {
  const value = comparedValue(indicator);
  const { comparator, target } = indicator;
  if (value === undefined || comparator === undefined || comparator === 'qualitative')
    return undefined;
  if (comparator === 'range')
    return Array.isArray(target)
      ? value >= target[0] && value <= target[1]
        ? 'met'
        : 'not-met'
      : undefined;
  if (typeof target !== 'number') return undefined;
  const met = {
    '>=': value >= target,
    '>': value > target,
    '<=': value <= target,
    '<': value < target,
    '=': value === target,
  }[comparator];
  return met ? 'met' : 'not-met';
}

/**
 * Status of one indicator; an estimate (预计) keeps its status and is flagged separately. Where
 * the report words the target without 以上 / 以内, only the report's own judgement (`met`) gives
 * a status: otherwise it is `not-judged`, never a comparison the site invents.
 */
export function goalStatus(indicator: Indicator): GoalStatus {
  if (indicator.comparator === 'qualitative') return 'qualitative';
  const compared = compareStatus(indicator);
  if (compared) return compared;
  if (indicator.met !== undefined) return indicator.met ? 'met' : 'not-met';
  if (comparedValue(indicator) === undefined) return 'not-stated';
  return 'not-judged';
}

/**
 * Actual against target as a ratio (1 = exactly on target). For ≤ and < goals (a ranking, a cost)
 * smaller is better, so the ratio is inverted; a range is measured against its lower bound.
 */
export function achievementRatio(indicator: Indicator): number | undefined {
  const { target, comparator } = indicator;
  const actual = comparedValue(indicator);
  if (actual === undefined || comparator === undefined || comparator === 'qualitative')
    return undefined;
  const base = Array.isArray(target) ? target[0] : target;
  if (typeof base !== 'number' || base === 0) return undefined;
  if (comparator === '<=' || comparator === '<')
    return actual === 0 ? undefined : round(base / actual, 4);
  return round(actual / base, 4);
}

/**
 * The previous year's value: as stated, or derived from the stated growth rate. A derived value
 * keeps the precision of the figure it came from, so a count stays whole (462 家, 同比增长38.7%
 * → 333 家, never 333.09 家) and 12.50 万元 keeps two decimals. Derived values are marked so
 * pages can say 约.
 */
export function previousValue(
  indicator: Indicator,
): { value: number; derived: boolean } | undefined {
  if (indicator.previous !== undefined) return { value: indicator.previous, derived: false };
  if (typeof indicator.actual === 'number' && indicator.growthRate !== undefined) {
    // Amounts are printed with two decimals whatever YAML kept of a trailing zero.
    const amount = indicator.unit !== undefined && /元$/.test(indicator.unit);
    const digits = Math.max(decimalsOf(indicator.actual), amount ? 2 : 0);
    return {
      value: round(indicator.actual / (1 + indicator.growthRate / 100), digits),
      derived: true,
    };
  }
  return undefined;
}

/** How many decimals a stated number carries (462 → 0, 12.5 → 1). */
function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 || text.includes('e') ? 0 : text.length - dot - 1;
}

export interface GoalSummary {
  /** All indicators. */
  total: number;
  /** Quantitative indicators. */
  quantitative: number;
  met: number;
  notMet: number;
  /** Quantitative indicators without a stated actual. */
  notStated: number;
  /** Quantitative indicators with an actual but neither comparator nor the report's judgement. */
  notJudged: number;
  qualitative: number;
  /** Qualitative indicators whose outcome the report does not state. */
  qualitativeNotStated: number;
  /** Met or not met on an estimated (预计) actual. */
  estimated: number;
  /** Tasks without indicators. */
  tasks: number;
  /** Tasks whose 完成情况 the report does not state. */
  tasksNotStated: number;
}

export function summarizeGoals(areas: readonly GoalArea[] | undefined): GoalSummary {
  const summary: GoalSummary = {
    total: 0,
    quantitative: 0,
    met: 0,
    notMet: 0,
    notStated: 0,
    notJudged: 0,
    qualitative: 0,
    qualitativeNotStated: 0,
    estimated: 0,
    tasks: 0,
    tasksNotStated: 0,
  };
  for (const area of areas ?? []) {
    for (const task of area.tasks ?? []) {
      summary.tasks++;
      if (task.result === undefined) summary.tasksNotStated++;
    }
    for (const indicator of area.indicators) {
      const status = goalStatus(indicator);
      summary.total++;
      if (status !== 'qualitative') summary.quantitative++;
      if (status === 'met') summary.met++;
      if (status === 'not-met') summary.notMet++;
      if (status === 'not-stated') summary.notStated++;
      if (status === 'not-judged') summary.notJudged++;
      if (status === 'qualitative') {
        summary.qualitative++;
        if (indicator.actual === undefined) summary.qualitativeNotStated++;
      }
      if (indicator.estimated && (status === 'met' || status === 'not-met')) summary.estimated++;
    }
  }
  return summary;
}

/**
 * The goals headline, counting what is not stated beside what is met: “5 项达成 · 7 项未说明完成值”.
 * Parts that are zero are left out (never “0 项达成”); undefined when no goal is measurable.
 */
export function goalHeadline(summary: GoalSummary): string | undefined {
  if (summary.quantitative === 0) return undefined;
  const parts = [
    summary.met > 0 ? `${summary.met} 项达成` : undefined,
    summary.notMet > 0 ? `${summary.notMet} 项未达成` : undefined,
    summary.notStated > 0 ? `${summary.notStated} 项未说明完成值` : undefined,
    summary.notJudged > 0 ? `${summary.notJudged} 项报告未判断` : undefined,
  ].filter(Boolean);
  return parts.join(' · ');
}
