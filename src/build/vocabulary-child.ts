// Builds the pinyin vocabulary in a child process while Astro renders the pages in its own:
// Astro uses one core, and this the other. A child, not a worker thread, so that the memory it
// takes at 10000 reports is returned to the system when it exits.
import { pinyin } from 'pinyin-pro';
import { siteVocabulary } from '../lib/search/vocabulary.ts';
import { readSnapshot } from '../lib/validated.ts';

const { orgs, reports } = readSnapshot(process.argv[2] ?? '');
const shards = siteVocabulary([...orgs.values()], reports, (word) =>
  pinyin(word, { toneType: 'none', type: 'array' }).join(' '),
);
process.send?.(shards);
