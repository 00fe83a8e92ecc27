// The benchmark's browser half: search cost and latency on the built site in Debian's Chromium.
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
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

/** The budget of a first search, gzip bytes on the wire (issue #14). */
export const FIRST_SEARCH_BUDGET = 300 * 1024;

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    return text !== '' && !text.includes('正在搜索');
  });
}

export async function measureSearch(dir: string) {
  const server = createStaticServer(dir);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium().catch((error: unknown) => {
    // A browser that cannot start must not leave the server holding the bench open.
    server.close();
    throw error;
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/search/`, { waitUntil: 'networkidle' });
    let tally = { requests: 0, bytes: 0, gzip: 0 };
    page.on('response', async (response) => {
      const counted = tally;
      counted.requests++;
      const body = await response.body().catch(() => Buffer.alloc(0));
      counted.bytes += body.byteLength;
      counted.gzip += gzipSync(body).byteLength;
    });
    // Latency as the page measures it (query to rendered results), without the harness's overhead.
    const query = async (q: string) => {
      await page.fill('#q', q);
      await page.click('button[type="submit"]');
      await settle(page);
      return Number((await page.getAttribute('[data-search-results]', 'data-ms')) ?? 'NaN');
    };
    await query('科技');
    await page.waitForLoadState('networkidle');
    const first = { ...tally };
    tally = { requests: 0, bytes: 0, gzip: 0 };
    await query('预算执行');
    await page.waitForLoadState('networkidle');
    const second = { ...tally };
    const times: number[] = [];
    for (const q of QUERIES) times.push(await query(q));
    times.sort((a, b) => a - b);
    return {
      first: { ...first, withinBudget: first.gzip <= FIRST_SEARCH_BUDGET },
      second,
      medianMs: times[Math.floor(times.length / 2)] ?? 0,
      queries: QUERIES.length,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

// `npx node src/bench/browser.ts <site> [runs]`: the search half alone, against a site kept by
// `npm run bench -- --keep`, so work on search is measured without building again. The same
// queries and the same measure as the full bench; the load beside each run says how busy the
// machine was.
if (import.meta.main) {
  const [dir, runs = '3'] = process.argv.slice(2);
  if (!dir || !/^[1-9]\d*$/.test(runs)) {
    console.error('用法：npx node src/bench/browser.ts <已构建站点目录> [次数]');
    process.exit(2);
  }
  const { loadavg } = await import('node:os');
  for (let run = 0; run < Number(runs); run++) {
    const result = await measureSearch(dir);
    console.log(
      `median ${result.medianMs} ms over ${result.queries} queries; first search ${result.first.requests} requests, gzip ${(result.first.gzip / 1024).toFixed(1)} KiB${result.first.withinBudget ? '' : ' (over budget)'}; load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  }
}
