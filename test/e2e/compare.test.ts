// Comparison pages are linear in years: pair pages for adjacent years and against the latest,
// and one page per department with every year side by side.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit, CLEAN, launch } from './browser.ts';

const { real } = inject('sites');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('comparison pages', () => {
  it('builds each year against the next and against the latest, and no other pair', () => {
    const built = readdirSync(join(real.dir, 'demo/compare'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(built).toEqual([
      '2018-2019',
      '2018-2024',
      '2019-2020',
      '2019-2024',
      '2020-2022',
      '2020-2024',
      '2022-2023',
      '2022-2024',
      '2023-2024',
    ]);
    expect(existsSync(join(real.dir, 'demo/compare/index.html'))).toBe(true);
  });

  it('lists every year on the all-years page, in the reports’ figures, linking the pair pages', async () => {
    const html = readFileSync(join(real.dir, 'demo/compare/index.html'), 'utf8');
    for (const year of [2018, 2019, 2020, 2022, 2023, 2024]) expect(html).toContain(`${year}年度`);
    // 2020 is published in 元: the page converts every year to 万元 and says so.
    expect(html).toContain('统一换算为万元');
    expect(html).toContain('1,200');
    expect(html).toContain('href="/demo/compare/2019-2024/"');
    expect(html).toContain('href="/demo/compare/2022-2023/"');
    expect(html).not.toContain('/demo/compare/2019-2022/');
    const sitemap = readFileSync(join(real.dir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('https://example.gov.cn/demo/compare/</loc>');
    expect(sitemap).not.toContain('/demo/compare/2019-2022/');
  });

  it('passes the page audit (axe, CSP, no script but prefs.js, no sideways scrolling)', async () => {
    for (const width of [1280, 375]) {
      expect(await audit(browser, `${real.url}/demo/compare/`, 'compare-demo-all', width)).toEqual(
        CLEAN,
      );
    }
  });
});
