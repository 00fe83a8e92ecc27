// Large sites are indexed in shards of whole departments; the search page merges them.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../src/io/static-server.ts';
import { launch } from './browser.ts';
import { cli } from './site.ts';

const out = join(mkdtempSync(join(tmpdir(), 'shards-')), 'dist');
// The two departments these expectations count (5 and 1 reports), whatever else content/ holds.
const content = join(out, '..', 'content');
for (const org of ['demo', 'wanzhou-kjj']) {
  cpSync(`test/fixtures/site/orgs/${org}.yaml`, join(content, 'orgs', `${org}.yaml`));
  cpSync(`test/fixtures/site/reports/${org}`, join(content, 'reports', org), { recursive: true });
}
const server = createStaticServer(out);
let browser: Browser;
let url = '';

beforeAll(async () => {
  const run = cli('build', { CONTENT_DIR: content, OUT_DIR: out, SEARCH_SHARD_REPORTS: '3' });
  expect(run.code, run.stderr).toBe(0);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  server.close();
  rmSync(join(out, '..'), { recursive: true, force: true });
});

describe('a site indexed in shards', () => {
  it('writes one index per group of departments and lists the extra ones', () => {
    expect(JSON.parse(readFileSync(join(out, 'pagefind/shards.json'), 'utf8'))).toEqual([
      '/pagefind-2/',
    ]);
    const pages = ['pagefind', 'pagefind-2'].map(
      (dir) =>
        JSON.parse(readFileSync(join(out, dir, 'pagefind-entry.json'), 'utf8')).languages['zh-cn']
          .page_count,
    );
    expect(pages).toEqual([6, 1]);
  });

  it('finds reports in every shard, with filters and sorting', async () => {
    const page = await browser.newPage();
    const hrefs = async (query: string) => {
      await page.goto(`${url}/search/?${query}`);
      await page.waitForFunction(() => {
        const text = document.querySelector('#search-status')?.textContent ?? '';
        return text !== '' && !text.includes('正在搜索');
      });
      return page.$$eval('[data-search-results] .result > a', (as) =>
        as.map((a) => a.getAttribute('href')),
      );
    };
    expect(await hrefs('q=芦花鸡')).toEqual(['/wanzhou-kjj/2020/']);
    expect(await hrefs('q=办理群众事项&sort=year')).toEqual([
      '/demo/2024/',
      '/demo/2023/',
      '/demo/2022/',
      '/demo/2020/',
      '/demo/2019/',
      '/demo/2018/',
    ]);
    expect(
      await hrefs(`q=${encodeURIComponent('预算')}&dept=${encodeURIComponent('万州区科技局')}`),
    ).toEqual(['/wanzhou-kjj/2020/']);
    await page.close();
  });
});
