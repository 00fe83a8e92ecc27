import type { AmountUnit } from '../schemas/report.ts';

const fixed2 = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const plain = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** An amount as every page prints it: two decimals, grouped, with its unit: 4,805.67 万元. */
export function formatAmount(value: number, unit: AmountUnit): string {
  return `${fixed2.format(value)} ${unit}`;
}

/** The number part of `formatAmount`, for table cells whose header carries the unit. */
export function formatAmountNumber(value: number): string {
  return fixed2.format(value);
}

const precise = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 6,
});

/**
 * An amount converted from 元 to 万元 keeps the precision of its source: 1,000.01 元 is
 * 0.100001 万元, not 0.10. Two decimals at least, as every amount; up to six (one 分).
 */
export function formatAmountPrecise(value: number): string {
  return precise.format(value);
}

/** A change in words: 减少 156.76 万元, 增加 20.00 万元, 持平. */
export function formatChange(value: number, unit: AmountUnit): string {
  if (value === 0) return '与上年持平';
  return `${value < 0 ? '减少' : '增加'} ${formatAmount(Math.abs(value), unit)}`;
}

/** A percentage with one decimal: 38.7%. */
export function formatPercent(value: number, digits = 1): string {
  return `${value.toFixed(digits)}%`;
}

/** A count or measured value with its unit: 462 家, 1–2 家. */
export function formatQuantity(value: number | readonly [number, number], unit?: string): string {
  const text = Array.isArray(value)
    ? `${plain.format(value[0])}–${plain.format(value[1])}`
    : plain.format(value as number);
  if (!unit) return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}
