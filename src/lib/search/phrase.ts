import { escapeHtml } from '../escape.ts';

/**
 * Phrase matching for search: Pagefind matches words, so results are re-ranked and excerpts
 * rebuilt here around the query exactly as typed.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Normalises a query: full-width to half-width, case folded, spaces between Chinese dropped. */
export function normalizeQuery(query: string): string {
  const folded = query.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
  return folded.replace(/(\S) (?=\S)/g, (match, before: string, offset: number) =>
    CJK.test(before) && CJK.test(folded[offset + 2] ?? '') ? before : match,
  );
}

/** Text as compared: the same folding as the query, thousands separators ignored. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Where the phrase occurs in a text (indexes into the text), case-insensitively. */
export function phraseOffsets(text: string, phrase: string): number[] {
  const hay = fold(text);
  const needle = normalizeQuery(phrase);
  if (!needle) return [];
  const found: number[] = [];
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length))
    found.push(at);
  return found;
}

/** A passage around the first occurrence of the phrase, the phrase in <mark>, HTML-escaped. */
export function phraseExcerpt(text: string, phrase: string, radius = 36): string | undefined {
  const [at] = phraseOffsets(text, phrase);
  if (at === undefined) return undefined;
  const length = normalizeQuery(phrase).length;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + length + radius);
  const clean = (s: string) => escapeHtml(s.replace(/\s+/g, ' '));
  return `${start > 0 ? '…' : ''}${clean(text.slice(start, at))}<mark>${clean(text.slice(at, at + length))}</mark>${clean(text.slice(at + length, end))}${end < text.length ? '…' : ''}`;
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
 * The words of a query that a result must contain: word-like segments, leaving out single
 * Chinese characters (的, 和, 年 …) that match almost anything.
 */
export function queryWords(query: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(normalizeQuery(query))]
    .filter((s) => s.isWordLike && !(s.segment.length === 1 && CJK.test(s.segment)))
    .map((s) => s.segment);
}

/** Whether a text holds every word of the query, in any order. */
export function hasAllWords(text: string, words: readonly string[]): boolean {
  const hay = fold(text);
  return words.every((w) => hay.includes(w));
}
