import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteFiles } from '../../src/io/site-files.ts';
import { SITE_MARKER } from '../../src/lib/output-folder.ts';
import { copyTree } from '../helpers.ts';
import { cli, treeHash } from './site.ts';

const work = mkdtempSync(join(tmpdir(), 'repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('builds', () => {
  it('are byte-identical for the same source, wherever they are written', () => {
    const a = cli('build', { CONTENT_DIR: 'test/fixtures/site', OUT_DIR: join(work, 'a') });
    const b = cli('build', {
      CONTENT_DIR: 'test/fixtures/site',
      OUT_DIR: join(work, 'b', 'nested'),
    });
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(treeHash(join(work, 'a'))).toBe(treeHash(join(work, 'b', 'nested')));
  });

  it('are byte-identical whether Astro renders the site in one run or in several', () => {
    // Five reports per run: the district-wide run, then the departments in four groups (the
    // demo department, with seven reports, alone) — as a 10000-report site is built.
    const one = cli('build', { CONTENT_DIR: 'test/fixtures/site', OUT_DIR: join(work, 'one') });
    const parts = cli('build', {
      CONTENT_DIR: 'test/fixtures/site',
      OUT_DIR: join(work, 'parts'),
      BUILD_PART_REPORTS: '5',
    });
    expect([one.code, parts.code]).toEqual([0, 0]);
    expect(treeHash(join(work, 'parts'))).toBe(treeHash(join(work, 'one')));
  });

  it('are the same site whether built by npm run build or by astro build run directly', () => {
    // `npm run build` writes each report's JSON, CSV and print stylesheet in its sidecar process
    // beside Astro; `astro build` run directly writes them once it has rendered
    // (src/data/report-files.ts). Both write src/io/report-files.ts's files.
    const built = join(work, 'sidecar');
    expect(cli('build', { CONTENT_DIR: 'test/fixtures/site', OUT_DIR: built }).code).toBe(0);
    const direct = join(work, 'direct');
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...process.env, CONTENT_DIR: 'test/fixtures/site', ASTRO_OUT_DIR: direct },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(readFileSync(join(direct, 'data/wanzhou-kjj/2020/goals.csv'), 'utf8')).toContain(
      '目标值',
    );
    // Only the build's own stages add to what Astro renders: the search index and vocabulary,
    // the deployment kit with the precompressed copies, and the marker of a site it published.
    for (const dir of ['pagefind', 'search/vocab', 'deploy', '_headers', SITE_MARKER])
      rmSync(join(built, dir), { recursive: true });
    for (const file of siteFiles(built)) if (/\.(?:gz|br)$/.test(file)) rmSync(join(built, file));
    expect(treeHash(built)).toBe(treeHash(direct));
  });

  it('render HTML written into frontmatter strings as text', () => {
    const content = copyTree();
    const file = join(content, 'reports/test-ju/2021.mdx');
    const text = readFileSync(file, 'utf8')
      .replace(/^title: .*$/m, "title: '测试局<script>alert(1)</script>报告'")
      .replace('name: 办结案件', "name: '<b>办结</b>案件'");
    writeFileSync(file, text);
    const run = cli('build', { CONTENT_DIR: content, OUT_DIR: join(work, 'html') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const html = readFileSync(join(work, 'html/test-ju/2021/index.html'), 'utf8');
    expect(html).toContain('测试局&lt;script&gt;alert(1)&lt;/script&gt;报告');
    expect(html).toContain('&lt;b&gt;办结&lt;/b&gt;案件');
    expect(html).not.toContain('<script>alert');
    rmSync(content, { recursive: true, force: true });
  });
});
