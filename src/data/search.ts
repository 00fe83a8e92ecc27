// The vocabulary for pinyin search, built with the site from every report's text.
import { getCollection } from 'astro:content';
import { pinyin } from 'pinyin-pro';
import type { VocabEntry } from '../lib/search/pinyin.ts';
import { dataSections, narrativeSections } from '../lib/search/sections.ts';
import { buildVocabulary, shardVocabulary } from '../lib/search/vocabulary.ts';

/** The searchable text of every report (title, narrative, figures in words), in a stable order. */
async function searchTexts(): Promise<string[]> {
  const entries = (await getCollection('reports')).sort((a, b) => a.id.localeCompare(b.id));
  return entries.flatMap((entry) => [
    entry.data.title,
    ...[...narrativeSections(entry.body ?? ''), ...dataSections(entry.data)].map((s) => s.text),
  ]);
}

let shards: Promise<Map<string, VocabEntry[]>> | undefined;

/** The vocabulary shards, computed once per build. */
export function vocabularyShards(): Promise<Map<string, VocabEntry[]>> {
  shards ??= searchTexts().then((texts) =>
    shardVocabulary(
      buildVocabulary(texts, (word) => pinyin(word, { toneType: 'none', type: 'array' }).join(' ')),
    ),
  );
  return shards;
}
