// Search data built with the site: per-report sections (for phrase matching and excerpts) and
// the vocabulary for pinyin input.
import { getCollection } from 'astro:content';
import { pinyin } from 'pinyin-pro';
import type { VocabEntry } from '../lib/search/pinyin.ts';
import { dataSections, narrativeSections, type SearchSection } from '../lib/search/sections.ts';
import { buildVocabulary, shardVocabulary } from '../lib/search/vocabulary.ts';
import { departments } from './collections.ts';

export interface SearchDocument {
  url: string;
  title: string;
  department: string;
  year: number;
  sections: SearchSection[];
}

export async function searchDocuments(): Promise<SearchDocument[]> {
  const [entries, all] = await Promise.all([getCollection('reports'), departments()]);
  const names = new Map(all.map((d) => [d.id, d.org.shortName]));
  return entries
    .map((entry) => ({
      url: `/${entry.data.org}/${entry.data.year}/`,
      title: entry.data.title,
      department: names.get(entry.data.org) ?? entry.data.org,
      year: entry.data.year,
      sections: [...narrativeSections(entry.body ?? ''), ...dataSections(entry.data)],
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

let shards: Promise<Map<string, VocabEntry[]>> | undefined;

/** The vocabulary shards, computed once per build. */
export function vocabularyShards(): Promise<Map<string, VocabEntry[]>> {
  shards ??= searchDocuments().then((docs) =>
    shardVocabulary(
      buildVocabulary(
        docs.flatMap((d) => [d.title, ...d.sections.map((s) => s.text)]),
        (word) => pinyin(word, { toneType: 'none', type: 'array' }).join(' '),
      ),
    ),
  );
  return shards;
}
