// Issue 29: a build never removes a folder it did not make. Each refused kind of folder is a
// throwaway copy; every tree is hashed before and after, and must come out byte for byte the same.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINIMAL } from '../helpers.ts';
import { treeHash } from './site.ts';

const work = mkdtempSync(join(tmpdir(), 'output-folder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh folder under the test's work folder. */
let count = 0;
const fresh = () => {
  const dir = join(work, `case-${++count}`);
  mkdirSync(dir);
  return dir;
};

/** Runs a CLI of the project (or of a copy of it, `root`) as `npm run` does. */
function run(script: 'build' | 'portal', env: Record<string, string>, root = process.cwd()) {
  const result = spawnSync(process.execPath, [join(root, 'src/cli', `${script}.ts`)], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status ?? 1, stderr: result.stderr, stdout: result.stdout };
}

/** Expects a refusal before any work: a Chinese message naming the folder, no stack trace. */
function expectRefused(result: ReturnType<typeof run>, folder: string, why: RegExp) {
  expect(result.code, result.stdout).toBe(1);
  expect(result.stderr).toContain(`拒绝发布到 ${resolve(folder)}`);
  expect(result.stderr).toMatch(why);
  expect(result.stderr).toContain('本次未做任何改动');
  expect(result.stderr).not.toMatch(/\n\s+at [\w.<>]+ \(|node:internal/);
  // Refused at once: no stage ran, so no stage time was printed.
  expect(result.stdout).not.toMatch(/validate\s+\d/);
}

describe('the output folder', () => {
  it('refuses OUT_DIR=CONTENT_DIR and leaves the content as it was', () => {
    const content = join(fresh(), 'content');
    cpSync(MINIMAL, content, { recursive: true });
    const before = treeHash(content);
    expectRefused(run('build', { CONTENT_DIR: content, OUT_DIR: content }), content, /内容文件夹/);
    expect(treeHash(content)).toBe(before);
  });

  it('refuses a folder that holds the content folder (CONTENT_DIR=site/content OUT_DIR=site)', () => {
    const site = fresh();
    const content = join(site, 'content');
    cpSync(MINIMAL, content, { recursive: true });
    writeFileSync(join(site, 'README.txt'), 'kept');
    const before = treeHash(site);
    expectRefused(run('build', { CONTENT_DIR: content, OUT_DIR: site }), site, /包含内容文件夹/);
    expect(treeHash(site)).toBe(before);
  });

  it('refuses the project root (a copy of the project, never the real one)', () => {
    const project = fresh();
    for (const part of ['src', 'package.json', 'tsconfig.json', 'astro.config.mjs'])
      cpSync(part, join(project, part), { recursive: true });
    symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
    const content = join(fresh(), 'content');
    cpSync(MINIMAL, content, { recursive: true });
    const before = treeHash(project);
    const result = run('build', { CONTENT_DIR: content, OUT_DIR: project }, project);
    expectRefused(result, project, /本项目的文件夹/);
    expect(treeHash(project)).toBe(before);
    // And any folder above the project.
    expectRefused(run('build', { CONTENT_DIR: content, OUT_DIR: work }, project), work, /包含/);
    expect(treeHash(project)).toBe(before);
  });

  it('refuses the home folder (HOME pointed at a throwaway folder)', () => {
    const home = fresh();
    writeFileSync(join(home, '.bashrc'), 'kept');
    mkdirSync(join(home, 'documents'));
    writeFileSync(join(home, 'documents', 'plan.docx'), 'kept');
    const before = treeHash(home);
    expectRefused(
      run('build', { CONTENT_DIR: MINIMAL, OUT_DIR: home, HOME: home }),
      home,
      /用户主目录/,
    );
    expect(treeHash(home)).toBe(before);
  });

  it('refuses a non-empty folder it did not make, and says what to do', () => {
    const folder = fresh();
    writeFileSync(join(folder, 'photo.jpg'), 'kept');
    const before = treeHash(folder);
    const result = run('build', { CONTENT_DIR: MINIMAL, OUT_DIR: folder });
    expectRefused(result, folder, /没有本项目构建的站点才有的标记文件 \.perf-report-site\.json/);
    expect(result.stderr).toContain('旧版本构建的站点');
    expect(treeHash(folder)).toBe(before);
  });

  it('refuses a folder whose marker another tool wrote', () => {
    const folder = fresh();
    writeFileSync(join(folder, '.perf-report-site.json'), '{"project":"other","format":1}');
    writeFileSync(join(folder, 'index.html'), 'kept');
    const before = treeHash(folder);
    expectRefused(
      run('build', { CONTENT_DIR: MINIMAL, OUT_DIR: folder }),
      folder,
      /不是本项目写的标记/,
    );
    expect(treeHash(folder)).toBe(before);
  });

  it('refuses PORTAL_OUT_DIR=content for the portal, before reading its settings', () => {
    const content = join(fresh(), 'content');
    cpSync(MINIMAL, content, { recursive: true });
    const before = treeHash(content);
    const result = run('portal', { CONTENT_DIR: content, PORTAL_OUT_DIR: content });
    expectRefused(result, content, /内容文件夹/);
    expect(treeHash(content)).toBe(before);
  });
});
