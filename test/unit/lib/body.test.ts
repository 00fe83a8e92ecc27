import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/lib/body.ts';

describe('checkBody', () => {
  it('accepts prose, headings, lists, tables, comments, links and harmless inline tags', () => {
    expect(
      checkBody(
        [
          '{/* 注释 */}',
          '## 一、概况',
          '1. 一项\n2. 二项',
          '| a | b |\n| - | - |\n| 1 | 2 |',
          '正文<sup>1</sup>，**强调**，*斜体*，第一行<br />第二行。',
          '见[2020年报告](/test-ju/2020/)、[第一部分](#s1)、[官网](https://www.gov.cn/)、[来信](mailto:a@b.cn)。',
          '<table><tbody><tr><td colspan="2">合并</td></tr></tbody></table>',
          '![图](./chart.png) {/* 多个 */ /* 注释 */}',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });

  it.each([
    ['正文 <div>未闭合', 1, '语法错误'],
    ['第一行\n\n{ 1 +', 3, '语法错误'],
    ['import x from "y"', 1, 'import / export'],
    ['export const x = 1', 1, 'import / export'],
    ['正文 {total}', 1, '花括号只用于注释'],
    // Code between two comments: a regex for "starts and ends with a comment" let it run.
    [
      "{/* a */ import('node:fs').then((fs) => fs.writeFileSync('x', '')) /* b */}",
      1,
      '花括号只用于注释',
    ],
    ['正文 {/* a */ process.exit(1) /* b */} 正文', 1, '花括号只用于注释'],
    ['<script>alert(1)</script>', 1, '会执行或加载内容的标签'],
    ['<iframe src="https://x"></iframe>', 1, '会执行或加载内容的标签'],
    ['<object data="x.swf"></object>', 1, '会执行或加载内容的标签'],
    ['<embed src="x.swf" />', 1, '会执行或加载内容的标签'],
    ['\n\n<Chart data={1} />', 3, '不使用组件'],
    ['<span title="x">文字</span>', 1, '只用标题、段落、列表、表格、强调、链接和换行等标签'],
    ['<div>文字</div>', 1, '只用标题、段落、列表、表格、强调、链接和换行等标签'],
    ["<a title={import('node:fs')}>文字</a>", 1, '不使用表达式'],
    ["<a {...(import('node:fs'))}>文字</a>", 1, '不使用展开'],
    ['<a onmouseover="alert(1)">文字</a>', 1, '不使用事件处理'],
    ['<p onClick="alert(1)">文字</p>', 1, '不使用事件处理'],
    ['<p set:html="<img src=x onerror=alert(1)>" />', 1, '不使用指令'],
    ['<p set:text="x" />', 1, '不使用指令'],
    ['<p style="color:red">文字</p>', 1, '不使用 style'],
    ['<p class="x">文字</p>', 1, '允许的属性'],
    ['[点击](javascript:alert(1))', 1, '站内相对地址'],
    ['[点击](javascript:/test-ju/?alert(1):0)', 1, '站内相对地址'],
    ['[点击](JaVaScRiPt:alert(1))', 1, '站内相对地址'],
    ['[点击](data:text/html;base64,PHNjcmlwdD4=)', 1, '站内相对地址'],
    ['[点击][x]\n\n[x]: javascript:alert(1)', 3, '站内相对地址'],
    ['<a href="javascript:alert(1)">点击</a>', 1, '站内相对地址'],
    ['<a href="java\tscript:alert(1)">点击</a>', 1, '站内相对地址'],
    ['![图](https://evil.example/x.png)', 1, '不从其他网站加载'],
    ['![图](//evil.example/x.png)', 1, '不从其他网站加载'],
    ['<img src="https://evil.example/x.png" alt="" />', 1, '不从其他网站加载'],
  ])('rejects %j at line %i', (body, line, message) => {
    const [problem] = checkBody(body);
    expect(problem?.line).toBe(line);
    expect(`${problem?.expected} ${problem?.found}`).toContain(message);
  });

  it('checks a deeply nested body without overflowing its own stack, and bounds its depth', () => {
    // The checker walks 300 levels; the build's MDX compiler would not, so it is one error.
    expect(checkBody(`${'> '.repeat(300)}正文`)).toEqual([
      expect.objectContaining({ line: 1, found: '超过 40 层的嵌套' }),
    ]);
  });
});
