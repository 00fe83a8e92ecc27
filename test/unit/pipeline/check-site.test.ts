import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkSite,
  formatSiteProblems,
  HTML_SAMPLE,
  validatedPages,
} from '../../../src/pipeline/check-site.ts';

describe('validatedPages', () => {
  it('reads every page of a small site', () => {
    const pages = ['/index.html', '/a/index.html', '/a/2020/index.html'];
    expect(validatedPages(pages)).toEqual(pages);
  });

  it('reads a sample of a large site: the first department whole, top-level pages, report pages spread evenly', () => {
    const pages = ['/index.html', '/data/index.html'];
    for (let o = 1; o <= 60; o++) {
      for (let y = 2016; y <= 2025; y++)
        pages.push(`/org-${String(o).padStart(2, '0')}/${y}/index.html`);
      pages.push(`/org-${String(o).padStart(2, '0')}/index.html`);
    }
    const sample = validatedPages(pages);
    expect(sample).toContain('/index.html');
    expect(sample).toContain('/org-01/2025/index.html');
    expect(sample.filter((p) => p.startsWith('/org-01/'))).toHaveLength(11);
    expect(sample.length).toBeLessThan(pages.length / 2);
    // Beyond the first department, report pages are sampled evenly by position.
    const reports = pages.filter((p) => /^\/org-\d+\/\d{4}\//.test(p));
    const later = reports.filter((p) => /^\/org-(1\d)\//.test(p));
    const kept = later.filter((p) => sample.includes(p));
    expect(kept.length).toBeGreaterThan(0);
    const stride = Math.ceil(reports.length / HTML_SAMPLE);
    for (const p of kept) expect(reports.indexOf(p) % stride).toBe(0);
  });

  it('reads no more report pages as the site grows beyond the sample', () => {
    const site = (orgs: number) => {
      const pages = ['/index.html'];
      for (let o = 1; o <= orgs; o++) {
        for (let y = 2016; y <= 2025; y++) pages.push(`/org-${o}/${y}/index.html`);
        for (let k = 0; k < 19; k++) pages.push(`/org-${o}/compare/${k}/index.html`);
      }
      return validatedPages(pages).length;
    };
    // 1000 and 10000 reports: the first department, the home page and 2 × HTML_SAMPLE.
    const small = site(100);
    const large = site(1000);
    expect(large).toBeLessThanOrEqual(2 * HTML_SAMPLE + 29 + 1);
    expect(Math.abs(large - small)).toBeLessThanOrEqual(30);
  });
});

describe('checkSite', () => {
  const root = mkdtempSync(join(tmpdir(), 'check-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>页</title></head><body><main>${body}</main><script src="/jxzp/prefs.js"></script></body></html>\n`;
  write('dist/prefs.js', '');
  write('dist/index.html', page('<a href="/jxzp/org/2020/#s1">报告</a>'));
  write(
    'dist/org/2020/index.html',
    page('<h2 id="s1">一</h2><a href="/jxzp/org/2019/">上一年</a>'),
  );
  write('content/reports/org/2020.mdx', '');

  it('reads links as served under the base and names the content file of a failing page', async () => {
    const problems = await checkSite(join(root, 'dist'), {
      base: '/jxzp/',
      content: join(root, 'content'),
    });
    expect(problems).toEqual([
      {
        page: '/jxzp/org/2020/',
        problem: '链接指向不存在的地址：/jxzp/org/2019/',
        sources: [relative(process.cwd(), join(root, 'content/reports/org/2020.mdx'))],
      },
    ]);
    expect(formatSiteProblems(problems)).toMatch(
      /^✗ \/jxzp\/org\/2020\/（来自 .*content\/reports\/org\/2020\.mdx）：链接指向不存在的地址/,
    );
  });

  it('flags links that leave the base the site is built for', async () => {
    const problems = await checkSite(join(root, 'dist'), {
      base: '/other/',
      content: join(root, 'content'),
    });
    expect(problems.map((p) => p.problem)).toContain(
      '链接指向站点路径 /other/ 以外的地址：/jxzp/org/2020/#s1',
    );
  });
});
