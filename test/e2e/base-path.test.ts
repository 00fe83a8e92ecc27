// A district site is often a column of the portal (https://www.example.gov.cn/jxzp/): build the
// real content for such an address, serve `dist/` only under /jxzp/ (anything else is a 404), and
// click through it in Chromium. Every request must stay under the base.
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, type PageLog, screenshot, watch } from './browser.ts';
import { cli, serveUnderBase } from './site.ts';

const BASE = '/jxzp/';
const dir = resolve('test-results/sites/jxzp');
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  // The port must be known before the build: SITE_URL names it.
  ({ server, origin } = await serveUnderBase(dir, BASE));
  rmSync(dir, { recursive: true, force: true });
  const run = cli('build', {
    CONTENT_DIR: 'test/fixtures/site',
    OUT_DIR: dir,
    SITE_URL: `${origin}${BASE}`,
  });
  if (run.code !== 0)
    throw new Error(`building under ${BASE} failed:\n${run.stdout}\n${run.stderr}`);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server.close(done));
});

/** Every request the page made stayed under the base and none failed. */
function expectInside(log: PageLog): void {
  expect(log.errors).toEqual([]);
  expect(log.requests.filter((r) => !r.url.startsWith(`${origin}${BASE}`))).toEqual([]);
}

async function follow(page: Page, selector: string, expectedPath: string): Promise<void> {
  await Promise.all([page.waitForURL(`${origin}${expectedPath}`), page.click(selector)]);
  expect(await axeViolations(page)).toEqual([]);
}

describe(`a site built for ${BASE}`, () => {
  it('clicks through home → department → report → data → search, every request under the base', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const log = watch(page);
    await page.goto(`${origin}${BASE}`, { waitUntil: 'networkidle' });
    expect(await page.locator('link[rel="stylesheet"]').first().getAttribute('href')).toMatch(
      /^\/jxzp\/_astro\//,
    );
    await follow(page, 'main a[href="/jxzp/demo/"]', '/jxzp/demo/');
    await follow(page, 'main a[href="/jxzp/demo/2023/"]', '/jxzp/demo/2023/');
    expect(await page.locator('h1').textContent()).toContain('2023年度');
    await follow(page, 'header a[href="/jxzp/data/"]', '/jxzp/data/');
    const json = await page
      .locator('a[href="/jxzp/data/demo/2023.json"]')
      .first()
      .getAttribute('href');
    const data = await page.request.get(`${origin}${json}`);
    expect(data.status()).toBe(200);
    await follow(page, 'header a[href="/jxzp/overview/"]', '/jxzp/overview/');
    await follow(page, '.overview-years a[href="/jxzp/overview/2023/"]', '/jxzp/overview/2023/');
    await follow(page, 'header a[href="/jxzp/disclosure/"]', '/jxzp/disclosure/');
    await follow(page, 'header a[href="/jxzp/search/"]', '/jxzp/search/');
    await page.fill('input[type="search"]', '预算执行进度');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const text = document.querySelector('#search-status')?.textContent ?? '';
      return text !== '' && !text.includes('正在搜索');
    });
    const results = await page.$$eval(
      '[data-search-results] .result > a, [data-search-results] .result a',
      (as) => as.map((a) => a.getAttribute('href') ?? ''),
    );
    expect(results.length).toBeGreaterThan(0);
    for (const href of results) expect(href).toMatch(/^\/jxzp\//);
    await screenshot(page, 'base-path-search-1280');
    const first = results[0] ?? '';
    await Promise.all([
      page.waitForURL(`${origin}${first}`),
      page.click(`[data-search-results] a[href="${first}"]`),
    ]);
    expect(page.url().startsWith(`${origin}${BASE}`)).toBe(true);
    expectInside(log);
    await page.close();
  });

  it('publishes absolute addresses with the base: canonical, feed, sitemap, attachment links', async () => {
    const get = async (path: string) => {
      const response = await fetch(`${origin}${BASE}${path}`);
      expect(response.status, path).toBe(200);
      return response.text();
    };
    expect(await get('demo/2023/')).toContain(
      `<link rel="canonical" href="${origin}/jxzp/demo/2023/">`,
    );
    expect(await get('feed.xml')).toContain(`<link href="${origin}/jxzp/demo/2023/"/>`);
    const sitemap = await get('sitemap.xml');
    expect(sitemap).toContain(`<loc>${origin}/jxzp/overview/2023/</loc>`);
    expect(sitemap).not.toMatch(new RegExp(`<loc>${origin}/(?!jxzp/)`));
    const report = await get('demo-jyj/2023/');
    expect(report).toContain('href="/jxzp/files/demo-jyj/2023/原文.pdf"');
    expect(
      (await fetch(`${origin}/jxzp/files/demo-jyj/2023/${encodeURIComponent('原文.pdf')}`)).status,
    ).toBe(200);
    expect(await get('pagefind/pagefind.js')).toBeTruthy();
  });
});
