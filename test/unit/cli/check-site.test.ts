import { describe, expect, it } from 'vitest';
import { validatedPages } from '../../../src/cli/check-site.ts';

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
    expect(validatedPages(pages)).toEqual(sample);
  });
});
