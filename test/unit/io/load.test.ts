import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, MAX_FILE_BYTES } from '../../../src/io/load.ts';
import { formatIssue } from '../../../src/schemas/issues.ts';
import { copyTree } from '../../helpers.ts';

const REPORT = 'reports/test-ju/2021.mdx';

/** Loads a copy of the minimal tree after `change`, printing issues with the temp folder hidden. */
function load(change: (dir: string) => void): string[] {
  const dir = copyTree();
  change(dir);
  const { issues } = loadContent(dir);
  rmSync(dir, { recursive: true });
  return issues.map((issue) => formatIssue(issue).replaceAll(/\S*content-\w+\//g, ''));
}

const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
  const path = join(dir, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};

describe('loadContent', () => {
  it('loads the minimal tree without issues', () => {
    const { orgs, reports, issues } = loadContent('test/fixtures/minimal');
    expect(issues).toEqual([]);
    expect([...orgs.keys()]).toEqual(['test-ju']);
    expect(reports.map((r) => `${r.data.org}/${r.data.year}`)).toEqual(['test-ju/2021']);
  });

  it('points at the line of a wrong figure', () => {
    expect(load((d) => edit(d, REPORT, 'amount: 100.93', 'amount: 101.93'))).toMatchInlineSnapshot(`
      [
        "✗ reports/test-ju/2021.mdx:22
        字段：expenditure.total（支出预算 › 支出预算合计）
        应为：等于各功能分类之和 123.93（允许舍入误差 ±0.01）
        实为：122.93",
      ]
    `);
  });

  it('rejects a report whose folder names an unregistered department', () => {
    expect(load((d) => rmSync(join(d, 'orgs/test-ju.yaml')))).toMatchInlineSnapshot(`
      [
        "✗ orgs
        字段：文件
        应为：至少一个部门文件 orgs/<部门标识>.yaml
        实为：没有部门文件",
        "✗ reports/test-ju
        字段：文件
        应为：已登记的部门（content/orgs/test-ju.yaml）
        实为：未登记的部门“test-ju”",
      ]
    `);
  });

  it('rejects a file name and year that disagree, and a duplicate year', () => {
    expect(
      load((d) => {
        writeFileSync(join(d, 'reports/test-ju/2022.mdx'), readFileSync(join(d, REPORT)));
      }),
    ).toMatchInlineSnapshot(`
      [
        "✗ reports/test-ju/2022.mdx:3
        字段：year（年度）
        应为：与文件名一致的 2022
        实为：2021",
        "✗ reports/test-ju/2022.mdx:3
        字段：year（年度）
        reports/test-ju/2021.mdx 已是 test-ju/2021）
        实为：重复的 test-ju/2021",
      ]
    `);
  });

  it('rejects an org field that disagrees with the folder', () => {
    expect(load((d) => edit(d, REPORT, 'org: test-ju', 'org: other-ju'))).toMatchInlineSnapshot(`
      [
        "✗ reports/test-ju/2021.mdx:2
        字段：org（部门标识）
        应为：与所在文件夹一致的“test-ju”
        实为：“other-ju”",
        "✗ reports/test-ju/2021.mdx:2
        字段：org（部门标识）
        应为：已登记的部门标识
        实为：“other-ju”",
      ]
    `);
  });

  it('rejects badly named files and stray files', () => {
    expect(
      load((d) => {
        renameSync(join(d, REPORT), join(d, 'reports/test-ju/2021年.mdx'));
        writeFileSync(join(d, 'orgs/Test Ju.yaml'), 'name: x');
        writeFileSync(join(d, 'reports/notes.mdx'), '');
      }),
    ).toMatchInlineSnapshot(`
      [
        "✗ orgs/Test Ju.yaml
        字段：文件
        应为：部门文件名为小写标识加 .yaml，如 wanzhou-kjj.yaml
        实为：“Test Ju.yaml”",
        "✗ reports/notes.mdx
        字段：文件
        应为：报告放在 reports/<部门标识>/<年度>.mdx
        实为：不在部门文件夹中的文件",
        "✗ reports/test-ju/2021年.mdx
        字段：文件
        应为：报告文件名为四位年度加 .mdx，如 2020.mdx
        实为：“2021年.mdx”",
      ]
    `);
  });

  it.each([
    ['an empty file', (d: string) => writeFileSync(join(d, REPORT), '')],
    [
      'a byte-order mark',
      (d: string) =>
        writeFileSync(join(d, REPORT), `\uFEFF${readFileSync(join(d, REPORT), 'utf8')}`),
    ],
    [
      'GBK bytes',
      (d: string) =>
        writeFileSync(
          join(d, REPORT),
          Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xb2, 0xe2, 0xca, 0xd4]),
        ),
    ],
    ['invalid YAML', (d: string) => edit(d, REPORT, 'unit: 万元', 'unit: [万元')],
    ['a duplicated key', (d: string) => edit(d, REPORT, 'unit: 万元', 'unit: 万元\nunit: 元')],
    ['no frontmatter', (d: string) => writeFileSync(join(d, REPORT), '# 报告\n正文')],
    [
      'an org file that is not a mapping',
      (d: string) => writeFileSync(join(d, 'orgs/test-ju.yaml'), '- a\n- b\n'),
    ],
  ])('rejects %s with a located message', (_name, change) => {
    const found = load(change);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(/^✗ (orgs|reports)\/\S+\n {2}字段：.+\n {2}应为：.+\n {2}实为：.+$/);
  });

  it('words file-level problems for an author', () => {
    expect([
      ...load((d) => writeFileSync(join(d, REPORT), '')),
      ...load((d) => writeFileSync(join(d, REPORT), `\uFEFF---\n---\n`)),
      ...load((d) => writeFileSync(join(d, REPORT), Buffer.from([0xb2, 0xe2]))),
      ...load((d) => edit(d, REPORT, 'unit: 万元', 'unit: 万元\nunit: 元')),
    ]).toMatchInlineSnapshot(`
      [
        "✗ reports/test-ju/2021.mdx:1
        字段：文件
        应为：以 --- 开始、以 --- 结束的 YAML 头部（frontmatter）
        实为：空文件",
        "✗ reports/test-ju/2021.mdx:1
        字段：文件
        应为：UTF-8 编码（无 BOM）的文本文件
        实为：文件以字节顺序标记（BOM）开头",
        "✗ reports/test-ju/2021.mdx:1
        字段：文件
        应为：UTF-8 编码（无 BOM）的文本文件
        实为：不是有效的 UTF-8 编码（可能是 GBK 或 UTF-16）",
        "✗ reports/test-ju/2021.mdx:7
        字段：文件
        应为：合法的 YAML
        实为：同一字段写了两次（Map keys must be unique）",
      ]
    `);
  });

  it('reports a missing orgs folder', () => {
    expect(load((d) => rmSync(join(d, 'orgs'), { recursive: true }))[0]).toContain('没有部门文件');
  });

  it('collects every problem across files at once', () => {
    const found = load((d) => {
      edit(d, REPORT, 'amount: 100.93', 'amount: 101.93');
      mkdirSync(join(d, 'reports/test-ju2'));
      writeFileSync(join(d, 'reports/test-ju2/2020.mdx'), '');
    });
    expect(found.length).toBe(3);
  });
});

describe('loadContent treats files as data', () => {
  const one = (change: (dir: string) => void) => load(change).join('\n\n');
  const copyReport = (d: string) => readFileSync(join(d, REPORT));

  it('does not follow a symbolic link out of the content folder, and never prints its target', () => {
    const found = one((d) => symlinkSync('/etc/passwd', join(d, 'reports/test-ju/2022.mdx')));
    expect(found).toContain('reports/test-ju/2022.mdx\n  字段：文件');
    expect(found).toContain('实为：符号链接指向内容文件夹之外');
    expect(found).not.toContain('root:');
  });

  it('does not publish a valid report linked from outside the content folder', () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    const found = one((d) => {
      writeFileSync(join(outside, '2022.mdx'), copyReport(d));
      symlinkSync(join(outside, '2022.mdx'), join(d, 'reports/test-ju/2022.mdx'));
    });
    rmSync(outside, { recursive: true });
    expect(found).toContain('符号链接指向内容文件夹之外');
  });

  it('follows a link that stays inside the content folder', () => {
    const dir = copyTree();
    renameSync(join(dir, REPORT), join(dir, 'reports/test-ju/source.txt'));
    symlinkSync(join(dir, 'reports/test-ju/source.txt'), join(dir, REPORT));
    const { reports, issues } = loadContent(dir);
    rmSync(dir, { recursive: true });
    expect(issues.map((i) => i.file)).toEqual([expect.stringContaining('source.txt')]);
    expect(reports.length).toBe(1);
  });

  it('names a dangling link, a folder, a FIFO and an oversized file, and never blocks', () => {
    expect(
      one((d) => symlinkSync(join(d, 'nowhere'), join(d, 'reports/test-ju/2022.mdx'))),
    ).toContain('实为：符号链接指向不存在的文件');
    expect(one((d) => mkdirSync(join(d, 'reports/test-ju/2022.mdx')))).toContain('实为：文件夹');
    expect(one((d) => execFileSync('mkfifo', [join(d, 'reports/test-ju/2022.mdx')]))).toContain(
      '实为：命名管道（FIFO）',
    );
    expect(
      one((d) => writeFileSync(join(d, REPORT), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61))),
    ).toContain('实为：文件大小 2.0 MiB');
  });

  it('rejects a NUL byte or another control character, with its line', () => {
    const found = one((d) => edit(d, REPORT, 'title: 测试局', 'title: 测试\u0000局'));
    expect(found).toContain('reports/test-ju/2021.mdx:4');
    expect(found).toContain('实为：含有U+0000（空字符 NUL）');
    expect(one((d) => edit(d, REPORT, '部分科室重视不够。', '部分科室\u000b重视不够。'))).toContain(
      'U+000B',
    );
  });

  it('names the field of a NaN with its label', () => {
    const found = one((d) => edit(d, REPORT, 'amount: 22\n', 'amount: .nan\n'));
    expect(found).toContain('字段：expenditure.classes[1].amount（');
    expect(found).toContain('实为：“.nan”（非数字 .nan）');
  });

  it('leaves a <year>/ attachments folder beside <year>.mdx to the attachments module', () => {
    // The attachments module checks the folder against the report's list: this file is unlisted.
    const issues = load((d) => {
      mkdirSync(join(d, 'reports/test-ju/2021'));
      writeFileSync(join(d, 'reports/test-ju/2021/原文.pdf'), '%PDF');
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('未列出的文件“原文.pdf”');
    expect(one((d) => mkdirSync(join(d, 'reports/test-ju/2019')))).toContain('“2019”');
  });

  it('gives equal trees equal digests and any change a new one', () => {
    const a = copyTree();
    const digest = loadContent(a).digest;
    expect(loadContent(a).digest).toBe(digest);
    edit(a, REPORT, '部分科室重视不够。', '部分科室重视不足。');
    expect(loadContent(a).digest).not.toBe(digest);
    rmSync(a, { recursive: true });
  });
});
