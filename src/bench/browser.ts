// The benchmark's browser half: search cost and latency on a built site (or the portal) in
// Debian's Chromium. The bench (run.ts) and the standalone tool below call the same function,
// with the same warm-up and the same passes, so their figures can be compared.
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../io/chromium.ts';
import { createStaticServer } from '../io/static-server.ts';

const QUERIES = [
  '科技',
  '预算',
  '知识价值信用贷款',
  '科技特派员',
  '培训',
  '绩效目标',
  '三公',
  '疫情防控',
  '科普基地',
  '高新技术企业',
  '4805',
  'keji',
];

/** Measured passes over the queries, each in a fresh browser context (no cache carried over). */
export const PASSES = 3;

/** The budget of a first search, gzip bytes on the wire (issue #14). */
export const FIRST_SEARCH_BUDGET = 300 * 1024;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    return text !== '' && !text.includes('正在搜索');
  });
}

// Latency as the page measures it (query to rendered results), without the harness's overhead.
async function query(page: Page, q: string): Promise<number> {
  await page.fill('#q', q);
  await page.click('button[type="submit"]');
  await settle(page);
  return Number((await page.getAttribute('[data-search-results]', 'data-ms')) ?? 'NaN');
}

async function fresh(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/search/`, { waitUntil: 'networkidle' });
  return page;
}

export interface SearchMeasure {
  first: { requests: number; bytes: number; gzip: number; withinBudget: boolean };
  second: { requests: number; bytes: number; gzip: number };
  /** Median over every query of every measured pass. */
  medianMs: number;
  /** Each pass's median and the load (1/5/15 min) before it. */
  passes: { medianMs: number; load: string }[];
  queries: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * Search at `url` (a site or the portal, its search page at /search/). First the weight of a
 * first and a second search in a fresh context. Then a warm-up pass over every query, not
 * counted, so that the server's files are in the OS cache and Chromium has compiled the page
 * whoever ran before (a build just finished, or a site kept for hours). Then PASSES measured
 * passes, each in a new context (so no pass answers from an earlier one's memory) after one
 * uncounted query that loads the index.
 */
export async function measureSearchAt(url: string, passes = PASSES): Promise<SearchMeasure> {
  const browser = await launchChromium();
  try {
    const page = await fresh(browser, url);
    let tally = { requests: 0, bytes: 0, gzip: 0 };
    page.on('response', async (response) => {
      const counted = tally;
      counted.requests++;
      const body = await response.body().catch(() => Buffer.alloc(0));
      counted.bytes += body.byteLength;
      counted.gzip += gzipSync(body).byteLength;
    });
    await query(page, '科技');
    await page.waitForLoadState('networkidle');
    const first = { ...tally };
    tally = { requests: 0, bytes: 0, gzip: 0 };
    await query(page, '预算执行');
    await page.waitForLoadState('networkidle');
    const second = { ...tally };
    await page.context().close();
    const warm = await fresh(browser, url);
    for (const q of QUERIES) await query(warm, q);
    await warm.context().close();
    const all: number[] = [];
    const measured: SearchMeasure['passes'] = [];
    for (let pass = 0; pass < passes; pass++) {
      const before = load();
      const p = await fresh(browser, url);
      // Loading Pagefind, its WebAssembly and index is the first search's cost, measured above
      // by weight: each pass starts after one uncounted query, as a reader's second search would.
      await query(p, '预算执行');
      const times: number[] = [];
      for (const q of QUERIES) times.push(await query(p, q));
      await p.context().close();
      all.push(...times);
      measured.push({ medianMs: median(times), load: before });
    }
    return {
      first: { ...first, withinBudget: first.gzip <= FIRST_SEARCH_BUDGET },
      second,
      medianMs: median(all),
      passes: measured,
      queries: QUERIES.length,
    };
  } finally {
    await browser.close();
  }
}

/** measureSearchAt on a built site served from `dir`. */
export async function measureSearch(dir: string, passes = PASSES): Promise<SearchMeasure> {
  const server = createStaticServer(dir);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    return await measureSearchAt(
      `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      passes,
    );
  } finally {
    server.close();
  }
}

export function describeSearch(result: SearchMeasure): string {
  return `median ${result.medianMs.toFixed(1)} ms over ${result.passes.length} × ${result.queries} queries (passes: ${result.passes
    .map((p) => `${p.medianMs.toFixed(1)} ms at load ${p.load}`)
    .join(
      '; ',
    )}); first search ${result.first.requests} requests, gzip ${(result.first.gzip / 1024).toFixed(1)} KiB${result.first.withinBudget ? '' : ' (over budget)'}`;
}

// `npx node src/bench/browser.ts <site> [passes]`: the search half alone, against a site kept by
// `npm run bench -- --keep` (the bench prints its path), so work on search is measured without
// building again: the same function, warm-up and passes as the bench.
if (import.meta.main) {
  const [dir, passes = String(PASSES)] = process.argv.slice(2);
  if (!dir || !/^[1-9]\d*$/.test(passes)) {
    console.error('用法：npx node src/bench/browser.ts <已构建站点目录> [测量轮数]');
    process.exit(2);
  }
  console.log(describeSearch(await measureSearch(dir, Number(passes))));
}
