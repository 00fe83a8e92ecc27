import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { LoadedReport } from '../lib/load.ts';
import { searchShards, shardPath } from '../lib/search/shards.ts';
import { StageError } from './stage.ts';

/**
 * Indexes the report pages of a built site. Pagefind holds a whole index in memory (about 2.5 GB
 * per 1000 report pages), so large sites are indexed in shards of whole departments, each by a
 * fresh indexer; the search page merges them. A site up to `shardReports` reports has one index,
 * as Pagefind writes it.
 */
export async function indexSite(
  dir: string,
  reports: readonly LoadedReport[],
  shardReports: number,
): Promise<void> {
  const shards = searchShards(reports, shardReports);
  const fail = (errors: readonly string[]) =>
    new StageError('pagefind', `Pagefind：${errors.join('；')}`);
  for (const [i, orgs] of shards.entries()) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw fail(errors);
    // Only report pages are indexed; listing them spares Pagefind parsing (and holding) the
    // tens of thousands of other pages.
    const glob = shards.length === 1 ? '*/*/index.html' : `{${orgs.join(',')}}/*/index.html`;
    const added = await index.addDirectory({ path: dir, glob });
    if (added.errors.length > 0) throw fail(added.errors);
    const written = await index.writeFiles({ outputPath: join(dir, shardPath(i)) });
    if (written.errors.length > 0) throw fail(written.errors);
    await pagefind.close();
  }
  writeFileSync(
    join(dir, 'pagefind', 'shards.json'),
    JSON.stringify(shards.slice(1).map((_, i) => `/${shardPath(i + 1)}/`)),
  );
}
