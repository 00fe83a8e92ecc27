/**
 * Pinyin input: a query typed in full pinyin (`luhuaji`, `lu hua ji`, `LuHuaJi`), initials
 * (`kjtpy`, `xctd`), with ü as `v`, `u` or `ü` (`lvse`, `luse`, `lüse`), is turned back into
 * the site's own Chinese words, using a vocabulary built with the site.
 */

/** One vocabulary entry: the word, its syllables joined by spaces, how often the site uses it. */
export type VocabEntry = [word: string, syllables: string, frequency: number];

/** Pinyin as compared: lower case, no apostrophes, ü written u (`lv`, `lu`, `lü` are alike). */
export function canonicalPinyin(text: string): string {
  return text.toLowerCase().replace(/['’]/g, '').replace(/[üv]/g, 'u');
}

/** Whether a token (no spaces) can be pinyin: Latin letters, ü, apostrophes; two or more. */
export function isPinyinToken(token: string): boolean {
  return /^[a-zü'’]+$/i.test(token) && token.replace(/['’]/g, '').length >= 2;
}

export function isPinyinQuery(query: string): boolean {
  const tokens = query.trim().split(/\s+/);
  return tokens.every((t) => /^[a-zü'’]+$/i.test(t)) && tokens.join('').length >= 2;
}

/** The vocabulary shard an entry lives in: the first letter of its pinyin. */
export function shardOf(syllables: string): string {
  return syllables[0] ?? '_';
}

/** Entries grouped by shard (first pinyin letter), keeping their order. */
export function groupByShard(entries: readonly VocabEntry[]): Map<string, VocabEntry[]> {
  const shards = new Map<string, VocabEntry[]>();
  for (const entry of entries) {
    const key = shardOf(entry[1]);
    const shard = shards.get(key);
    if (shard) shard.push(entry);
    else shards.set(key, [entry]);
  }
  return shards;
}

interface Reading {
  word: string;
  full: string;
  initials: string;
  frequency: number;
}

// Entries are read once per vocabulary, not once per query position.
const readings = new WeakMap<readonly VocabEntry[], Map<string, Reading[]>>();

function readingsOf(entries: readonly VocabEntry[]): Map<string, Reading[]> {
  let byLetter = readings.get(entries);
  if (byLetter) return byLetter;
  byLetter = new Map();
  for (const [word, syllables, frequency] of entries) {
    const parts = canonicalPinyin(syllables).split(' ').filter(Boolean);
    const reading = {
      word,
      full: parts.join(''),
      initials: parts.map((s) => s[0]).join(''),
      frequency,
    };
    const key = reading.full[0] ?? '_';
    const list = byLetter.get(key);
    if (list) list.push(reading);
    else byLetter.set(key, [reading]);
  }
  readings.set(entries, byLetter);
  return byLetter;
}

/**
 * Splits one run of pinyin (spaces removed) into vocabulary words, each read as full pinyin
 * or as its initials: fewest words first, then the most frequent. Short runs (initials) are also
 * read with two neighbouring letters swapped (`xcdt` for `xctd`), the slip people make most
 * when typing initials (政府网站发展指引 asks site search to tolerate typos): a swapped reading
 * wins only when it is one whole term and the run as typed reads as several words or none.
 * Undefined when no reading finds the site's words.
 */
export function segmentToken(token: string, entries: readonly VocabEntry[]): string[] | undefined {
  const text = canonicalPinyin(token).replace(/\s+/g, '');
  const exact = segmentExact(text, entries);
  // Longer runs are full pinyin, where a swap would more often find a wrong word than the right one.
  if ((exact && exact.length <= 1) || text.length > MAX_SWAPPED) return exact;
  for (let at = 0; at + 1 < text.length; at++) {
    if (text[at] === text[at + 1]) continue;
    const swapped = `${text.slice(0, at)}${text[at + 1]}${text[at]}${text.slice(at + 2)}`;
    const words = segmentExact(swapped, entries);
    if (words?.length === 1) return words;
  }
  return exact;
}

/** Runs up to this length (initials of a few words) are retried with one swap. */
const MAX_SWAPPED = 6;

function segmentExact(text: string, entries: readonly VocabEntry[]): string[] | undefined {
  const byLetter = readingsOf(entries);
  type Path = { words: string[]; score: number };
  const best: (Path | undefined)[] = new Array(text.length + 1).fill(undefined);
  best[text.length] = { words: [], score: 0 };
  for (let at = text.length - 1; at >= 0; at--) {
    for (const r of byLetter.get(text[at] ?? '') ?? []) {
      for (const length of new Set([r.full.length, r.initials.length])) {
        const form = length === r.full.length ? r.full : r.initials;
        if (!text.startsWith(form, at)) continue;
        const rest = best[at + length];
        if (!rest) continue;
        const path = {
          words: [r.word, ...rest.words],
          // Full pinyin says more than initials: it wins a tie.
          score: rest.score + Math.log(1 + r.frequency) + (form === r.full ? 1 : 0),
        };
        const current = best[at];
        if (
          !current ||
          path.words.length < current.words.length ||
          (path.words.length === current.words.length && path.score > current.score)
        )
          best[at] = path;
      }
    }
  }
  return best[0]?.words;
}

/**
 * The Chinese a pinyin query stands for, or undefined if the vocabulary cannot read it.
 * Spaces may fall between syllables (`lu hua ji`) or words (`keji tepaiyuan`): the syllables
 * are read as one run.
 */
export function pinyinToChinese(query: string, entries: readonly VocabEntry[]): string | undefined {
  return segmentToken(query, entries)?.join('');
}

/** The vocabulary shards a pinyin query can need: the letters that can start a word in it. */
export function shardsFor(query: string): string[] {
  return [...new Set(canonicalPinyin(query).replace(/[^a-z]/g, ''))].sort();
}
