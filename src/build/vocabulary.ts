import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routes } from '../lib/routes.ts';
import type { VocabEntry } from '../lib/search/pinyin.ts';
import { VOCABULARY_LETTERS } from '../lib/search/vocabulary.ts';

/**
 * Starts building the search vocabulary from the content the validate stage wrote to `snapshot`
 * (`writeValidated`), in a child process so that it runs beside Astro (one process, one core)
 * instead of inside it. The child reads the snapshot itself: the build process keeps no copy.
 */
export function startVocabulary(snapshot: string): {
  shards: Promise<Map<string, VocabEntry[]>>;
  stop: () => Promise<void>;
} {
  const child = fork(fileURLToPath(new URL('./vocabulary-child.ts', import.meta.url)), [snapshot], {
    serialization: 'advanced',
  });
  const shards = new Promise<Map<string, VocabEntry[]>>((resolve, reject) => {
    let result: Map<string, VocabEntry[]> | undefined;
    child.once('message', (built) => {
      result = built as Map<string, VocabEntry[]>;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      result ? resolve(result) : reject(new Error(`拼音词表程序意外退出（退出码 ${code}）`)),
    );
  });
  // A build that failed elsewhere must not wait for (or be kept alive by) the child.
  shards.catch(() => {});
  return {
    shards,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
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
