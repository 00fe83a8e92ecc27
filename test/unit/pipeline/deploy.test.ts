import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { siteFiles } from '../../../src/io/site-files.ts';
import { deploySite, precompress, writeKit } from '../../../src/pipeline/deploy.ts';
import { StageError } from '../../../src/pipeline/stage.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'org', '2020'), { recursive: true });
  writeFileSync(join(dir, 'org', '2020', 'index.html'), `<p>${'报告正文。'.repeat(400)}</p>`);
  writeFileSync(join(dir, 'small.css'), 'body{}');
  writeFileSync(join(dir, 'original.pdf'), Buffer.alloc(4096, 1));
  writeFileSync(join(dir, 'all.json'), JSON.stringify(Array(300).fill({ 部门: '测试局' })));
  return dir;
}

const settings = { base: '/jxzp/', siteUrl: 'https://www.example.gov.cn/jxzp/' };

describe('precompress', () => {
  it('writes .gz and .br beside text files above the threshold, decompressing to the file', async () => {
    const dir = site();
    expect(await precompress(dir)).toBe(2);
    const page = readFileSync(join(dir, 'org/2020/index.html'));
    expect(gunzipSync(readFileSync(join(dir, 'org/2020/index.html.gz')))).toEqual(page);
    expect(brotliDecompressSync(readFileSync(join(dir, 'org/2020/index.html.br')))).toEqual(page);
    const files = siteFiles(dir);
    expect(files).toContain('/all.json.gz');
    expect(files).not.toContain('/small.css.gz');
    expect(files).not.toContain('/original.pdf.gz');
  });

  it('gives the same bytes every time', async () => {
    const [a, b] = [site(), site()];
    await precompress(a);
    await precompress(b);
    for (const file of ['org/2020/index.html.gz', 'org/2020/index.html.br', 'all.json.br'])
      expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
  });
});

describe('the kit', () => {
  it('is written into deploy/ and _headers, and never compressed', async () => {
    const dir = site();
    await deploySite(dir, settings);
    const files = siteFiles(dir);
    for (const file of [
      '/deploy/nginx.conf',
      '/deploy/web.config',
      '/deploy/settings.json',
      '/_headers',
    ])
      expect(files).toContain(file);
    expect(files.filter((f) => f.startsWith('/deploy/') && /\.(gz|br)$/.test(f))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, 'deploy/settings.json'), 'utf8'))).toEqual({
      base: '/jxzp/',
      connect: [],
    });
  });

  it('refuses a site that already has a deploy/ folder (a department named deploy)', () => {
    const dir = site();
    mkdirSync(join(dir, 'deploy'));
    writeFileSync(join(dir, 'deploy', 'index.html'), '<p>部门</p>');
    expect(() => writeKit(dir, settings)).toThrow(StageError);
    expect(() => writeKit(dir, settings)).toThrow('部门标识为“deploy”');
  });
});
