import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite, formatSiteProblems, validatedPages } from '../../../src/cli/check-site.ts';

describe('validatedPages', () => {
  it('reads every page of a small site', () => {
    const pages = ['/index.html', '/a/index.html', '/a/2020/index.html'];
    expect(validatedPages(pages)).toEqual(pages);
  });

  it('reads a fixed sample of a large site: first departments whole, top-level pages, every 5th report', () => {
    const pages = ['/index.html', '/data/index.html'];
    for (let o = 1; o <= 60; o++) {
      for (let y = 2016; y <= 2025; y++)
        pages.push(`/org-${String(o).padStart(2, '0')}/${y}/index.html`);
      pages.push(`/org-${String(o).padStart(2, '0')}/index.html`);
    }
    const sample = validatedPages(pages);
    expect(sample).toContain('/index.html');
    expect(sample).toContain('/org-01/2025/index.html');
    expect(sample.filter((p) => p.startsWith('/org-03/'))).toHaveLength(11);
    expect(sample.length).toBeLessThan(pages.length / 3);
    // Beyond the first three departments, report pages are sampled by position, every 5th.
    const later = pages.filter((p) => /^\/org-(1\d)\/\d{4}\//.test(p));
    const kept = later.filter((p) => sample.includes(p));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThanOrEqual(Math.ceil(later.length / 5));
    for (const p of kept) expect(pages.indexOf(p) % 5).toBe(0);
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
