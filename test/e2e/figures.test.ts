// Numbers are sacred: every figure a report page marks must equal its frontmatter value, be
// printed as the value, and every figure of the frontmatter must appear on the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { formatAmountNumber, formatQuantity } from '../../src/lib/format.ts';
import { loadContent } from '../../src/lib/load.ts';
import { SITES, type SiteName } from './global-setup.ts';

const sites = inject('sites');

/** Reads `a.b[2].c` from an object. */
function at(data: unknown, path: string): unknown {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);
}

/** Paths of every number in the figures the report page must show. */
function numericPaths(data: unknown, prefix = ''): string[] {
  if (typeof data === 'number') return [prefix];
  if (Array.isArray(data)) return data.flatMap((v, i) => numericPaths(v, `${prefix}[${i}]`));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([k, v]) => numericPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  return [];
}

// Numbers that are not figures of the report (the year, quoted growth rates) or shown in words.
const NOT_FIGURES = /^(year|goals\[\d+\]\.indicators\[\d+\]\.(growthRate|previous|target\[\d\]))$/;

describe.each(Object.keys(SITES) as SiteName[])('figures on the %s site', (name) => {
  const { reports } = loadContent(SITES[name]);
  it.each(reports.map((r) => [`${r.data.org}/${r.data.year}`, r]))('%s', (id, report) => {
    const html = readFileSync(join(sites[name].dir, id, 'index.html'), 'utf8');
    const marked = [
      ...html.matchAll(
        /<(\w+)[^>]*?data-field="([^"]+)" data-value="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g,
      ),
    ];
    expect(marked.length).toBeGreaterThan(10);
    const shown = new Set<string>();
    for (const [, , path = '', value = '', inner = ''] of marked) {
      const expected = at(report.data, path);
      expect(Number(value), path).toBe(expected);
      const text = inner.replace(/<[^>]+>/g, '');
      const printed = [
        formatAmountNumber(Number(value)),
        formatQuantity(Number(value)),
        String(value),
      ];
      expect(
        printed.some((p) => text.includes(p)),
        `${path}: “${text}” does not print ${value}`,
      ).toBe(true);
      shown.add(path);
    }
    const missing = numericPaths(report.data).filter((p) => !NOT_FIGURES.test(p) && !shown.has(p));
    expect(missing).toEqual([]);
  });
});
