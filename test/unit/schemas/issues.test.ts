import { describe, expect, it } from 'vitest';
import { errorsOf, formatIssues, type Issue } from '../../../src/schemas/issues.ts';

const base = { file: 'content/reports/a/2020.mdx', path: '', label: '正文', expected: 'x' };
const error: Issue = { ...base, line: 3, found: '错误' };
const warning: Issue = { ...base, line: 9, found: '跳级标题', severity: 'warning' };
const info: Issue = { ...base, found: '未说明三公经费', severity: 'info' };

describe('issues', () => {
  it('counts only errors as blocking', () => {
    expect(errorsOf([error, warning, info])).toEqual([error]);
  });

  it('prints errors, warnings and information apart, errors first', () => {
    const text = formatIssues([info, warning, error]);
    const order = ['【错误', '✗ content/reports/a/2020.mdx:3', '【警告', '⚠ ', '【提示', 'ℹ '];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((n) => n >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toMatch(/发现 1 个问题，涉及 1 个文件；1 个警告；1 条提示。$/);
  });

  it('keeps the plain list when there are only errors', () => {
    expect(formatIssues([error])).toMatch(/^✗ content\/reports\/a\/2020\.mdx:3/);
    expect(formatIssues([warning])).toMatch(/没有错误；1 个警告。$/);
  });
});
