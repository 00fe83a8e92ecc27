import { describe, expect, it } from 'vitest';
import { parseMdx, parseYaml, splitFrontmatter } from '../../../src/lib/frontmatter.ts';

const failure = (result: ReturnType<typeof parseYaml>) =>
  result.ok ? 'ok' : `${result.line ?? '-'} ${result.expected} / ${result.found}`;

describe('parseYaml limits', () => {
  it('stops a billion-laughs file with a message instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    expect(failure(parseYaml(lines.join('\n')))).toContain('YAML 别名展开过多');
  });

  it('rejects deep nesting without overflowing the stack', () => {
    const deep = `a: ${'['.repeat(20000)}${']'.repeat(20000)}`;
    expect(failure(parseYaml(deep))).toContain('嵌套');
  });

  it('names NaN, infinity and huge numbers in plain words, with the field', () => {
    const nan = parseYaml('x:\n  y: .nan');
    expect(nan.ok).toBe(false);
    if (!nan.ok) {
      expect(nan.path).toEqual(['x', 'y']);
      expect(nan.line).toBe(2);
      expect(nan.found).toBe('非数字（.nan）');
    }
    expect(failure(parseYaml('x: 1e309'))).toContain('无穷大或超出范围的数字');
    expect(failure(parseYaml('x: -.inf'))).toContain('无穷大或超出范围的数字');
    expect(failure(parseYaml('x: 1e20'))).toContain('超出范围的数字');
  });

  it('rejects control characters written as YAML escapes', () => {
    expect(failure(parseYaml('title: "测试\\0局"'))).toContain('U+0000（空字符 NUL）');
    expect(failure(parseYaml('title: "a\\x1bb"'))).toContain('U+001B');
  });

  it('keeps an unquoted date as text', () => {
    const result = parseYaml('published: 2022-06-30');
    expect(result.ok && result.source.data).toEqual({ published: '2022-06-30' });
  });
});

describe('splitFrontmatter', () => {
  it.each([
    ['---\na: 1\n---\nbody', 'a: 1\n', 'body'],
    ['---\r\na: 1\r\n---\r\nbody', 'a: 1\r\n', 'body'],
    ['---\n---\nbody', '', 'body'],
    ['---\na: 1\n---', 'a: 1\n', ''],
  ])('splits %j', (text, yaml, body) => {
    const split = splitFrontmatter(text);
    expect(split?.yaml).toBe(yaml);
    expect(text.slice(split?.bodyStart)).toBe(body);
  });

  it('does not take ---- or --- with text after it for the closing line', () => {
    expect(splitFrontmatter('---\na: 1\n----\nb')).toBeUndefined();
    expect(splitFrontmatter('---\na: 1\n--- x\nb')).toBeUndefined();
  });
});

describe('parseMdx', () => {
  it('says the frontmatter is not closed when the second --- is missing', () => {
    const result = parseMdx('---\ntitle: x\n\n正文');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.expected).toContain('以单独一行的 --- 结束');
      expect(result.found).toContain('头部没有结束');
    }
  });

  it('counts body lines from the file start', () => {
    const result = parseMdx('---\na: 1\nb: 2\n---\n\n正文');
    expect(result.ok && result.source.bodyLine).toBe(5);
  });
});
