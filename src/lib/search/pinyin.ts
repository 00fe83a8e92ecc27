/**
 * Pinyin input: a query typed in full pinyin (`luhuaji`, `keji tepaiyuan`) or initials (`kjtpy`)
 * is turned back into the site's own Chinese words, using a vocabulary built with the site.
 */

/** One vocabulary entry: the word, its syllables joined by spaces, how often the site uses it. */
export type VocabEntry = [word: string, syllables: string, frequency: number];

export function isPinyinQuery(query: string): boolean {
  return /^[a-z][a-z' ]*$/i.test(query.trim()) && query.replace(/[\s']/g, '').length >= 2;
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

interface Match {
  word: string;
  length: number;
  frequency: number;
}

/** Entries matching at a position of a pinyin token, as full pinyin or as initials. */
function matchesAt(token: string, at: number, entries: readonly VocabEntry[]): Match[] {
  const out: Match[] = [];
  for (const [word, syllables, frequency] of entries) {
    const full = syllables.replaceAll(' ', '');
    const initials = syllables
      .split(' ')
      .map((s) => s[0])
      .join('');
    if (token.startsWith(full, at)) out.push({ word, length: full.length, frequency });
    else if (token.startsWith(initials, at)) out.push({ word, length: initials.length, frequency });
  }
  return out;
}

/**
 * Splits one pinyin token into vocabulary words: fewest words first, then the most frequent.
 * Returns undefined when the token cannot be read as the site's words.
 */
export function segmentToken(token: string, entries: readonly VocabEntry[]): string[] | undefined {
  const byLetter = groupByShard(entries);
  type Path = { words: string[]; score: number };
  const best: (Path | undefined)[] = new Array(token.length + 1).fill(undefined);
  best[token.length] = { words: [], score: 0 };
  for (let at = token.length - 1; at >= 0; at--) {
    for (const m of matchesAt(token, at, byLetter.get(token[at] ?? '') ?? [])) {
      const rest = best[at + m.length];
      if (!rest) continue;
      const path = {
        words: [m.word, ...rest.words],
        score: rest.score + Math.log(1 + m.frequency),
      };
      const current = best[at];
      if (
        !current ||
        path.words.length < current.words.length ||
        (path.words.length === current.words.length && path.score > current.score)
      ) {
        best[at] = path;
      }
    }
  }
  return best[0]?.words;
}

/** The Chinese the pinyin query stands for, or undefined if the vocabulary cannot read it. */
export function pinyinToChinese(query: string, entries: readonly VocabEntry[]): string | undefined {
  const tokens = query.toLowerCase().replaceAll("'", '').trim().split(/\s+/);
  const words: string[] = [];
  for (const token of tokens) {
    const found = segmentToken(token, entries);
    if (!found) return undefined;
    words.push(...found);
  }
  return words.join('');
}

/** The vocabulary shards a pinyin query can need: the letters that can start a word in it. */
export function shardsFor(query: string): string[] {
  return [...new Set(query.toLowerCase().replace(/[^a-z]/g, ''))].sort();
}
