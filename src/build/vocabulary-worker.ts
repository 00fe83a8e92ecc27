// Builds the pinyin vocabulary in a worker thread, while Astro renders the pages in its own
// process: Astro uses one core, and this uses the other.
import { parentPort, workerData } from 'node:worker_threads';
import { pinyin } from 'pinyin-pro';
import { siteVocabulary } from '../lib/search/vocabulary.ts';
import type { VocabularyInput } from './vocabulary.ts';

const { orgs, reports } = workerData as VocabularyInput;
const shards = siteVocabulary(orgs, reports, (word) =>
  pinyin(word, { toneType: 'none', type: 'array' }).join(' '),
);
parentPort?.postMessage(shards);
