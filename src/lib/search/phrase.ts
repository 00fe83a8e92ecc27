import { escapeHtml } from '../escape.ts';
import {
  balancedRange,
  type Folded,
  fold,
  foldLoose,
  isCjk,
  loosen,
  originalRange,
  withoutMarks,
} from './fold.ts';

/**
 * Phrase matching for search: Pagefind matches words, so results are re-ranked and excerpts
 * rebuilt here around the query's terms. Text is compared folded (see fold.ts) and every
 * range found is mapped back to the text as published.
 */

/**
 * Where a folded needle occurs in a text: ranges [start, end) of the original text. Quotation
 * marks, brackets and the like between its characters are read through on both sides (see
 * loosen), and a range that closes a mark opened before it takes the opening mark too.
 */
export function occurrences(text: string | Folded, needle: string): [number, number][] {
  const folded = typeof text === 'string' ? foldLoose(text) : loosen(text);
  const bare = withoutMarks(needle);
  if (!bare) return [];
  const found: [number, number][] = [];
  for (
    let at = folded.text.indexOf(bare);
    at !== -1;
    at = folded.text.indexOf(bare, at + bare.length)
  ) {
    const [s, e] = originalRange(folded, at, at + bare.length);
    found.push(balancedRange(folded.source, s, e));
  }
  return found;
}

/** Where the phrase occurs in a text (original offsets). */
export function phraseOffsets(text: string, phrase: string): number[] {
  return occurrences(text, fold(phrase).text).map(([start]) => start);
}

/** A passage of text with the ranges to mark, offsets into `text`. */
export interface Excerpt {
  text: string;
  marks: [number, number][];
}

/**
 * The smallest stretch of text that holds one occurrence of every term (terms' occurrences
 * given per term, sorted): where the words of a query stand closest.
 */
export function closestWindow(per: readonly [number, number][][]): [number, number] | undefined {
  if (per.length === 0 || per.some((p) => p.length === 0)) return undefined;
  const events = per
    .flatMap((list, term) => list.map((range) => ({ term, range })))
    .sort((a, b) => a.range[0] - b.range[0]);
  const count = new Array<number>(per.length).fill(0);
  let covered = 0;
  let best: [number, number] | undefined;
  let left = 0;
  for (let right = 0; right < events.length; right++) {
    const event = events[right];
    if (!event) continue;
    const before = count[event.term] ?? 0;
    count[event.term] = before + 1;
    if (before === 0) covered++;
    while (covered === per.length) {
      const first = events[left];
      if (!first) break;
      const end = Math.max(...events.slice(left, right + 1).map((e) => e.range[1]));
      if (!best || end - first.range[0] < best[1] - best[0]) best = [first.range[0], end];
      const remaining = (count[first.term] ?? 1) - 1;
      count[first.term] = remaining;
      if (remaining === 0) covered--;
      left++;
    }
  }
  return best;
}

/**
 * A passage around the place where the terms stand closest (or the first occurrence of any),
 * every occurrence of a term inside it marked; undefined if no term occurs. Whitespace is
 * shown as single spaces; the passage is cut at `radius` characters around the hit.
 */
export function excerptOf(
  source: string | Folded,
  terms: readonly string[],
  radius = 36,
): Excerpt | undefined {
  const folded = typeof source === 'string' ? fold(source) : source;
  const text = folded.source;
  const per = terms.map((t) => occurrences(folded, t));
  const all = per.flat().sort((a, b) => a[0] - b[0]);
  const first = all[0];
  if (!first) return undefined;
  const [hitStart, hitEnd] = closestWindow(per.filter((p) => p.length > 0)) ?? first;
  const start = Math.max(0, hitStart - radius);
  const end = Math.min(text.length, Math.max(hitEnd, hitStart + 1) + radius);
  const lead = start > 0 ? '…' : '';
  const body = text.slice(start, end).replace(/\s/g, ' ');
  const marks = mergeRanges(
    all.filter(([s, e]) => s >= start && e <= end).map(([s, e]): [number, number] => [s, e]),
  ).map(([s, e]): [number, number] => [s - start + lead.length, e - start + lead.length]);
  return { text: `${lead}${body}${end < text.length ? '…' : ''}`, marks };
}

/** Overlapping or touching ranges joined, so one word is one mark. */
function mergeRanges(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** An excerpt as HTML: the text escaped, the marks in <mark> (for tests and plain pages). */
export function excerptHtml(excerpt: Excerpt): string {
  let html = '';
  let at = 0;
  for (const [s, e] of excerpt.marks) {
    html += `${escapeHtml(excerpt.text.slice(at, s))}<mark>${escapeHtml(excerpt.text.slice(s, e))}</mark>`;
    at = e;
  }
  return html + escapeHtml(excerpt.text.slice(at));
}

/** A passage around the first occurrence of the phrase, the phrase in <mark>, HTML-escaped. */
export function phraseExcerpt(text: string, phrase: string, radius = 36): string | undefined {
  const excerpt = excerptOf(text, [fold(phrase).text], radius);
  return excerpt && excerptHtml(excerpt);
}

export interface Candidate<T> {
  item: T;
  /** Pagefind's order (0 = most relevant by its word scoring). */
  rank: number;
  year: number;
  /** How often the exact phrase occurs in the report. */
  phraseHits: number;
}

/**
 * Phrase first: reports holding the query exactly as typed come before those with the words
 * scattered; among equals, more occurrences first, then Pagefind's order. Sorting by year puts
 * the newest first and uses the same order within a year.
 */
export function rankCandidates<T>(
  candidates: readonly Candidate<T>[],
  sort: 'relevance' | 'year',
): Candidate<T>[] {
  const relevance = (a: Candidate<T>, b: Candidate<T>) =>
    Number(b.phraseHits > 0) - Number(a.phraseHits > 0) ||
    b.phraseHits - a.phraseHits ||
    a.rank - b.rank;
  return [...candidates].sort((a, b) =>
    sort === 'year' ? b.year - a.year || relevance(a, b) : relevance(a, b),
  );
}

/**
 * The words of a Chinese phrase that a result must contain when the phrase itself is not
 * there: word-like segments, leaving out single Chinese characters (的, 和, 年 …) that match
 * almost anything.
 */
export function queryWords(query: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(fold(query).text)]
    .filter((s) => s.isWordLike && !(s.segment.length === 1 && isCjk(s.segment)))
    .map((s) => s.segment);
}

/** Whether a text holds every word, in any order. */
export function hasAllWords(text: string, words: readonly string[]): boolean {
  const hay = foldLoose(text).text;
  return words.every((w) => hay.includes(withoutMarks(w)));
}

/**
 * A query or term in the reader's own quotation marks for the status line: “科技” for a plain
 * term, but a term typed with marks of its own (“三公”经费, "三公经费") is shown once as typed.
 */
export function quoted(text: string): string {
  return /[“”‘’「」『』"《》]/.test(text) ? text : `“${text}”`;
}
