import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchShards, shardPath } from '../lib/search/shards.ts';
import { runNode } from './child.ts';
import { StageError } from './stage.ts';

/**
 * Pagefind's own command-line wrapper, which runs the extended (CJK) build when it is installed.
 * The command line, not the Node API: over the same 1000 report pages the CLI indexed in 15.5 s
 * what the API's service took 27.6 s for (same machine, same load, same output options).
 */
const PAGEFIND = fileURLToPath(
  new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url),
);

/**
 * Indexes the report pages of a built site. Pagefind holds a whole index in memory (about 2.5 GB
 * per 1000 report pages), so large sites are indexed in shards of whole departments, each by a
 * fresh indexer; the search page merges them. A site up to `shardReports` reports has one index,
 * as Pagefind writes it.
 */
export async function indexSite(
  dir: string,
  reports: readonly { data: { org: string } }[],
  shardReports: number,
): Promise<void> {
  const shards = searchShards(reports, shardReports);
  for (const [i, orgs] of shards.entries()) {
    // Only report pages are indexed; listing them spares Pagefind parsing (and holding) the
    // tens of thousands of other pages.
    const glob = shards.length === 1 ? '*/*/index.html' : `{${orgs.join(',')}}/*/index.html`;
    await pagefind(['--site', dir, '--glob', glob, '--output-path', join(dir, shardPath(i))]);
  }
  writeFileSync(
    join(dir, 'pagefind', 'shards.json'),
    JSON.stringify(shards.slice(1).map((_, i) => `/${shardPath(i + 1)}/`)),
  );
}

function pagefind(args: readonly string[]): Promise<void> {
  return runNode([PAGEFIND, ...args, '--silent'], { capture: true }, (code, signal, output) =>
    signal
      ? new StageError('pagefind', `Pagefind 被终止（${signal}，可能内存不足）`)
      : new StageError('pagefind', `Pagefind 失败（退出码 ${code}）：${output}`),
  );
}
