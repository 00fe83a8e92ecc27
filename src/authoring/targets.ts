import type { Comparator } from '../schemas/goals.ts';

export interface ParsedTarget {
  comparator: Comparator;
  target: number | [number, number] | string;
  unit?: string;
  /** False when no comparison was written (a bare 5 is read as =5). */
  explicit: boolean;
}

const NUM = String.raw`\d+(?:\.\d+)?`;
/** A unit after the number: 家, %, 人次, 万元 … (short, no digits, no comparison or time words). */
const UNIT = String.raw`([^\d\s.\-~～—–至到以及前后内外完成达]{1,4})?`;
const SUFFIX = '(及以上|以上|及以下|以下|以内)?';

const PREFIXES: [RegExp, Comparator][] = [
  [/^(?:≥|>=|＞＝|大于等于|大于或等于|不低于|不少于|至少)/, '>='],
  [/^(?:≤|<=|＜＝|小于等于|小于或等于|不高于|不超过|不多于|至多)/, '<='],
  [/^(?:>|＞|大于|超过|高于|多于)/, '>'],
  [/^(?:<|＜|小于|低于|少于)/, '<'],
  [/^(?:=|＝|等于)/, '='],
];

/**
 * Reads a target as indicator tables write it: ≥380, >50, ≤10, =5, 1-2, 380家以上, 超过50家,
 * 前10以内, 95%. The number is kept exactly as written; text that is not a comparison of one
 * number (完成, 按时公开) is a qualitative target, kept whole.
 */
export function parseTarget(written: string): ParsedTarget | undefined {
  const text = written
    .replace(/\s+/g, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/％/g, '%');
  if (!text) return undefined;
  const range = new RegExp(`^(${NUM})${UNIT}[-~～—–至到](${NUM})${UNIT}$`).exec(text);
  if (range) {
    const unit = range[4] ?? range[2];
    return {
      comparator: 'range',
      target: [Number(range[1]), Number(range[3])],
      ...(unit ? { unit } : {}),
      explicit: true,
    };
  }
  let comparator: Comparator | undefined;
  let rest = text;
  for (const [re, c] of PREFIXES) {
    const m = re.exec(rest);
    if (m) {
      comparator = c;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  const number = new RegExp(`^(前)?(${NUM})${UNIT}${SUFFIX}$`).exec(rest);
  if (number) {
    const [, first, value, unit, tail] = number;
    const suffix: Comparator | undefined = tail ? (tail.endsWith('上') ? '>=' : '<=') : undefined;
    // 前10以内 and 前10名 are rankings: smaller is better.
    const found = comparator ?? suffix ?? (first ? '<=' : undefined);
    return {
      comparator: found ?? '=',
      target: Number(value),
      ...(unit ? { unit } : {}),
      explicit: found !== undefined,
    };
  }
  return { comparator: 'qualitative', target: written.trim(), explicit: true };
}

/** An actual value as tables write it: 462, 462家, 预计60家. Undefined when it is not a number. */
export function parseActual(written: string): { value: number; estimated: boolean } | undefined {
  const text = written.replace(/\s+/g, '');
  const m = new RegExp(`^(预计)?(?:约|达到?|为)?(${NUM})${UNIT}$`).exec(text);
  if (!m) return undefined;
  return { value: Number(m[2]), estimated: Boolean(m[1]) };
}
