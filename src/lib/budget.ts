import type { Execution } from '../schemas/budget.ts';
import type { AmountUnit } from '../schemas/report.ts';
import { decimalsOf, round } from './sums.ts';

/** Previous year's amount from this year's and the stated change (4805.67 − (−156.76) = 4962.43). */
export function previousAmount(current: number, change: number): number {
  return round(current - change, 2);
}

/** Change against the previous year in percent, one decimal; undefined when last year was 0. */
export function changeRate(current: number, change: number): number | undefined {
  const previous = previousAmount(current, change);
  return previous === 0 ? undefined : round((change / previous) * 100, 1);
}

/**
 * The budget an execution rate is measured against: 全年预算 where stated (the 自评表's
 * 执行率 = 全年执行数 / 全年(调整)预算数), otherwise 年初预算.
 */
export function statedBase(
  execution: Execution,
): { value: number; label: '全年预算数' | '年初预算数'; key: 'adjusted' | 'initial' } | undefined {
  if (execution.adjusted !== undefined)
    return { value: execution.adjusted, label: '全年预算数', key: 'adjusted' };
  if (execution.initial !== undefined)
    return { value: execution.initial, label: '年初预算数', key: 'initial' };
  return undefined;
}

/** 执行率: 全年执行数 / 全年(调整)预算数 (or 年初预算数) in percent, two decimals. */
export function executionRate(execution: Execution): number | undefined {
  const base = statedBase(execution);
  if (execution.actual === undefined || !base || base.value === 0) return undefined;
  return round((execution.actual / base.value) * 100, 2);
}

export interface PercentCheck {
  ok: boolean;
  /** The share computed from the amounts, to the stated figure's decimals. */
  computed: number;
  tolerance: number;
}

/**
 * Checks a printed percentage against the amounts it is computed from. The printed figure is
 * rounded to its last decimal (at least one: YAML drops the 0 of 97.60), and each amount to a
 * cent, so the tolerance is half a unit of the printed decimal plus the amounts' own rounding.
 */
export function checkPercent(stated: number, part: number, base: number): PercentCheck {
  const digits = Math.max(1, decimalsOf(stated));
  if (base === 0) return { ok: stated === 0, computed: 0, tolerance: 0 };
  const exact = (part / base) * 100;
  const fromAmounts = (0.005 / base) * 100 * (1 + part / base);
  const tolerance = round(0.5 * 10 ** -digits + fromAmounts, digits + 2);
  return {
    ok: Math.abs(exact - stated) <= tolerance + 1e-9,
    computed: round(exact, digits),
    tolerance,
  };
}

/** Each part's share of the total in percent, one decimal. */
export function shares(parts: readonly number[], total: number): number[] {
  return parts.map((part) => (total === 0 ? 0 : round((part / total) * 100, 1)));
}

/** Converts an amount to 万元, so years published in 元 and in 万元 can stand side by side. */
export function toWanYuan(value: number, unit: AmountUnit): number {
  return unit === '万元' ? value : round(value / 10000, 6);
}
