// The build as a whole: what it publishes, what stops it, and that no cache or path can make it
// publish anything but what this run validated. Each block builds what it needs in its own folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINIMAL } from '../helpers.ts';
import { cli, treeHash } from './site.ts';

const REPORT = 'reports/test-ju/2021.mdx';
const PAGE = 'test-ju/2021/index.html';

/** A fresh work folder for one block, removed after the file's tests. */
function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
});

const editFile = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} lacks ${from}`);
  writeFileSync(file, text.replace(from, to));
};

describe('building the minimal fixture', () => {
  let out = '';
  let html = '';
  beforeAll(() => {
    out = join(workDir(), 'dist');
    const run = cli('build', { CONTENT_DIR: MINIMAL, OUT_DIR: out });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    html = readFileSync(join(out, PAGE), 'utf8');
  });

  it('publishes the report at /<org>/<year>/ in Chinese', () => {
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
    expect(html).toContain('测试局2021年度部门整体支出绩效自评报告');
    expect(html).toContain('全年办结案件120件。');
  });

  it('gives narrative sections stable anchors', () => {
    expect(html).toContain('<h2 id="s1">一、部门概况</h2>');
    expect(html).toContain('<h4 id="s2-1-1">1．绩效意识不强</h4>');
  });

  it('indexes the site with Pagefind', () => {
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    expect(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')).toContain('"zh-cn"');
  });

  it('leaves no staging or previous folder behind', () => {
    for (const suffix of ['.staging', '.previous', '.incoming'])
      expect(existsSync(`${out}${suffix}`)).toBe(false);
  });
});

describe('a step that fails while another runs', () => {
  it('stops the other (here a Pagefind that never ends) and fails at once, publishing nothing', () => {
    const work = workDir();
    const content = join(work, 'content');
    const out = join(work, 'dist');
    expect(cli('build', { CONTENT_DIR: MINIMAL, OUT_DIR: out }).code).toBe(0);
    const before = treeHash(out);
    cpSync(MINIMAL, content, { recursive: true });
    // Valid content whose page the post-build check rejects: an anchor no section has.
    writeFileSync(
      join(content, REPORT),
      `${readFileSync(join(content, REPORT), 'utf8')}\n见[第九部分](#s9)。\n`,
    );
    // A Pagefind that hangs, as the real one did when its folder was removed under it.
    const pidFile = join(work, 'pagefind.pid');
    const hanging = join(work, 'pagefind-hangs.sh');
    writeFileSync(hanging, `#!/bin/sh\necho $$ > ${pidFile}\nexec sleep 600\n`, { mode: 0o755 });
    const started = Date.now();
    const run = cli('build', {
      CONTENT_DIR: content,
      OUT_DIR: out,
      PAGEFIND_EXTENDED_BINARY_PATH: hanging,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('锚点不存在：#s9');
    expect(run.stderr).toContain('构建失败（发布前检查阶段）');
    expect(Date.now() - started).toBeLessThan(120_000);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow();
    expect(treeHash(out)).toBe(before);
  });
});

describe('a figure that does not add up', () => {
  let work = '';
  let content = '';
  let out = '';
  beforeAll(() => {
    work = workDir();
    content = join(work, 'content');
    out = join(work, 'dist');
    cpSync('test/fixtures/site', content, { recursive: true });
    editFile(join(content, 'reports/wanzhou-kjj/2020.mdx'), 'amount: 3680.93', 'amount: 3681.93');
    // A published site to protect, built from the unchanged fixture.
    expect(cli('build', { CONTENT_DIR: MINIMAL, OUT_DIR: out }).code).toBe(0);
  });

  it('makes `npm run validate` name the file, field, expected sum and found total, and fail', () => {
    const run = cli('validate', { CONTENT_DIR: content });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('reports/wanzhou-kjj/2020.mdx:');
    expect(run.stderr).toContain('字段：expenditure.total（支出预算 › 支出预算合计）');
    expect(run.stderr).toContain('应为：等于各功能分类之和 4806.67（允许舍入误差 ±0.02）');
    expect(run.stderr).toContain('实为：4805.67');
  });

  it('stops the build and leaves the published site byte for byte as it was', () => {
    const before = treeHash(out);
    const run = cli('build', { CONTENT_DIR: content, OUT_DIR: out });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('应为：等于各功能分类之和 4806.67');
    expect(run.stderr).toContain('构建已停止');
    expect(treeHash(out)).toBe(before);
  });

  it('gives `astro build` run directly the same message, without a stack trace', () => {
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: {
        ...process.env,
        CONTENT_DIR: content,
        ASTRO_OUT_DIR: join(work, 'astro-direct'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const output = run.stdout + run.stderr;
    expect(output).toContain('字段：expenditure.total（支出预算 › 支出预算合计）');
    expect(output).toContain('内容校验未通过');
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
    expect(existsSync(join(work, 'astro-direct'))).toBe(false);
  });
});

describe('caches never publish what this run did not validate', () => {
  let work = '';
  let a = '';
  let b = '';
  let clean = '';
  beforeAll(() => {
    work = workDir();
    a = join(work, 'A');
    b = join(work, 'B');
    cpSync(MINIMAL, a, { recursive: true });
    cpSync(MINIMAL, b, { recursive: true });
    const first = cli('build', { CONTENT_DIR: a, OUT_DIR: join(work, 'out-a') });
    expect(first.code).toBe(0);
    clean = treeHash(join(work, 'out-a'));
  });

  it('builds an identical copy B as a clean build after A was edited and never built', () => {
    // The sequence that used to publish A's new, never-validated text from B.
    editFile(join(a, REPORT), '全年办结案件120件。', '全年办结案件120件。未经校验的文字。');
    const run = cli('build', { CONTENT_DIR: b, OUT_DIR: join(work, 'out-b') });
    expect(run.code).toBe(0);
    expect(readFileSync(join(work, 'out-b', PAGE), 'utf8')).not.toContain('未经校验的文字');
    expect(treeHash(join(work, 'out-b'))).toBe(clean);
  });

  it('still builds after an earlier CONTENT_DIR was deleted', () => {
    rmSync(a, { recursive: true, force: true });
    const run = cli('build', { CONTENT_DIR: b, OUT_DIR: join(work, 'out-b2') });
    expect(run.stderr).not.toContain('astro:content-layer-deferred-module');
    expect(run.code).toBe(0);
    expect(treeHash(join(work, 'out-b2'))).toBe(clean);
  });

  it('publishes an edit to the same folder, and its removal again', () => {
    editFile(join(b, REPORT), '全年办结案件120件。', '全年办结案件120件。新的一句。');
    expect(cli('build', { CONTENT_DIR: b, OUT_DIR: join(work, 'out-b3') }).code).toBe(0);
    expect(readFileSync(join(work, 'out-b3', PAGE), 'utf8')).toContain('新的一句。');
    editFile(join(b, REPORT), '全年办结案件120件。新的一句。', '全年办结案件120件。');
    expect(cli('build', { CONTENT_DIR: b, OUT_DIR: join(work, 'out-b4') }).code).toBe(0);
    expect(treeHash(join(work, 'out-b4'))).toBe(clean);
  });
});

describe('OUT_DIR anywhere', () => {
  // A sibling of the project whose path starts with the project's path as text
  // (project /srv/site, output /srv/site-public): Astro's prerender chunks once failed there.
  const sibling = `${process.cwd()}-public-${process.pid}`;
  afterAll(() => rmSync(sibling, { recursive: true, force: true }));

  it('builds into a sibling folder whose path starts with the project path', () => {
    const run = cli('build', { CONTENT_DIR: MINIMAL, OUT_DIR: sibling });
    expect(run.stderr).not.toContain('Cannot find package');
    expect(run.code).toBe(0);
    expect(readFileSync(join(sibling, PAGE), 'utf8')).toContain('全年办结案件120件。');
  });
});

describe('build settings', () => {
  it('rejects a malformed SEARCH_SHARD_REPORTS, naming the stage, before touching OUT_DIR', () => {
    const out = join(workDir(), 'dist');
    const run = cli('build', { CONTENT_DIR: MINIMAL, OUT_DIR: out, SEARCH_SHARD_REPORTS: '两千' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('SEARCH_SHARD_REPORTS 应为正整数');
    expect(run.stderr).toContain('实为“两千”');
    expect(run.stderr).toContain('构建失败（读取构建设置阶段）');
    expect(existsSync(out)).toBe(false);
  });
});
