import type { Execution } from '../schemas/budget.ts';
import type { AmountUnit } from '../schemas/report.ts';
import { round } from './sums.ts';

/** Previous year's amount from this year's and the stated change (4805.67 − (−156.76) = 4962.43). */
export function previousAmount(current: number, change: number): number {
  return round(current - change, 2);
}

/** Change against the previous year in percent, one decimal; undefined when last year was 0. */
export function changeRate(current: number, change: number): number | undefined {
  const previous = previousAmount(current, change);
  return previous === 0 ? undefined : round((change / previous) * 100, 1);
}

/** 执行率: 全年执行数 / 全年(调整)预算数 in percent, two decimals. */
export function executionRate(execution: Execution): number | undefined {
  return execution.adjusted === 0
    ? undefined
    : round((execution.actual / execution.adjusted) * 100, 2);
}

/** Each part's share of the total in percent, one decimal. */
export function shares(parts: readonly number[], total: number): number[] {
  return parts.map((part) => (total === 0 ? 0 : round((part / total) * 100, 1)));
}

/** Converts an amount to 万元, so years published in 元 and in 万元 can stand side by side. */
export function toWanYuan(value: number, unit: AmountUnit): number {
  return unit === '万元' ? value : round(value / 10000, 6);
}
