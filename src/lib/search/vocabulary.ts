import { groupByShard, shardOf, type VocabEntry } from './pinyin.ts';

const CJK_ONLY = /^[\u3400-\u9fff]+$/;

/**
 * The site's vocabulary for pinyin search: every run of one to three adjacent words of the
 * texts that makes a 2–6 character Chinese term. Runs of words, not single words, because a
 * segmenter may cut a place name or term (芦花鸡, 科技特派员) into pieces.
 */
export function buildVocabulary(
  texts: readonly string[],
  toPinyin: (word: string) => string,
): VocabEntry[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
    for (let i = 0; i < words.length; i++) {
      let term = '';
      for (let n = 0; n < 3 && i + n < words.length; n++) {
        term += words[i + n];
        if (!CJK_ONLY.test(term) || term.length > 6) break;
        if (term.length >= 2) counts.set(term, (counts.get(term) ?? 0) + 1);
      }
    }
  }
  return [...counts]
    .map(([word, frequency]): VocabEntry => [word, toPinyin(word), frequency])
    .sort(
      (a, b) =>
        shardOf(a[1]).localeCompare(shardOf(b[1])) || b[2] - a[2] || a[0].localeCompare(b[0]),
    );
}

/** The vocabulary grouped by shard (first pinyin letter), each shard ordered deterministically. */
export const shardVocabulary = groupByShard;
