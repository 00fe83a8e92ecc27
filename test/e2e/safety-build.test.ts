// Issue 29, the cases that need a real build: a local image (inline and by reference) and a fenced
// code block are publishable, a CSV attachment with formula cells is published with a warning,
// every published site carries the marker, and a bad SITE_URL stops the build before any work.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_MARKER, SITE_MARKER_CONTENT } from '../../src/lib/output-folder.ts';
import { copyTree } from '../helpers.ts';
import { cli, type Run } from './site.ts';

const work = mkdtempSync(join(tmpdir(), 'safety-build-'));
const out = join(work, 'dist');
let content = '';
let run: Run;

beforeAll(() => {
  content = copyTree();
  const report = join(content, 'reports/test-ju/2021.mdx');
  const text = readFileSync(report, 'utf8')
    .replace('unit: 万元\n', 'unit: 万元\nattachments:\n  - { file: 自评表.csv, title: 自评表 }\n')
    .concat(
      '\n本站图标：![网站图标](/favicon.svg)，再引用一次：![图标][icon]。\n\n[icon]: /favicon.svg\n\n```\n合计 = 基本支出 + 项目支出\n```\n',
    );
  writeFileSync(report, text);
  mkdirSync(join(content, 'reports/test-ju/2021'));
  writeFileSync(
    join(content, 'reports/test-ju/2021/自评表.csv'),
    '项目,金额\n办公费,-12.5\n合计,=B2+B3\n',
  );
  run = cli('build', { CONTENT_DIR: content, OUT_DIR: out });
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
});

describe('a build with images, code and a CSV with formulas', () => {
  it('publishes, with a warning naming the formula cell', () => {
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const said = run.stdout + run.stderr;
    expect(said).toContain('自评表.csv');
    expect(said).toContain('第 3 行第 2 列“=B2+B3”');
  });

  it('shows the local images and the code block as plain text', () => {
    const html = readFileSync(join(out, 'test-ju/2021/index.html'), 'utf8');
    expect(html.match(/<img [^>]*src="\/favicon\.svg"/g)).toHaveLength(2);
    expect(html).toMatch(/<pre><code>合计 = 基本支出 \+ 项目支出\n<\/code><\/pre>/);
    expect(html).not.toMatch(/<pre[^>]* style=/);
  });

  it('marks the published site as this project’s', () => {
    expect(JSON.parse(readFileSync(join(out, SITE_MARKER), 'utf8'))).toEqual(SITE_MARKER_CONTENT);
    // A rebuild replaces its own site.
    expect(cli('build', { CONTENT_DIR: content, OUT_DIR: out }).code).toBe(0);
  });
});

describe('SITE_URL', () => {
  it.each([
    ['javascript:alert(1)//', '应以 http:// 或 https:// 开头'],
    ['https://www.example.gov.cn/"onload="x', '不能含有“"”'],
    ['https://user:pw@www.example.gov.cn/', '不能含有用户名或密码'],
    ['https://www.example.gov.cn/a b/', '不能含有空格'],
  ])('%j stops the build at once with a Chinese message', (value, problem) => {
    const target = join(work, 'never');
    const result = cli('build', { CONTENT_DIR: content, OUT_DIR: target, SITE_URL: value });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('SITE_URL 应为网站的公开地址');
    expect(result.stderr).toContain(problem);
    expect(result.stderr).toContain('构建失败（读取构建设置阶段）');
    expect(result.stderr).not.toMatch(/\n\s+at [\w.<>]+ \(|node:internal/);
    expect(existsSync(target)).toBe(false);
  });
});

describe('hostile content through the command line', () => {
  const broken = (change: (dir: string) => void) => {
    const dir = copyTree();
    change(dir);
    return dir;
  };
  const append = (file: string, text: string) => (dir: string) =>
    writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}${text}`);
  it.each([
    [
      'a key named constructor in an org file',
      append('orgs/test-ju.yaml', 'constructor: x\n'),
      ['orgs/test-ju.yaml:4', '未知字段“constructor”'],
    ],
    [
      '__proto__ in a report',
      (dir: string) => {
        const file = join(dir, 'reports/test-ju/2021.mdx');
        writeFileSync(file, readFileSync(file, 'utf8').replace('---\n', '---\n__proto__: x\n'));
      },
      ['reports/test-ju/2021.mdx:2', '未知字段“__proto__”'],
    ],
    [
      'toString in site.yaml',
      (dir: string) => writeFileSync(join(dir, 'site.yaml'), 'name: 测试\ntoString: x\n'),
      ['site.yaml:2', '未知字段“toString”'],
    ],
    [
      'a line of 1000 >',
      append('reports/test-ju/2021.mdx', `\n${'>'.repeat(1000)} 深\n`),
      ['reports/test-ju/2021.mdx:', '不超过 40 层'],
    ],
    [
      '1000 nested <b>',
      append('reports/test-ju/2021.mdx', `\n${'<b>'.repeat(1000)}深${'</b>'.repeat(1000)}\n`),
      ['reports/test-ju/2021.mdx:', '不超过 40 层'],
    ],
    [
      'a reference-style tracking pixel',
      append('reports/test-ju/2021.mdx', '\n![x][px]\n\n[px]: https://tracker.example/pixel.gif\n'),
      ['reports/test-ju/2021.mdx:', '![px] → https://tracker.example/pixel.gif'],
    ],
    [
      'a source.url of /\\evil.example/',
      (dir: string) => {
        const file = join(dir, 'reports/test-ju/2021.mdx');
        writeFileSync(
          file,
          readFileSync(file, 'utf8').replace(
            'unit: 万元\n',
            'unit: 万元\nsource:\n  url: /\\evil.example/\n',
          ),
        );
      },
      ['reports/test-ju/2021.mdx:', 'source.url'],
    ],
  ])('%s is an ordinary validation error, never a stack trace', (_name, change, messages) => {
    const dir = broken(change);
    const result = cli('validate', { CONTENT_DIR: dir });
    rmSync(dir, { recursive: true, force: true });
    expect(result.code).toBe(1);
    for (const message of messages) expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/TypeError|\n\s+at [\w.<>]+ \(|node:internal/);
  });
});
