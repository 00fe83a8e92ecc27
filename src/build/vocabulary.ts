import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { routes } from '../lib/routes.ts';
import type { VocabEntry } from '../lib/search/pinyin.ts';
import { VOCABULARY_LETTERS } from '../lib/search/vocabulary.ts';

/**
 * Starts building the search vocabulary from the content the validate stage wrote to `snapshot`
 * (`writeValidated`), in a worker thread so that it runs beside Astro (one process, one core)
 * instead of inside it. The worker reads the snapshot itself: the build process keeps no copy.
 */
export function startVocabulary(snapshot: string): {
  shards: Promise<Map<string, VocabEntry[]>>;
  stop: () => Promise<void>;
} {
  const worker = new Worker(new URL('./vocabulary-worker.ts', import.meta.url), {
    workerData: { snapshot },
  });
  const shards = new Promise<Map<string, VocabEntry[]>>((resolve, reject) => {
    let result: Map<string, VocabEntry[]> | undefined;
    worker.once('message', (built: Map<string, VocabEntry[]>) => {
      result = built;
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      result ? resolve(result) : reject(new Error(`拼音词表程序意外退出（退出码 ${code}）`)),
    );
  });
  // A build that failed elsewhere must not wait for (or be kept alive by) the worker.
  shards.catch(() => {});
  return {
    shards,
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** Writes one JSON file per letter (`routes.searchVocabulary`) into the built site. */
export function writeVocabulary(dir: string, shards: ReadonlyMap<string, VocabEntry[]>): void {
  for (const letter of VOCABULARY_LETTERS) {
    const file = join(dir, routes.searchVocabulary(letter));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(shards.get(letter) ?? []));
  }
}
