import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});

const { checkOutputFolder, publish, writeSiteMarker } = await import(
  '../../../src/pipeline/publish.ts'
);
const { StageError } = await import('../../../src/pipeline/stage.ts');

const site = (dir: string, text: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
  writeSiteMarker(dir);
};

describe('publish', () => {
  const work = mkdtempSync(join(tmpdir(), 'publish-'));
  const out = join(work, 'dist');
  const staging = join(work, 'staging');
  const guard = { variable: 'OUT_DIR', content: join(work, 'content') };
  afterEach(() => {
    vi.mocked(fs.renameSync).mockClear();
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work);
  });

  it('replaces the published site and leaves nothing beside it', () => {
    site(out, 'old');
    site(staging, 'new');
    publish(staging, out, guard);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(fs.readdirSync(work)).toEqual(['dist']);
  });

  it('publishes a first site where there was none', () => {
    site(staging, 'new');
    publish(staging, out, guard);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
  });

  it('creates the folders above OUT_DIR', () => {
    site(staging, 'new');
    publish(staging, join(work, 'a', 'b', 'dist'), guard);
    expect(readFileSync(join(work, 'a', 'b', 'dist', 'index.html'), 'utf8')).toBe('new');
  });

  it('puts the previous site back when the second rename fails', () => {
    site(out, 'old');
    site(staging, 'new');
    const real = vi.mocked(fs.renameSync).getMockImplementation() as typeof fs.renameSync;
    vi.mocked(fs.renameSync).mockImplementation((from, to) => {
      if (String(from).endsWith('.incoming') && to === out) throw new Error('EIO: disk failed');
      real(from, to);
    });
    expect(() => publish(staging, out, guard)).toThrow(StageError);
    vi.mocked(fs.renameSync).mockImplementation(real);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    expect(fs.readdirSync(work)).toEqual(['dist']);
  });

  it('copies across file systems (EXDEV), then swaps with renames beside the site', () => {
    site(out, 'old');
    site(staging, 'new');
    const real = vi.mocked(fs.renameSync).getMockImplementation() as typeof fs.renameSync;
    vi.mocked(fs.renameSync).mockImplementation((from, to) => {
      if (from === staging)
        throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      real(from, to);
    });
    publish(staging, out, guard);
    vi.mocked(fs.renameSync).mockImplementation(real);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(fs.readdirSync(work)).toEqual(['dist']);
  });

  it('refuses a folder it did not make, before touching anything', () => {
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    site(staging, 'new');
    expect(() => publish(staging, out, guard)).toThrow(/拒绝发布到 .*dist（OUT_DIR）/);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(fs.existsSync(join(staging, 'index.html'))).toBe(true);
  });

  it('refuses a foreign folder where publishing would clear dist.previous', () => {
    mkdirSync(`${out}.previous`);
    writeFileSync(join(`${out}.previous`, 'notes.txt'), 'mine');
    expect(() => checkOutputFolder(out, guard)).toThrow(/dist\.previous/);
  });

  it('refuses the content folder and a folder holding it, marker or not', () => {
    site(join(work, 'content'), 'x');
    expect(() => checkOutputFolder(join(work, 'content'), guard)).toThrow(/内容文件夹/);
    expect(() => checkOutputFolder(work, guard)).toThrow(/包含内容文件夹/);
  });

  it('follows a symbolic link to the folder it names', () => {
    mkdirSync(join(work, 'content'));
    fs.symlinkSync(join(work, 'content'), join(work, 'link'));
    expect(() => checkOutputFolder(join(work, 'link'), guard)).toThrow(/内容文件夹/);
  });

  it('accepts an empty folder and a marked site', () => {
    mkdirSync(out);
    expect(() => checkOutputFolder(out, guard)).not.toThrow();
    site(out, 'old');
    expect(() => checkOutputFolder(out, guard)).not.toThrow();
  });
});
