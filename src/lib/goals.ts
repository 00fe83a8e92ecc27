import type { GoalArea, Indicator } from '../schemas/goals.ts';
import { round } from './sums.ts';

/** Whether an indicator's stated outcome meets its target. */
export type GoalStatus = 'met' | 'not-met' | 'not-stated' | 'qualitative';

/** Status of one indicator; an estimate (预计) keeps its status and is flagged separately. */
export function goalStatus(indicator: Indicator): GoalStatus {
  if (indicator.comparator === 'qualitative') return 'qualitative';
  if (typeof indicator.actual !== 'number') return 'not-stated';
  return meets(indicator, indicator.actual) ? 'met' : 'not-met';
}

function meets({ comparator, target }: Indicator, actual: number): boolean {
  if (Array.isArray(target)) return actual >= target[0] && actual <= target[1];
  if (typeof target !== 'number') return false;
  switch (comparator) {
    case '>=':
      return actual >= target;
    case '>':
      return actual > target;
    case '<=':
      return actual <= target;
    case '<':
      return actual < target;
    case '=':
      return actual === target;
    default:
      return false;
  }
}

/**
 * Actual against target as a ratio (1 = exactly on target). For ≤ and < goals (a ranking, a cost)
 * smaller is better, so the ratio is inverted; a range is measured against its lower bound.
 */
export function achievementRatio(indicator: Indicator): number | undefined {
  const { actual, target, comparator } = indicator;
  if (typeof actual !== 'number') return undefined;
  const base = Array.isArray(target) ? target[0] : target;
  if (typeof base !== 'number' || base === 0) return undefined;
  if (comparator === '<=' || comparator === '<')
    return actual === 0 ? undefined : round(base / actual, 4);
  return round(actual / base, 4);
}

/**
 * The previous year's value: as stated, or derived from the stated growth rate
 * (462, 同比增长38.7% → 333.09). Derived values are marked so pages can say 约.
 */
export function previousValue(
  indicator: Indicator,
): { value: number; derived: boolean } | undefined {
  if (indicator.previous !== undefined) return { value: indicator.previous, derived: false };
  if (typeof indicator.actual === 'number' && indicator.growthRate !== undefined) {
    return { value: round(indicator.actual / (1 + indicator.growthRate / 100), 2), derived: true };
  }
  return undefined;
}

export interface GoalSummary {
  /** All indicators. */
  total: number;
  /** Quantitative indicators. */
  quantitative: number;
  met: number;
  notMet: number;
  notStated: number;
  qualitative: number;
  /** Met or not met on an estimated (预计) actual. */
  estimated: number;
}

export function summarizeGoals(areas: readonly GoalArea[]): GoalSummary {
  const summary: GoalSummary = {
    total: 0,
    quantitative: 0,
    met: 0,
    notMet: 0,
    notStated: 0,
    qualitative: 0,
    estimated: 0,
  };
  for (const indicator of areas.flatMap((area) => area.indicators)) {
    const status = goalStatus(indicator);
    summary.total++;
    if (status !== 'qualitative') summary.quantitative++;
    if (status === 'met') summary.met++;
    if (status === 'not-met') summary.notMet++;
    if (status === 'not-stated') summary.notStated++;
    if (status === 'qualitative') summary.qualitative++;
    if (indicator.estimated && (status === 'met' || status === 'not-met')) summary.estimated++;
  }
  return summary;
}
