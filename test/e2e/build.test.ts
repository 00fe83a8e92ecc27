import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINIMAL } from '../helpers.ts';
import { cli, treeHash } from './site.ts';

const work = mkdtempSync(join(tmpdir(), 'build-test-'));
const out = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('building the minimal fixture', () => {
  let html = '';
  beforeAll(() => {
    const run = cli('build', { CONTENT_DIR: MINIMAL, OUT_DIR: out });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    html = readFileSync(join(out, 'test-ju/2021/index.html'), 'utf8');
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

  it('leaves no staging folder behind', () => {
    expect(existsSync(`${out}.staging`)).toBe(false);
  });
});

describe('a figure that does not add up', () => {
  const content = join(work, 'content');
  beforeAll(() => {
    cpSync('content', content, { recursive: true });
    const file = join(content, 'reports/wanzhou-kjj/2020.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('amount: 3680.93', 'amount: 3681.93'));
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
});
