import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { routes } from '../lib/routes.ts';
import type { VocabEntry } from '../lib/search/pinyin.ts';
import { VOCABULARY_LETTERS } from '../lib/search/vocabulary.ts';
import { forkReply } from './child.ts';

/**
 * Builds the search vocabulary from the content the validate stage wrote to `snapshot`
 * (`writeValidated`), in a child process so that it runs beside Astro (one process, one core)
 * instead of inside it. The child reads the snapshot itself: the build process keeps no copy.
 */
export function buildVocabulary(
  snapshot: string,
  signal?: AbortSignal,
): Promise<Map<string, VocabEntry[]>> {
  return forkReply(
    new URL('./vocabulary-child.ts', import.meta.url),
    [snapshot],
    '拼音词表程序',
    signal,
  );
}

/** Writes one JSON file per letter (`routes.searchVocabulary`) into the built site. */
export function writeVocabulary(dir: string, shards: ReadonlyMap<string, VocabEntry[]>): void {
  for (const letter of VOCABULARY_LETTERS) {
    const file = join(dir, routes.searchVocabulary(letter));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(shards.get(letter) ?? []));
  }
}
