import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/lib/body.ts';

describe('checkBody', () => {
  it('accepts prose, headings, lists, tables, comments and harmless inline tags', () => {
    expect(
      checkBody(
        '{/* 注释 */}\n\n## 一、概况\n\n1. 一项\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n正文<sup>1</sup>',
      ),
    ).toEqual([]);
  });

  it.each([
    ['正文 <div>未闭合', 1, '语法错误'],
    ['第一行\n\n{ 1 +', 3, '语法错误'],
    ['import x from "y"', 1, 'import / export'],
    ['正文 {total}', 1, '花括号只用于注释'],
    ['<script>alert(1)</script>', 1, '会执行或加载内容的标签'],
    ['<iframe src="https://x"></iframe>', 1, '会执行或加载内容的标签'],
    ['\n\n<Chart data={1} />', 3, '不使用组件'],
  ])('rejects %j at line %i', (body, line, message) => {
    const [problem] = checkBody(body);
    expect(problem?.line).toBe(line);
    expect(`${problem?.expected} ${problem?.found}`).toContain(message);
  });
});
