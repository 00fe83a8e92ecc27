import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import {
  contentFingerprint,
  readValidated,
  readViews,
  writeValidated,
  writeViews,
} from '../../../src/io/validated.ts';
import { reportView } from '../../../src/lib/view/index.ts';

const work = mkdtempSync(join(tmpdir(), 'validated-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function fixture(name: string): string {
  const dir = join(work, name);
  cpSync('test/fixtures/minimal', dir, { recursive: true });
  return dir;
}

describe('the validated content handed to Astro', () => {
  it('is used while the tree is as it was validated, with every report and org intact', () => {
    const dir = fixture('same');
    const fingerprint = contentFingerprint(dir);
    const content = loadContent(dir);
    const file = join(work, 'same.bin');
    writeValidated(file, dir, fingerprint, content);
    const handed = readValidated(file, dir);
    expect(handed?.digest).toBe(content.digest);
    expect(handed?.reports).toEqual(content.reports);
    expect(handed?.orgs).toEqual(content.orgs);
  });

  it('is refused once any file changed, was added, or the tree is another', () => {
    const dir = fixture('changed');
    const file = join(work, 'changed.bin');
    writeValidated(file, dir, contentFingerprint(dir), loadContent(dir));
    expect(readValidated(file, fixture('other'))).toBeUndefined();
    writeFileSync(join(dir, 'site.yaml'), 'name: 改过的站点名\n');
    expect(readValidated(file, dir)).toBeUndefined();

    writeValidated(file, dir, contentFingerprint(dir), loadContent(dir));
    expect(readValidated(file, dir)).toBeDefined();
    // Same size and bytes, only touched: the edit could have happened while it was read.
    const report = join(dir, 'reports', 'test-ju', '2021.mdx');
    utimesSync(report, new Date(), new Date(Date.now() + 5000));
    expect(readValidated(file, dir)).toBeUndefined();
  });

  it('is refused when the file is missing or not a snapshot', () => {
    const dir = fixture('broken');
    expect(readValidated(join(work, 'missing.bin'), dir)).toBeUndefined();
    writeFileSync(join(work, 'junk.bin'), 'not a snapshot');
    expect(readValidated(join(work, 'junk.bin'), dir)).toBeUndefined();
  });
});

describe('the view models handed to the pages and the sidecar', () => {
  const dir = fixture('views');
  const content = loadContent(dir);
  const views = content.reports.map((r) =>
    reportView(r.data, { headings: r.headings, cues: r.cues }),
  );

  it('are read back as worked out, from several files in order', () => {
    const [first, ...rest] = views;
    if (!first) throw new Error('the fixture has no report');
    writeViews(join(work, 'views-a'), content.digest, [first]);
    writeViews(join(work, 'views-b'), content.digest, rest);
    const read = readViews([join(work, 'views-a'), join(work, 'views-b')], content.digest);
    expect(read).toEqual(views);
  });

  it('are refused for other content, or when a file is missing or not a views file', () => {
    writeViews(join(work, 'views-c'), content.digest, views);
    expect(readViews([join(work, 'views-c')], 'another digest')).toBeUndefined();
    expect(
      readViews([join(work, 'views-c'), join(work, 'missing')], content.digest),
    ).toBeUndefined();
    writeFileSync(join(work, 'views-junk'), 'not views');
    expect(readViews([join(work, 'views-junk')], content.digest)).toBeUndefined();
  });
});
