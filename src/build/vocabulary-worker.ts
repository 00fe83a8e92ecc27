// Builds the pinyin vocabulary in a worker thread, while Astro renders the pages in its own
// process: Astro uses one core, and this uses the other.
import { parentPort, workerData } from 'node:worker_threads';
import { pinyin } from 'pinyin-pro';
import { siteVocabulary } from '../lib/search/vocabulary.ts';
import { readSnapshot } from '../lib/validated.ts';

const { orgs, reports } = readSnapshot((workerData as { snapshot: string }).snapshot);
const shards = siteVocabulary([...orgs.values()], reports, (word) =>
  pinyin(word, { toneType: 'none', type: 'array' }).join(' '),
);
parentPort?.postMessage(shards);
