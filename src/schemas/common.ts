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

/** The one spelling of a machine id: kebab-case ASCII (file names, addresses, CLI arguments). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable machine id (kebab-case ASCII), used in addresses and to match indicators across years. */
export const idSchema = z.string().regex(ID_PATTERN, {
  error: '应为小写字母、数字和连字符组成的标识，如 tech-enterprises',
});

/** Non-empty, trimmed text. */
export const textSchema = z.string().trim().min(1, { error: '不能为空' });

/**
 * A calendar date written YYYY-MM-DD. Content is read by one YAML parser (YAML 1.2 core schema),
 * which keeps an unquoted date as text.
 */
export const dateSchema = z.iso.date({ error: 'YYYY-MM-DD 格式的日期，如 2021-06-30' });

/**
 * Whether a link target is harmless in a page: a relative address, or an absolute one with the
 * http:, https: or mailto: scheme. Browsers drop ASCII whitespace and control characters inside
 * and around a URL (`java\tscript:`), so they are removed before the scheme is read.
 */
export function isSafeUrl(url: string): boolean {
  // A backslash or a control character has no place in an address anyone writes, and browsers
  // read `/\evil.example/` and `/<tab>/evil.example/` as another host: refused outright.
  if (UNSAFE_CHARACTERS.test(url)) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what browsers strip
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/;

/**
 * An address in frontmatter or an org file: absolute with http:, https: or mailto:, or a path on
 * this site starting with `/`. `javascript:` and `data:` addresses are valid URLs, so `z.url()`
 * alone would let them through.
 */
export const safeUrlSchema = z
  .string()
  .trim()
  // The pattern also reaches the published JSON Schema, so data users see the rule too.
  .regex(/^(?:https?:|mailto:|\/(?![/\\]))/i, {
    error: '以 http://、https:// 或 mailto: 开头的地址，或以 / 开头的站内地址',
  })
  .refine((url) => !UNSAFE_CHARACTERS.test(url), {
    error: '不含反斜杠（\\）和控制字符（如制表符）的地址',
    abort: true,
  })
  .refine(
    (url) =>
      isSafeUrl(url) &&
      ((url.startsWith('/') && !url.startsWith('//')) ||
        (URL.canParse(url) && /^[a-z]+:/i.test(url))),
    { error: '以 http://、https:// 或 mailto: 开头的地址，或以 / 开头的站内地址' },
  );

function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}
