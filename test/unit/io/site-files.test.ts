import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { moveFiles, siteFiles } from '../../../src/io/site-files.ts';

const work = mkdtempSync(join(tmpdir(), 'site-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tree(dir: string, paths: readonly string[]): void {
  for (const path of paths) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), path);
  }
}

describe('siteFiles', () => {
  it('lists every file, not folders, as sorted site paths', () => {
    const dir = join(work, 'list');
    tree(dir, ['/kjj/2020/index.html', '/data/kjj/2020.json', '/index.html']);
    mkdirSync(join(dir, 'empty'));
    expect(siteFiles(dir)).toEqual(['/data/kjj/2020.json', '/index.html', '/kjj/2020/index.html']);
  });
});

describe('moveFiles', () => {
  it('moves the files it keeps to the same paths, with their bytes, and leaves the others', () => {
    const from = join(work, 'from');
    const to = join(work, 'to');
    tree(from, ['/kjj/2020/print.css', '/data/kjj/2020.json', '/index.html']);
    tree(to, ['/kjj/2020/index.html']);
    moveFiles(from, to, (path) => path.includes('kjj'));
    expect(siteFiles(to)).toEqual([
      '/data/kjj/2020.json',
      '/kjj/2020/index.html',
      '/kjj/2020/print.css',
    ]);
    expect(readFileSync(join(to, 'kjj/2020/print.css'), 'utf8')).toBe('/kjj/2020/print.css');
    expect(siteFiles(from)).toEqual(['/index.html']);
    moveFiles(from, to);
    expect(existsSync(join(to, 'index.html'))).toBe(true);
  });
});
