// The vocabulary for pinyin search, built with the site from every report's text.
import { getCollection } from 'astro:content';
import { pinyin } from 'pinyin-pro';
import type { VocabEntry } from '../lib/search/pinyin.ts';
import { dataSections, narrativeSections } from '../lib/search/sections.ts';
import { buildVocabulary, namedTerms, shardVocabulary } from '../lib/search/vocabulary.ts';
import type { Report } from '../schemas/report.ts';

/** The searchable text of every report (title, narrative, figures in words), in a stable order. */
async function searchTexts(): Promise<{ texts: string[]; names: string[] }> {
  const entries = (await getCollection('reports')).sort((a, b) => a.id.localeCompare(b.id));
  const orgs = await getCollection('orgs');
  const texts = entries.flatMap((entry) => [
    entry.data.title,
    ...[...narrativeSections(entry.body ?? ''), ...dataSections(entry.data)].map((s) => s.text),
  ]);
  // Names, places and programmes whole: departments, their units, goals, classes, problems,
  // and whatever the reports put in 《》 or “”.
  const names = [
    ...orgs.flatMap((o) => [o.data.name, o.data.shortName, o.data.region]),
    ...entries.flatMap((entry) => {
      const report: Report = entry.data;
      return [
        ...(report.staffing ?? []).map((s) => s.unit),
        ...(report.goals ?? []).flatMap((area) => [
          area.area,
          ...area.indicators.map((i) => i.name),
        ]),
        ...(report.expenditure?.classes ?? []).map((c) => c.name),
        ...namedTerms(entry.body ?? ''),
      ];
    }),
  ];
  return { texts, names };
}

let shards: Promise<Map<string, VocabEntry[]>> | undefined;

/** The vocabulary shards, computed once per build. */
export function vocabularyShards(): Promise<Map<string, VocabEntry[]>> {
  shards ??= searchTexts().then(({ texts, names }) =>
    shardVocabulary(
      buildVocabulary(
        texts,
        (word) => pinyin(word, { toneType: 'none', type: 'array' }).join(' '),
        names,
      ),
    ),
  );
  return shards;
}
