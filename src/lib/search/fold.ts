/**
 * Text folding for search: a query and a page's text are compared after NFKC (full-width
 * letters and digits, ㎡ → m2, ⑴ → (1), ㈠ → (一)), case folding, without thousands separators
 * and zero-width spaces. Folding changes lengths, so the folded text keeps, for every
 * character, the offset it came from: marks found in folded text land on the original.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const DIGIT = /[0-9０-９]/;

export function isCjk(char: string): boolean {
  return CJK.test(char);
}

export interface Folded {
  /** The folded text. */
  text: string;
  /**
   * For each folded character (and one past the end), the offset in the original text;
   * undefined when folding kept every character in place.
   */
  map: number[] | undefined;
  /** The original text. */
  source: string;
}

// Characters NFKC and case folding map one to one (ASCII, CJK ideographs and punctuation,
// full-width forms, the quotes and signs reports use): a text of only these folds in place,
// which spares the character-by-character walk for most of a page.
const IN_PLACE =
  /^[\x20-\x7e\n\t\r\u4e00-\u9fff\u3000-\u3003\u3008-\u3011\uff01-\uff5e\u201c\u201d\u2018\u2019\u2013\u2014\u00b7\u00d7\u2264\u2265]*$/;
const SEPARATED = /[0-9０-９][,，][0-9０-９]{3}(?![0-9０-９])/;

/** One UTF-16 unit folded without NFKC's tables, where that is certain; undefined otherwise. */
function quick(code: number): string | undefined {
  if (code >= 0x4e00 && code <= 0x9fff) return String.fromCharCode(code);
  if (code >= 0x61 && code <= 0x7a) return String.fromCharCode(code);
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  if (code >= 0x20 && code <= 0x7e) return String.fromCharCode(code);
  if (code === 0x0a || code === 0x09 || code === 0x0d || code === 0x3000) return ' ';
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (code === 0x200b || code === 0xfeff) return '';
  return undefined;
}

/**
 * Folds a text for comparison and keeps the way back. Each code point is folded alone, which
 * is what NFKC does for the compatibility characters reports carry (combining sequences do
 * not occur in Chinese government text).
 */
export function fold(text: string): Folded {
  if (IN_PLACE.test(text) && !SEPARATED.test(text))
    return {
      text: text.normalize('NFKC').toLowerCase().replace(/\s/g, ' '),
      map: undefined,
      source: text,
    };
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let folded = quick(code);
    let width = 1;
    if (folded === undefined) {
      const char = String.fromCodePoint(text.codePointAt(i) ?? code);
      width = char.length;
      folded = char.normalize('NFKC').toLowerCase();
      if (/^\s+$/.test(folded)) folded = ' ';
    }
    if (
      (code === 0x2c || code === 0xff0c) &&
      DIGIT.test(text[i - 1] ?? '') &&
      /^[0-9０-９]{3}(?![0-9０-９])/.test(text.slice(i + 1, i + 5))
    )
      folded = '';
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) map.push(i);
    i += width;
  }
  map.push(text.length);
  return { text: parts.join(''), map, source: text };
}

/** The original range [start, end) of a folded range. */
export function originalRange(folded: Folded, start: number, end: number): [number, number] {
  if (!folded.map) return [start, end];
  const from = folded.map[start] ?? 0;
  const last = folded.map[Math.max(start, end - 1)] ?? from;
  // The range ends after the original character the last folded one came from (㎡ is one
  // character folded into two, 𠀀 one code point of two UTF-16 units).
  const width = String.fromCodePoint(folded.source.codePointAt(last) ?? 32).length;
  return [from, last + width];
}

// Units a reader may type after a figure (4805.67万元, 38.7%): the page writes figures with and
// without them, so a figure is searched bare.
const UNIT =
  /^(-?\d+(?:\.\d+)?)(万元|亿元|千元|元|万|亿|%|个百分点|家|名|人次|人|项|个|次|篇|支|场|份|条|户|平方米|m2)$/;

/**
 * A query folded as a page's text is, with figures written bare: 4,805.67 and 4805.67万元
 * are searched as 4805.67. Spaces between Chinese words are kept: they separate search terms.
 */
export function foldQuery(query: string): string {
  return fold(query.trim())
    .text.trim()
    .split(/ +/)
    .map((token) => UNIT.exec(token)?.[1] ?? token)
    .join(' ');
}

/**
 * Marks a phrase is read through: Chinese writing puts quotation marks, book-title marks and
 * brackets inside its terms (“三公”经费, 《预算法》, 〔2021〕), an interpunct inside names and a
 * dunhao inside listed terms, and PDF text leaves full-width spaces inside words. Readers type
 * the term without them. NFKC has already made full-width brackets and quotes ASCII here.
 */
const TRANSPARENT = new Set(
  [...'“”‘’「」『』"\'《》〈〉〔〕()【】〖〗·・･、'].map((c) => c.charCodeAt(0)),
);

/** Whether a character of folded text is read through in phrases. */
export function isTransparent(char: string): boolean {
  return TRANSPARENT.has(char.charCodeAt(0));
}

/** A needle without the marks phrases are read through (“三公”经费 → 三公经费). */
export function withoutMarks(text: string): string {
  let out = '';
  for (const char of text) if (!TRANSPARENT.has(char.charCodeAt(0))) out += char;
  return out;
}

/**
 * Whether the space at `k` stands between two Chinese characters: Chinese puts no spaces
 * between words, so such a space is a full-width space or one PDF extraction left (发展战 略).
 */
function between(text: string, k: number): boolean {
  return isCjk(text[k - 1] ?? '') && isCjk(text[k + 1] ?? '');
}

export interface Loose extends Folded {
  loose: true;
}

/**
 * Folded text without the marks phrases are read through (and without a space between two
 * Chinese characters),
 * keeping the way back to the original: a phrase found across “三公”经费 marks 三公”经费 in the
 * page as printed. Idempotent.
 */
export function loosen(folded: Folded): Loose {
  if ('loose' in folded) return folded as Loose;
  const { text, map, source } = folded;
  let any = false;
  for (let k = 0; k < text.length && !any; k++) {
    const code = text.charCodeAt(k);
    any = TRANSPARENT.has(code) || (code === 0x20 && between(text, k));
  }
  if (!any) return { ...folded, loose: true };
  const kept: string[] = [];
  const back: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const origin = map ? (map[k] ?? k) : k;
    if (TRANSPARENT.has(code) || (code === 0x20 && between(text, k))) continue;
    kept.push(text[k] ?? '');
    back.push(origin);
  }
  back.push(source.length);
  return { text: kept.join(''), map: back, source, loose: true };
}

/** Text folded for phrase comparison: fold() then loosen(). */
export function foldLoose(text: string): Loose {
  return loosen(fold(text));
}

/** A needle folded for phrase comparison (query terms, phrases). */
export function needleOf(text: string): string {
  return foldLoose(text).text;
}

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['〈', '〉'],
  ['〔', '〕'],
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['〖', '〗'],
];

/**
 * A range of the original text widened over the marks that close or open inside it: a phrase
 * found in “三公”经费 is marked “三公”经费, not 三公”经费.
 */
export function balancedRange(source: string, start: number, end: number): [number, number] {
  let [s, e] = [start, end];
  for (let changed = true; changed; ) {
    changed = false;
    const inside = source.slice(s, e);
    for (const [open, close] of PAIRS) {
      let depth = 0;
      let unopened = 0;
      for (const char of inside) {
        if (char === open) depth++;
        else if (char === close) {
          if (depth > 0) depth--;
          else unopened++;
        }
      }
      if (unopened > 0 && source[s - 1] === open) {
        s--;
        changed = true;
      }
      if (depth > 0 && source[e] === close) {
        e++;
        changed = true;
      }
    }
    const straight = [...inside].filter((c) => c === '"').length;
    if (straight % 2 === 1) {
      if (source[s - 1] === '"') s--;
      else if (source[e] === '"') e++;
      else continue;
      changed = true;
    }
  }
  return [s, e];
}
