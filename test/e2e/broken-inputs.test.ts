// The corpus of broken inputs a real author produces. Each must stop the build with a clear
// message and leave the previously published site exactly as it was. Those validation stops are
// checked in-process with the loader the build's validate stage runs (milliseconds each); only
// those a later stage stops, and one of each kind of validation stop, run a whole build.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/io/load.ts';
import { errorsOf, formatIssues } from '../../src/schemas/issues.ts';
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
const link =
  (target: (dir: string) => string, file = 'reports/test-ju/2022.mdx'): Change =>
  (dir) =>
    symlinkSync(target(dir), join(dir, file));

// Every case that tries to run code writes this file if it succeeds; it must never appear.
const MARKER = join(tmpdir(), `broken-inputs-ran-${process.pid}`);
const RUN = `import('node:fs').then((fs) => fs.writeFileSync(${JSON.stringify(MARKER)}, 'ran'))`;
// A valid report kept outside the content folder, for the symlink case.
const OUTSIDE = mkdtempSync(join(tmpdir(), 'outside-content-'));
writeFileSync(
  join(OUTSIDE, '2022.mdx'),
  readFileSync(`test/fixtures/minimal/${REPORT}`, 'utf8').replace('year: 2021', 'year: 2022'),
);

/** A YAML “billion laughs”: nine levels of ten aliases each. */
const LAUGHS = Array.from({ length: 9 }, (_, i) => {
  const name = `l${i}`;
  const items = i === 0 ? Array(10).fill('lol') : Array(10).fill(`*l${i - 1}`);
  return `${name}: &${name} [${items.join(', ')}]`;
}).join('\n');

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
  [
    'a grade that does not exist',
    edit('grade: 优', 'grade: 优等'),
    '以下之一：优、良、中、差、优秀',
  ],
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

  // Code in a body: none of it may run (the marker file must not appear).
  [
    'code between two comments in braces',
    append(`\n{/* a */ ${RUN} /* b */}\n`),
    `reports/test-ju/2021.mdx:93\n  字段：正文\n  应为：正文中的花括号只用于注释`,
  ],
  [
    'code in braces inside a sentence',
    append(`\n正文 {/* 注 */ ${RUN}} 正文\n`),
    '花括号只用于注释',
  ],
  ['code in a JSX attribute', append(`\n<a title={${RUN}}>文字</a>\n`), '不使用表达式'],
  ['code in a span attribute', append(`\n<span title={${RUN}}>文字</span>\n`), '实为：<span>'],
  ['a spread attribute', append(`\n<a {...(${RUN})}>文字</a>\n`), '不使用展开'],
  ['an export statement', append(`\nexport const x = ${RUN};\n`), '不使用 import / export'],
  // Markup that would reach the page.
  ['an event handler', append('\n<a onmouseover="alert(1)">文字</a>\n'), '不使用事件处理（on…）'],
  [
    'set:html with a raw image',
    append('\n<p set:html="<img src=x onerror=alert(1)>" />\n'),
    '标签上不使用指令（如 set:html）',
  ],
  ['a style attribute', append('\n<p style="position:fixed">文字</p>\n'), '不使用 style'],
  ['an iframe', append('\n<iframe src="https://example.com/"></iframe>\n'), '实为：<iframe>'],
  ['an embed', append('\n<embed src="x.swf" />\n'), '实为：<embed>'],
  [
    'a remote image in Markdown',
    append('\n![图](https://tracker.example/x.png)\n'),
    '应为：本站的图片（相对地址，不从其他网站加载）\n  实为：https://tracker.example/x.png',
  ],
  [
    'a remote <img>',
    append('\n<img src="https://tracker.example/x.png" alt="" />\n'),
    '不从其他网站加载',
  ],
  [
    'a data:text/html link in Markdown',
    append('\n[原文](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n'),
    '实为：data:text/html;base64,',
  ],
  [
    'a javascript: link whose path resolves',
    append('\n[原文](javascript:/test-ju/?alert(1):0)\n'),
    '应为：站内相对地址，或以 http://、https://、mailto: 开头的地址\n  实为：javascript:/test-ju/?alert(1):0',
  ],
  [
    'a javascript: link in an <a>',
    append('\n<a href="javascript:alert(1)">原文</a>\n'),
    '实为：<a href="javascript:alert(1)">',
  ],
  [
    'a javascript: source.url',
    edit('unit: 万元\n', 'unit: 万元\nsource:\n  url: javascript:/test-ju/?alert(1):0\n'),
    'reports/test-ju/2021.mdx:8\n  字段：source.url（原文出处 › 原文地址）\n  应为：以 http://、https:// 或 mailto: 开头的地址',
  ],
  [
    'a javascript: related[].url',
    edit('unit: 万元\n', 'unit: 万元\nrelated:\n  - title: 决算\n    url: javascript:alert(1)\n'),
    '字段：related[0].url',
  ],
  [
    'a data: website in an org file',
    edit('region: 测试市测试区', 'region: 测试市测试区\nwebsite: data:text/html,<b>x</b>', ORG),
    'orgs/test-ju.yaml:4\n  字段：website（部门网站）',
  ],
  [
    'a javascript: website whose path resolves',
    edit(
      'region: 测试市测试区',
      'region: 测试市测试区\nwebsite: javascript:/test-ju/?alert(1):0',
      ORG,
    ),
    '实为：“javascript:/test-ju/?alert(1):0”',
  ],
  // Files that are not plain data.
  ['a YAML billion laughs', edit('unit: 万元\n', `unit: 万元\n${LAUGHS}\n`), 'YAML 别名展开过多'],
  [
    'deeply nested YAML',
    edit('unit: 万元\n', `unit: 万元\nx: ${'['.repeat(20000)}${']'.repeat(20000)}\n`),
    '实为：嵌套层数过多',
  ],
  [
    'a dangling symbolic link',
    link((d) => join(d, 'nowhere.mdx')),
    'reports/test-ju/2022.mdx\n  字段：文件\n  应为：内容文件夹中的普通文本文件（不超过 2 MiB）\n  实为：符号链接指向不存在的文件',
  ],
  ['a symbolic link to /etc/passwd', link(() => '/etc/passwd'), '实为：符号链接指向内容文件夹之外'],
  [
    'a symbolic link to a valid report outside content/',
    link(() => join(OUTSIDE, '2022.mdx')),
    '实为：符号链接指向内容文件夹之外',
  ],
  [
    'a folder named 2022.mdx',
    (d) => mkdirSync(join(d, 'reports/test-ju/2022.mdx')),
    'reports/test-ju/2022.mdx\n  字段：文件\n  应为：内容文件夹中的普通文本文件（不超过 2 MiB）\n  实为：文件夹',
  ],
  [
    'a FIFO named 2022.mdx',
    (d) => execFileSync('mkfifo', [join(d, 'reports/test-ju/2022.mdx')]),
    '实为：命名管道（FIFO）',
  ],
  [
    'a file over the size limit',
    append(`\n${'正文。'.repeat(400_000)}\n`),
    '实为：文件大小 3.4 MiB',
  ],
  [
    'NaN as an amount',
    edit('amount: 22\n', 'amount: .nan\n'),
    '字段：expenditure.classes[1].amount（支出预算 › 功能分类 › 第2项 › 金额）\n  应为：按报告原样书写的十进制数字（只用数字、负号和小数点，如 19、-3.5、0.25）\n  实为：“.nan”（非数字 .nan）',
  ],
  ['1e309 as an amount', edit('amount: 22\n', 'amount: 1e309\n'), '实为：“1e309”（科学计数法）'],
  [
    'a missing closing ---',
    edit('\n---\n\n## 一', '\n\n## 一'),
    'reports/test-ju/2021.mdx:1\n  字段：文件\n  应为：以单独一行的 --- 结束 YAML 头部（frontmatter）',
  ],
  // Accepted before, but wrong.
  [
    'weights adding up to 99',
    edit('weight: 60', 'weight: 59'),
    '应为：各指标权重之和为 100\n  实为：权重之和 99',
  ],
  [
    'a whole-number score above its parts',
    (d) => {
      edit('score: 54.5', 'score: 54')(d);
      edit('score: 92.5', 'score: 93')(d);
    },
    '应为：等于各指标得分之和 92（允许舍入误差 ±0）\n  实为：93',
  ],
  [
    'a NUL byte in a title',
    edit('title: 测试局', 'title: 测试\u0000局'),
    'reports/test-ju/2021.mdx:4\n  字段：文件\n  应为：不含控制字符的文本（常由 Word 粘贴带入）\n  实为：含有U+0000（空字符 NUL）',
  ],
  [
    'a NUL written as a YAML escape',
    edit('title: 测试局2021年度部门整体支出绩效自评报告', 'title: "测试局\\0"'),
    '字段：title（报告标题）\n  应为：不含控制字符的文字\n  实为：含有U+0000（空字符 NUL）',
  ],
  ['a control character in the body', append('\n正文\u001b[31m\n'), 'U+001B（不可见的控制字符）'],
];

const NEXT_YEAR = 'reports/test-ju/2022.mdx';
/** The minimal report again as the next year's, with `from` replaced by `to`. */
const nextYear =
  (from: string, to: string): Change =>
  (dir) => {
    const text = readFileSync(join(dir, REPORT), 'utf8').replace('year: 2021', 'year: 2022');
    if (!text.includes(from)) throw new Error(`fixture lacks ${from}`);
    writeFileSync(join(dir, NEXT_YEAR), text.replace(from, to));
  };
const DECIMAL = '应为：按报告原样书写的十进制数字（只用数字、负号和小数点，如 19、-3.5、0.25）';

/**
 * Broken inputs that validation alone must stop: checked in-process with the loader the build's
 * validation stage runs (src/lib/load.ts), so each case costs milliseconds, not a build.
 */
export const VALIDATION_CORPUS: [name: string, change: Change, message: string][] = [
  [
    'a head count written in hex',
    edit('authorized: 10', 'authorized: 0x13'),
    `reports/test-ju/2021.mdx:9\n  字段：staffing[0].authorized（人员情况 › 第1项 › 编制数）\n  ${DECIMAL}\n  实为：“0x13”（十六进制写法）`,
  ],
  [
    'an amount written in octal',
    edit('amount: 22\n', 'amount: 0o26\n'),
    '实为：“0o26”（八进制写法）',
  ],
  [
    'an amount with an exponent',
    edit('amount: 22\n', 'amount: 2.2e1\n'),
    '实为：“2.2e1”（科学计数法）',
  ],
  [
    'an amount with a leading +',
    edit('amount: 22\n', 'amount: +22\n'),
    '实为：“+22”（以加号开头）',
  ],
  ['an infinite target', edit('target: 100', 'target: .inf'), '实为：“.inf”（无穷大 .inf）'],
  [
    'a total with a digit separator',
    edit('  total: 122.93\n  sources', '  total: 1_22.93\n  sources'),
    'reports/test-ju/2021.mdx:13\n  字段：income.total（收入预算 › 收入预算合计）',
  ],
  [
    'a total with a thousands comma',
    edit('amount: 100.93', 'amount: 1,100.93'),
    '实为：“1,100.93”（含数字分隔符）',
  ],
  ['an amount with a leading zero', edit('amount: 22\n', 'amount: 022\n'), '以 0 开头'],
  [
    'a hex number in an org file',
    edit('region: 测试市测试区', 'region: 0x10', ORG),
    `orgs/test-ju.yaml:3\n  字段：region（所属地区）\n  ${DECIMAL}`,
  ],
  [
    'a hex number in site.yaml',
    write('name: 测试站\nfooter:\n  icp: 0x10\n', 'site.yaml'),
    `site.yaml:3\n  字段：footer.icp\n  ${DECIMAL}\n  实为：“0x10”（十六进制写法）`,
  ],
  [
    'an indicator whose unit changes the next year',
    nextYear('unit: 件', 'unit: 万元'),
    'reports/test-ju/2022.mdx:41\n  字段：goals[0].indicators[0].unit（年度工作目标 › 第1项 › 绩效指标 › 第1项 › 计量单位）\n  应为：与 reports/test-ju/2021.mdx:41（2021 年）相同的计量单位 “件”',
  ],
  [
    'an indicator whose comparator turns around the next year',
    nextYear("unit: 件\n        comparator: '>='", "unit: 件\n        comparator: '<='"),
    '请改用新的指标标识（id）\n  实为：2022 年为 “<=”（越少越好）',
  ],
  [
    'an indicator turned into a growth rate the next year',
    nextYear(
      "comparator: '>='\n        target: 100",
      "comparator: '>='\n        basis: growth\n        target: 100",
    ),
    '实为：2022 年为 增长率（growth）',
  ],
];

/** Cases validation cannot stop: a later stage (Astro's routes, the post-build check) does. */
const NEEDS_BUILD = new Set([
  'a second report for the same year',
  'a link to a page that does not exist',
  'a link to a section that does not exist',
]);

/**
 * One validation stop of each kind, also run as a whole build: that the build stops on them in
 * its validate stage, prints the message without a stack trace, runs no code and publishes
 * nothing is the same for every validation stop.
 */
const BUILT_TOO = new Set([
  'invalid YAML',
  'weights that do not add up to 100',
  'code between two comments in braces',
  'an export statement',
  'a symbolic link to /etc/passwd',
  'a FIFO named 2022.mdx',
  'a file over the size limit',
  'a hex number in site.yaml',
]);

const validationStops = [...CORPUS, ...VALIDATION_CORPUS].filter(([n]) => !NEEDS_BUILD.has(n));
const builds = [...CORPUS, ...VALIDATION_CORPUS].filter(
  ([n]) => NEEDS_BUILD.has(n) || BUILT_TOO.has(n),
);

describe('broken inputs stopped by validation', () => {
  it('has at least 70 cases, every named one among them', () => {
    expect(CORPUS.length + VALIDATION_CORPUS.length).toBeGreaterThanOrEqual(70);
    const names = new Set([...CORPUS, ...VALIDATION_CORPUS].map(([n]) => n));
    for (const name of [...NEEDS_BUILD, ...BUILT_TOO]) expect(names).toContain(name);
  });

  it.each(validationStops)(
    '%s: a clear message naming file, line and field',
    (_n, change, message) => {
      const content = copyTree();
      change(content);
      const { issues } = loadContent(content);
      rmSync(content, { recursive: true, force: true });
      const text = formatIssues(issues).replaceAll(/\S*content-\w+\//g, '');
      expect(errorsOf(issues).length).toBeGreaterThan(0);
      expect(text).toContain(message);
      expect(text).not.toContain('root:x:');
      expect(existsSync(MARKER)).toBe(false);
    },
  );
});

let out: string;
let published: string;

describe('broken inputs', () => {
  beforeAll(() => {
    out = join(copyTree(), '..', `published-${process.pid}`);
    const first = cli('build', { CONTENT_DIR: 'test/fixtures/minimal', OUT_DIR: out });
    expect(first.code).toBe(0);
    published = treeHash(out);
  });
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(OUTSIDE, { recursive: true, force: true });
  });

  it.each(builds)(
    '%s: stops the build with a clear message and publishes nothing',
    (_name, change, message) => {
      const content = copyTree();
      change(content);
      const run = cli('build', { CONTENT_DIR: content, OUT_DIR: out });
      rmSync(content, { recursive: true, force: true });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toMatch(/构建已停止|发布前检查未通过/);
      // A message, never a stack trace.
      expect(run.stderr).not.toMatch(/\n\s+at [\w.<>]+ \(|node:internal/);
      expect(run.stderr).not.toContain('root:x:');
      expect(existsSync(MARKER)).toBe(false);
      expect(treeHash(out)).toBe(published);
    },
  );
});
