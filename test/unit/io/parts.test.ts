import { describe, expect, it } from 'vitest';
import { type BuildPart, buildParts, ownsFile, rendersPart } from '../../../src/io/parts.ts';

const reports = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([org, n]) =>
    Array.from({ length: n }, () => ({ data: { org } })),
  );

describe('buildParts', () => {
  it('builds a site up to the limit in one run', () => {
    expect(buildParts(['a', 'b'], reports({ a: 3, b: 2 }), 5)).toEqual([{ kind: 'all' }]);
  });

  it('splits a larger site into the district-wide run and groups of whole departments', () => {
    const parts = buildParts(['c', 'a', 'b', 'd'], reports({ a: 3, b: 2, c: 7, d: 1 }), 5);
    expect(parts).toEqual([
      { kind: 'global' },
      { kind: 'departments', orgs: ['a', 'b'] },
      // A department larger than the limit is a run of its own.
      { kind: 'departments', orgs: ['c'] },
      { kind: 'departments', orgs: ['d'] },
    ]);
  });

  it('gives a department without reports a run too, so its page is built', () => {
    const parts = buildParts(['a', 'b', 'z'], reports({ a: 4, b: 3 }), 5);
    const orgs = parts.flatMap((p) => (p.kind === 'departments' ? p.orgs : []));
    expect(orgs.sort()).toEqual(['a', 'b', 'z']);
  });
});

describe('a run', () => {
  const orgs = new Set(['kjj', 'data-x']);
  const dept: BuildPart = { kind: 'departments', orgs: ['kjj'] };
  const global: BuildPart = { kind: 'global' };

  it('renders its departments’ paths, or the district-wide ones', () => {
    expect(rendersPart(dept, 'kjj')).toBe(true);
    expect(rendersPart(dept, 'other')).toBe(false);
    expect(rendersPart(dept)).toBe(false);
    expect(rendersPart(global)).toBe(true);
    expect(rendersPart(global, 'kjj')).toBe(false);
    expect(rendersPart({ kind: 'all' }, 'kjj')).toBe(true);
  });

  it('owns the files of its departments, and the district-wide run all others', () => {
    for (const path of [
      '/kjj/index.html',
      '/kjj/2020/index.html',
      '/kjj/2020/print.css',
      '/kjj/compare/2019-2020/index.html',
      '/data/kjj.json',
      '/data/kjj/2020.json',
      '/data/kjj/2020/goals.csv',
      '/files/kjj/2020/原件.pdf',
    ]) {
      expect([path, ownsFile(dept, path, orgs)]).toEqual([path, true]);
      expect([path, ownsFile(global, path, orgs)]).toEqual([path, false]);
    }
    for (const path of [
      '/index.html',
      '/overview/2020/index.html',
      '/data/all.json',
      '/data/overview/2020/classes.csv',
      '/sitemap.xml',
      '/_astro/report.css',
    ]) {
      expect([path, ownsFile(dept, path, orgs)]).toEqual([path, false]);
      expect([path, ownsFile(global, path, orgs)]).toEqual([path, true]);
    }
  });
});
