import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { searchShards, shardPath } from '../lib/search/shards.ts';
import { runCommand } from './child.ts';
import { StageError } from './stage.ts';

/**
 * Pagefind's command-line program, the extended (CJK) build, found as Pagefind's own npm wrapper
 * (`pagefind/lib/resolveBinary.js`, not exported) finds it; `PAGEFIND_EXTENDED_BINARY_PATH`
 * overrides it, as it does for the wrapper. The program itself rather than that wrapper: the
 * wrapper waits in `spawnSync`, so stopping it would leave the indexer running. The command line,
 * not the Node API: over the same 1000 report pages the CLI indexed in 15.5 s what the API's
 * service took 27.6 s for (same machine, same load, same output options).
 */
export function pagefindProgram(env: NodeJS.ProcessEnv = process.env): string {
  const override = env['PAGEFIND_EXTENDED_BINARY_PATH'];
  if (override) return override;
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = platform === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  return createRequire(import.meta.url).resolve(
    `@pagefind/${platform}-${process.arch}/bin/${name}`,
  );
}

/**
 * Only report pages are indexed (`/<org>/<year>/index.html`): listing them spares Pagefind
 * parsing (and holding) the tens of thousands of other pages. The year's four digits keep out
 * `/<org>/compare/` and the like; `/overview/<year>/` matches but carries no
 * `data-pagefind-body`, so Pagefind skips it.
 */
const REPORT_PAGE = '[0-9][0-9][0-9][0-9]/index.html';

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
  signal?: AbortSignal,
): Promise<void> {
  const shards = searchShards(reports, shardReports);
  for (const [i, orgs] of shards.entries()) {
    const glob = `${shards.length === 1 ? '*' : `{${orgs.join(',')}}`}/${REPORT_PAGE}`;
    await pagefind(
      ['--site', dir, '--glob', glob, '--output-path', join(dir, shardPath(i))],
      signal,
    );
  }
  writeFileSync(
    join(dir, 'pagefind', 'shards.json'),
    JSON.stringify(shards.slice(1).map((_, i) => `/${shardPath(i + 1)}/`)),
  );
}

/**
 * Indexes the province portal's own pages (`index.html` at its root): a small index that makes
 * pagefind.js, its Chinese WebAssembly and the primary index the portal's own files; the members'
 * indexes are merged into it in the browser.
 */
export function indexPortal(dir: string, signal?: AbortSignal): Promise<void> {
  return pagefind(
    ['--site', dir, '--glob', 'index.html', '--output-path', join(dir, 'pagefind')],
    signal,
  );
}

function pagefind(args: readonly string[], stop?: AbortSignal): Promise<void> {
  return runCommand(
    pagefindProgram(),
    [...args, '--silent'],
    { capture: true, ...(stop ? { signal: stop } : {}) },
    (code, signal, output) =>
      signal
        ? new StageError('pagefind', `Pagefind 被终止（${signal}，可能内存不足）`)
        : new StageError('pagefind', `Pagefind 失败（退出码 ${code}）：${output}`),
  );
}
