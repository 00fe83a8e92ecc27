import type { Org } from '../../schemas/org.ts';
import type { Report } from '../../schemas/report.ts';
import { groupByShard, shardOf, type VocabEntry } from './pinyin.ts';
import { narrativeSections, type SearchSection } from './sections.ts';

const CJK_ONLY = /^[\u3400-\u9fff]+$/;
// Characters a term rarely starts or ends with: a run of words beginning with 为 or ending
// with 的 (为龙驹, 科技的) is a fragment of a sentence, not something a reader types.
const EDGE =
  /^[的了在为以与和及对把被将从向于等其并或由是也就都而]|[的了在为以与和及对把被将从向于等其并或由是也就都而]$/;

/**
 * The names a report states as such: titles in 《》, quoted names in “” (programmes such as
 * 平湖英才计划, platforms, teams) — kept whole, however the segmenter cuts them.
 */
export function namedTerms(text: string): string[] {
  return [...text.matchAll(/《([^《》]{2,24})》|“([^“”]{2,16})”/g)]
    .map((m) => (m[1] ?? m[2] ?? '').trim())
    .filter((t) => CJK_ONLY.test(t));
}

/**
 * The site's vocabulary for pinyin search: every run of one to three adjacent words of the
 * texts that makes a 2–6 character Chinese term, plus the `names` the site knows as whole
 * terms (departments, units, goal indicators, expenditure classes, titles and quoted names).
 * Runs of words, not single words, because a segmenter may cut a place name or term
 * (芦花鸡, 科技特派员) into pieces.
 */
export function buildVocabulary(
  texts: Iterable<string>,
  toPinyin: (word: string) => string,
  names: readonly string[] = [],
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
        if (term.length >= 2 && (n === 0 || !EDGE.test(term)))
          counts.set(term, (counts.get(term) ?? 0) + 1);
      }
    }
  }
  for (const name of names.flatMap((n) => [n, ...namedTerms(n)])) {
    if (CJK_ONLY.test(name) && name.length >= 2) counts.set(name, (counts.get(name) ?? 0) + 1);
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

/** Every letter gets a shard, empty or not, so the search page never asks for a missing file. */
export const VOCABULARY_LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

/**
 * The vocabulary of a whole site, by shard: the searchable text of every report (title,
 * narrative, figures in words) and the names the site knows whole — departments, their units,
 * goals, classes, and whatever the reports put in 《》 or “”. Reports are read in a stable order,
 * so equal content gives byte-equal shards.
 */
export function siteVocabulary(
  orgs: readonly Org[],
  /** Each report with its body and its data in words (its view's `searchText`). */
  reports: readonly { data: Report; body: string; searchText: readonly SearchSection[] }[],
  toPinyin: (word: string) => string,
): Map<string, VocabEntry[]> {
  const sorted = [...reports].sort(
    (a, b) => a.data.org.localeCompare(b.data.org) || a.data.year - b.data.year,
  );
  // One report's texts at a time: the whole site's text never sits in memory at once.
  function* texts(): Generator<string> {
    for (const { data, body, searchText } of sorted) {
      yield data.title;
      for (const section of [...narrativeSections(body), ...searchText]) yield section.text;
    }
  }
  const names = [
    ...orgs.flatMap((o) => [o.name, o.shortName, o.region]),
    ...sorted.flatMap(({ data, body }) => [
      ...(data.staffing ?? []).map((s) => s.unit),
      ...(data.goals ?? []).flatMap((area) => [area.area, ...area.indicators.map((i) => i.name)]),
      ...(data.expenditure?.classes ?? []).map((c) => c.name),
      ...namedTerms(body),
    ]),
  ];
  return groupByShard(buildVocabulary(texts(), toPinyin, names));
}
