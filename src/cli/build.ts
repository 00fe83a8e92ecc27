// `npm run build`: validate → Astro → Pagefind into a staging folder, then swap it in for OUT_DIR.
// A failure at any step leaves the previously published OUT_DIR exactly as it was.

import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { loadContent } from '../lib/load.ts';
import { contentDir, outDir } from '../lib/paths.ts';
import { basePath } from '../lib/routes.ts';
import { searchShards, shardPath } from '../lib/search/shards.ts';
import { errorsOf, formatIssues } from '../schemas/issues.ts';
import { checkSite, formatSiteProblems } from './check-site.ts';

// The build must not phone home: government build machines are often offline, and nothing
// should leave them unasked.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

class SiteCheckError extends Error {}

/**
 * The environment for Astro without the variables Vite reads as its own `import.meta.env`
 * (BASE_URL, MODE, DEV, PROD, SSR): a test runner sets them (BASE_URL=/), and an inherited
 * BASE_URL would silently override the base that SITE_URL's path gives.
 */
function astroEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = env;
  return rest;
}

const started = performance.now();
const timings: Record<string, number> = {};
const stage = (name: string, since: number) => {
  timings[name] = (performance.now() - since) / 1000;
  console.log(`  ${name.padEnd(10)} ${(timings[name] ?? 0).toFixed(1)} s`);
};

const content = contentDir();
const out = outDir();
const staging = `${out}.staging`;
const previous = `${out}.previous`;

// If a child the build waits on dies (Pagefind killed for lack of memory, say), the pending
// promise never settles and Node would just exit: say so, and leave nothing half-written.
let finished = false;
process.on('beforeExit', () => {
  if (finished) return;
  rmSync(staging, { recursive: true, force: true });
  console.error(`构建失败：索引程序意外退出（可能内存不足）。${out} 保持不变。`);
  process.exit(1);
});

let t = performance.now();
const { reports, issues } = loadContent(content);
if (errorsOf(issues).length > 0) {
  console.error(formatIssues(issues));
  console.error(`\n构建已停止：${out} 保持不变。`);
  process.exit(1);
}
if (issues.length > 0) console.log(formatIssues(issues));
stage('validate', t);

try {
  rmSync(staging, { recursive: true, force: true });
  t = performance.now();
  // Astro runs in its own process so that its memory is returned before Pagefind indexes the
  // pages: the stages' peaks then do not add up (measured at 1000 reports).
  const astroBin = fileURLToPath(
    new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url),
  );
  // Node caps its heap well below the machine's memory; tens of thousands of pages need more.
  const heapMb = Math.floor((totalmem() / 2 ** 20) * 0.75);
  const astro = spawnSync(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, astroBin, 'build', '--silent'],
    {
      env: { ...astroEnv(process.env), ASTRO_OUT_DIR: staging },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (astro.status !== 0) throw new Error(`Astro 构建失败（退出码 ${astro.status}）`);
  stage('astro', t);

  t = performance.now();
  // Pagefind holds a whole index in memory (about 2.5 GB per 1000 report pages), so large sites
  // are indexed in shards of whole departments, each by a fresh indexer; the search page merges
  // them. A site up to SEARCH_SHARD_REPORTS reports has one index, as Pagefind writes it.
  const shards = searchShards(reports, Number(process.env['SEARCH_SHARD_REPORTS'] || 2000));
  for (const [i, orgs] of shards.entries()) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    // Only report pages are indexed; listing them spares Pagefind parsing (and holding) the
    // tens of thousands of other pages.
    const glob = shards.length === 1 ? '*/*/index.html' : `{${orgs.join(',')}}/*/index.html`;
    const added = await index.addDirectory({ path: staging, glob });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(staging, shardPath(i)) });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await pagefind.close();
  }
  writeFileSync(
    join(staging, 'pagefind', 'shards.json'),
    JSON.stringify(shards.slice(1).map((_, i) => `/${shardPath(i + 1)}/`)),
  );
  stage('pagefind', t);

  t = performance.now();
  const problems = await checkSite(
    staging,
    basePath(process.env['SITE_URL'] || 'https://example.gov.cn'),
  );
  if (problems.length > 0) throw new SiteCheckError(formatSiteProblems(problems));
  stage('checks', t);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(error instanceof SiteCheckError ? `${error.message}\n\n发布前检查未通过。` : error);
  console.error(`\n构建失败：${out} 保持不变。`);
  process.exit(1);
}

// Two renames keep the window without a published site as short as the file system allows.
rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
finished = true;
// The benchmark reads the stage times from here.
if (process.env['BUILD_TIMINGS'])
  writeFileSync(process.env['BUILD_TIMINGS'], JSON.stringify(timings));
console.log(
  `✓ ${reports.length} 份报告已发布到 ${out}（共 ${((performance.now() - started) / 1000).toFixed(1)} s）`,
);
