import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { moveFiles } from '../io/site-files.ts';
import { routes } from '../lib/routes.ts';
import type { VocabEntry } from '../lib/search/pinyin.ts';
import { VOCABULARY_LETTERS } from '../lib/search/vocabulary.ts';
import { forkReply } from './child.ts';

/**
 * The work done beside Astro, from the content the validate stage wrote to `snapshot`
 * (`writeValidated`) and the view models it wrote to `views` (`writeViews`): the search
 * vocabulary, which it gives back, and each report's data files and print stylesheet
 * (src/lib/report-files.ts), which it writes into `filesDir`. Astro, which
 * renders on one core, is told to leave those files out (the plan's `reportFilesAside`), so they are
 * written on the other (about 1.5 s of Astro's 16 s at 1000 reports). The child reads the
 * snapshot itself: the build process keeps no copy.
 */
export function runSidecar(
  snapshot: string,
  views: readonly string[],
  filesDir: string,
  signal?: AbortSignal,
): Promise<Map<string, VocabEntry[]>> {
  return forkReply(
    new URL('./sidecar-child.ts', import.meta.url),
    [snapshot, filesDir, ...views],
    '拼音词表与数据文件程序',
    signal,
  );
}

/**
 * Puts the sidecar's work into the built site, once Astro has made (and emptied) it: the
 * vocabulary as one JSON file per letter (`routes.searchVocabulary`), and the report files moved
 * from `filesDir`.
 */
export function addSidecarFiles(
  dir: string,
  shards: ReadonlyMap<string, VocabEntry[]>,
  filesDir: string,
): void {
  for (const letter of VOCABULARY_LETTERS) {
    const file = join(dir, routes.searchVocabulary(letter));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(shards.get(letter) ?? []));
  }
  moveFiles(filesDir, dir);
}
