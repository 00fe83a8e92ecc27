import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import type { BuildPart } from '../../../src/io/parts.ts';
import { readSnapshot, readViews } from '../../../src/io/validated.ts';
import { reportView } from '../../../src/lib/view/index.ts';
import { checkContent, validateContent } from '../../../src/pipeline/validate.ts';
import { allViewsFiles, viewsFile, viewsFilesOf } from '../../../src/pipeline/views.ts';

const work = mkdtempSync(join(tmpdir(), 'views-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('which views files each Astro run reads', () => {
  const parts: BuildPart[] = [
    { kind: 'global' },
    { kind: 'departments', orgs: ['a'] },
    { kind: 'departments', orgs: ['b', 'c'] },
  ];
  it('gives a department run its own file and the district-wide run every one', () => {
    expect(viewsFilesOf('s', parts, 1)).toEqual([viewsFile('s', 1)]);
    expect(viewsFilesOf('s', parts, 0)).toEqual([viewsFile('s', 1), viewsFile('s', 2)]);
    expect(allViewsFiles('s', parts)).toEqual(viewsFilesOf('s', parts, 0));
    expect(allViewsFiles('s', [{ kind: 'all' }])).toEqual([viewsFile('s', 0)]);
  });
});

describe('the validate stage', () => {
  const content = 'test/fixtures/site';
  const expected = loadContent(content).reports.map((r) =>
    reportView(r.data, { headings: r.headings, cues: r.cues }),
  );

  it('works out every view once, as the pages would, into the one file of a one-run site', () => {
    const snapshot = join(work, 'one.bin');
    const { parts } = validateContent(content, () => {}, snapshot, 10_000);
    expect(parts).toEqual([{ kind: 'all' }]);
    const { digest } = readSnapshot(snapshot);
    expect(readViews(allViewsFiles(snapshot, parts), digest)).toEqual(expected);
  });

  it('splits them by run on a site built in parts, each report in exactly one file', () => {
    const snapshot = join(work, 'parts.bin');
    const { parts } = validateContent(content, () => {}, snapshot, 5);
    expect(parts.length).toBeGreaterThan(2);
    const { digest } = readSnapshot(snapshot);
    const all = readViews(allViewsFiles(snapshot, parts), digest) ?? [];
    const keyOf = (v: { report: { org: string; year: number } }) =>
      `${v.report.org}/${v.report.year}`;
    expect(all.map(keyOf).sort()).toEqual(expected.map(keyOf).sort());
    for (const [i, part] of parts.entries()) {
      if (part.kind !== 'departments') continue;
      const own = readViews(viewsFilesOf(snapshot, parts, i), digest) ?? [];
      expect(own.length).toBeGreaterThan(0);
      expect(own.every((v) => part.orgs.includes(v.report.org))).toBe(true);
    }
  });
});

describe('checkContent (npm run validate)', () => {
  it('adds a note for each 公开要素 a report leaves out, which never blocks', () => {
    const checked = checkContent('test/fixtures/site');
    const notes = checked.issues.filter((i) => i.label === '公开要素');
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((i) => i.severity === 'info')).toBe(true);
    expect(checked.blocked).toBe(false);
    expect(checked.reports.length).toBe(loadContent('test/fixtures/site').reports.length);
  });

  it('is blocked by an error, as the build is', () => {
    const dir = join(work, 'broken');
    cpSync('test/fixtures/minimal', dir, { recursive: true });
    writeFileSync(join(dir, 'reports/test-ju/2021.mdx'), '');
    expect(checkContent(dir).blocked).toBe(true);
  });
});
