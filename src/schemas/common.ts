import { z } from 'astro/zod';

/** The money units reports are published in; every amount of a report is in its one unit. */
export const amountUnitSchema = z.enum(['万元', '元']).meta({ title: '金额单位' });

/**
 * A budget amount: never negative, at most two decimals (the precision reports print).
 * A third decimal is almost always a typing slip, so it is rejected rather than rounded.
 */
export const amountSchema = z
  .number()
  .nonnegative({ error: '金额不能为负数' })
  .max(1e12, { error: '金额超出合理范围（不超过 1 万亿）' })
  .refine(hasAtMostTwoDecimals, { error: '金额最多保留两位小数' });

/** A signed change against the previous year (negative for 减少). */
export const changeAmountSchema = z
  .number()
  .min(-1e12)
  .max(1e12)
  .refine(hasAtMostTwoDecimals, { error: '金额最多保留两位小数' });

/** A head count: a whole number, never negative. */
export const countSchema = z.number().int({ error: '人数应为整数' }).nonnegative();

/** A stable machine id (kebab-case ASCII), used in addresses and to match indicators across years. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: '应为小写字母、数字和连字符组成的标识，如 tech-enterprises',
});

/** Non-empty, trimmed text. */
export const textSchema = z.string().trim().min(1, { error: '不能为空' });

/**
 * A calendar date written YYYY-MM-DD. YAML parsers disagree on whether an unquoted date is a
 * string or a Date, so both are accepted and normalised to the ISO string.
 */
export const dateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'YYYY-MM-DD 格式的日期，如 2021-06-30' }),
);

function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}
