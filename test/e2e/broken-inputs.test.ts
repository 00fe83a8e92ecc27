// The corpus of broken inputs a real author produces. Each must stop the build with a clear
// message and leave the previously published site exactly as it was.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTree } from '../helpers.ts';
import { cli, treeHash } from './site.ts';

const REPORT = 'reports/test-ju/2021.mdx';
const ORG = 'orgs/test-ju.yaml';
type Change = (dir: string) => void;

const edit =
  (from: string | RegExp, to: string, file = REPORT): Change =>
  (dir) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.match(from)) throw new Error(`fixture lacks ${from}`);
    writeFileSync(path, text.replace(from, to));
  };
const write =
  (content: string | Buffer, file = REPORT): Change =>
  (dir) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  };
const append =
  (text: string): Change =>
  (dir) =>
    writeFileSync(join(dir, REPORT), readFileSync(join(dir, REPORT), 'utf8') + text);

export const CORPUS: [name: string, change: Change, message: string][] = [
  ['invalid YAML', edit('unit: 万元', 'unit: [万元'), '应为：合法的 YAML'],
  [
    'a tab used for indentation',
    edit('  total: 122.93\n  sources', '\ttotal: 122.93\n  sources'),
    'YAML',
  ],
  ['a key written twice', edit('unit: 万元', 'unit: 万元\nunit: 元'), '同一字段写了两次'],
  [
    'text where a number belongs',
    edit('  total: 122.93\n  sources', '  total: 122.93万元\n  sources'),
    '实为：“122.93万元”（文字）',
  ],
  ['the year written as text', edit('year: 2021', 'year: 2021年'), '字段：year（年度）'],
  [
    'a missing required field',
    edit(/^title: .*\n/m, ''),
    '字段：title（报告标题）\n  应为：必填字段（文字）',
  ],
  ['a missing unit', edit('unit: 万元\n', ''), '金额单位（万元 或 元）：报告给出了金额'],
  [
    'a misspelt key',
    edit('  sources:\n    generalBudget', '  sources:\n    generalBuget'),
    '是否想写 generalBudget？',
  ],
  [
    'function classes that do not add up',
    edit('amount: 100.93', 'amount: 101.93'),
    '应为：等于各功能分类之和 123.93（允许舍入误差 ±0.01）\n  实为：122.93',
  ],
  [
    'income sources that do not add up',
    edit('generalBudget: 78.19', 'generalBudget: 79.19'),
    '等于各收入来源之和',
  ],
  [
    'score and grade that disagree',
    edit('grade: 优', 'grade: 良'),
    '与自评分值 92.5 分相符的等级“优”',
  ],
  ['a grade that does not exist', edit('grade: 优', 'grade: 优秀'), '以下之一：优、良、中、差'],
  ['an indicator scored above its weight', edit('score: 38', 'score: 41'), '不超过指标权重 40'],
  ['weights that do not add up to 100', edit('weight: 60', 'weight: 50'), '各指标权重之和为 100'],
  ['a negative amount', edit('amount: 22', 'amount: -22'), '不小于 0'],
  ['a huge number', edit('amount: 22', 'amount: 22000000000000'), '不大于 1000000000000'],
  ['three decimals', edit('amount: 22', 'amount: 22.005'), '金额最多保留两位小数'],
  ['a fractional head count', edit('active: 9', 'active: 9.5'), '应为：整数'],
  [
    'a numeric comparator with a target in words',
    edit('target: 100', 'target: 一百件'),
    '数字（比较方式为“>=”）',
  ],
  [
    'an estimate without an actual',
    edit('      - id: satisfaction\n', '      - id: satisfaction\n        estimated: true\n'),
    '仅在填写了实际完成值时标为预计',
  ],
  [
    'an indicator id used twice',
    edit('id: satisfaction', 'id: cases-closed'),
    '在本报告中唯一的标识',
  ],
  [
    'a date that is not YYYY-MM-DD',
    edit('published: 2022-06-30', 'published: 2022年6月30日'),
    'YYYY-MM-DD 格式的日期',
  ],
  [
    'a problem that is not in the narrative',
    edit('title: 绩效意识不强', 'title: 绩效意识薄弱'),
    '正文中未找到',
  ],
  [
    'the year disagreeing with the file name',
    (d) => renameSync(join(d, REPORT), join(d, 'reports/test-ju/2022.mdx')),
    '应为：与文件名一致的 2022',
  ],
  [
    'a second report for the same year',
    write(
      readFileSync(`test/fixtures/minimal/${REPORT}`, 'utf8').replace('year: 2021', 'year: 2021'),
      'reports/test-ju/2020.mdx',
    ),
    '每个部门每年只有一份报告',
  ],
  ['a report of an unregistered department', (d) => rmSync(join(d, ORG)), '未登记的部门'],
  ['a department file without a name', edit(/^name: .*\n/m, '', ORG), '字段：name（部门全称）'],
  ['an empty file', write(''), '实为：空文件'],
  [
    'a byte-order mark',
    (d) => writeFileSync(join(d, REPORT), `\uFEFF${readFileSync(join(d, REPORT), 'utf8')}`),
    '文件以字节顺序标记（BOM）开头',
  ],
  [
    'a file saved as GBK',
    write(Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xb2, 0xe2, 0xca, 0xd4, 0x0a])),
    '不是有效的 UTF-8 编码',
  ],
  [
    'a report file named 2021年.mdx',
    (d) => renameSync(join(d, REPORT), join(d, 'reports/test-ju/2021年.mdx')),
    '报告文件名为四位年度加 .mdx',
  ],
  ['an MDX expression left open', append('\n正文 { 未闭合\n'), '合法的 MDX 正文'],
  ['an unclosed tag', append('\n<div>\n\n正文\n'), 'Expected a closing tag for `<div>`'],
  [
    'a <script> in the narrative',
    append('\n<script>alert(1)</script>\n'),
    '正文中不使用会执行或加载内容的标签\n  实为：<script>',
  ],
  [
    'an import in the narrative',
    append('\nimport Chart from "./chart.astro"\n'),
    '不使用 import / export',
  ],
  ['a component in the narrative', append('\n<Chart />\n'), '正文中不使用组件'],
  ['code in braces', append('\n合计 {income.total} 万元\n'), '花括号只用于注释'],
  [
    'a link to a page that does not exist',
    append('\n见[2019年报告](/test-ju/2019/)。\n'),
    '链接指向不存在的地址：/test-ju/2019/',
  ],
  ['a link to a section that does not exist', append('\n见[第九部分](#s9)。\n'), '锚点不存在：#s9'],
];

let out: string;
let published: string;
beforeAll(() => {
  out = join(copyTree(), '..', `published-${process.pid}`);
  const first = cli('build', { CONTENT_DIR: 'test/fixtures/minimal', OUT_DIR: out });
  expect(first.code).toBe(0);
  published = treeHash(out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('broken inputs', () => {
  it('has at least 25 cases', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CORPUS)(
    '%s: stops the build with a clear message and publishes nothing',
    (_name, change, message) => {
      const content = copyTree();
      change(content);
      const run = cli('build', { CONTENT_DIR: content, OUT_DIR: out });
      rmSync(content, { recursive: true, force: true });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toMatch(/构建已停止|发布前检查未通过/);
      expect(treeHash(out)).toBe(published);
    },
  );
});
