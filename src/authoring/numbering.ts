// The numbering of Chinese official documents (党政机关公文格式): 一、 → （一） → 1． → （1）.
// Headings are rebuilt from it, since Word reports rarely use heading styles.

const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23 (enough for section numbers). */
export function chineseNumber(text: string): number | undefined {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return undefined;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const high = tens === undefined || !text.includes('十') ? 0 : tens === '' ? 1 : DIGITS[tens];
  const low = ones === '' || ones === undefined ? 0 : DIGITS[ones];
  if (high === undefined || low === undefined) return undefined;
  return high * 10 + low;
}

export type Numbered =
  | { scheme: 'cn'; level: 2 | 3; value: number; marker: string; rest: string }
  | { scheme: 'arabic'; level: 3 | 4; value: number; marker: string; rest: string };

const CN = '[一二三四五六七八九十]+';
const PATTERNS: { re: RegExp; scheme: 'cn' | 'arabic'; level: 2 | 3 | 4 }[] = [
  { re: new RegExp(`^(${CN})、\\s*`), scheme: 'cn', level: 2 },
  { re: new RegExp(`^[（(](${CN})[）)]\\s*`), scheme: 'cn', level: 3 },
  // 2、 at the top level and （3） beside （一）（二） are Word auto-numbering turned into text.
  { re: /^[（(](\d+)[）)]\s*/, scheme: 'arabic', level: 3 },
  // 1． and 1、 always; ASCII 1. only when no digit follows, so 1.16亿元 is not an item.
  { re: /^(\d+)(?:[．、]|\.(?!\d))\s*/, scheme: 'arabic', level: 4 },
];

/** The numbering a paragraph starts with, if any: its level, value and the text after it. */
export function numbering(text: string): Numbered | undefined {
  for (const { re, scheme, level } of PATTERNS) {
    const match = re.exec(text);
    if (!match) continue;
    const digits = match[1] ?? '';
    const value = scheme === 'cn' ? chineseNumber(digits) : Number(digits);
    if (value === undefined) continue;
    const marker = match[0].trim();
    const rest = text.slice(match[0].length);
    if (scheme === 'cn') return { scheme, level: level === 2 ? 2 : 3, value, marker, rest };
    return { scheme, level: level === 3 ? 3 : 4, value, marker, rest };
  }
  return undefined;
}

/** Longest lead sentence still read as an item's title rather than as running text. */
export const TITLE_MAX = 30;

/**
 * Splits an item into its title (the lead sentence, without its full stop) and the rest.
 * Undefined when the lead sentence is too long to be a title.
 */
export function leadTitle(rest: string): { title: string; remainder: string } | undefined {
  const end = rest.search(/[。！？]/);
  const title = (end === -1 ? rest : rest.slice(0, end)).trim();
  const remainder = end === -1 ? '' : rest.slice(end + 1).trim();
  if (!title || title.length > TITLE_MAX) return undefined;
  return { title, remainder };
}
