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
      expect(nan.found).toBe('“.nan”（非数字 .nan）');
    }
    expect(failure(parseYaml('x: 1e309'))).toContain('“1e309”（科学计数法）');
    expect(failure(parseYaml('x: -.inf'))).toContain('“-.inf”（无穷大 .inf）');
    expect(failure(parseYaml('x: 100000000000000000000'))).toContain('超出范围的数字');
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

describe('parseYaml strict numbers', () => {
  it.each([
    ['0x13', '十六进制写法'],
    ['0o23', '八进制写法'],
    ['1.9e1', '科学计数法'],
    ['19E0', '科学计数法'],
    ['+19', '以加号开头'],
    ['.inf', '无穷大 .inf'],
    ['-.Inf', '无穷大 .inf'],
    ['.NaN', '非数字 .nan'],
    ['1_000', '含数字分隔符'],
    ['1,000.5', '含数字分隔符'],
    ['023', '以 0 开头'],
    ['!!int "0x13"', '十六进制写法'],
    ['!!float 1e1', '科学计数法'],
  ])('rejects %s with the value as written, the line and the field', (written, kind) => {
    const result = parseYaml(`title: 报告\nincome:\n  items:\n    - amount: ${written}\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(4);
    expect(result.path).toEqual(['income', 'items', 0, 'amount']);
    expect(result.expected).toContain('十进制数字');
    expect(result.found).toContain(`“${written.replace(/^!!\w+ "?|"$/g, '')}”`);
    expect(result.found).toContain(kind);
  });

  it('reads the numbers of YAML 1.1 (chosen with %YAML 1.1) by the same rule', () => {
    const result = parseYaml('%YAML 1.1\n---\na: 1_000\nb: 0b101\n');
    expect(failure(result)).toContain('“1_000”（含数字分隔符）');
  });

  it('checks keys too, and every file type goes through this one function', () => {
    expect(failure(parseYaml('0x10: a'))).toContain('十六进制写法');
  });

  it.each(['19', '-3.5', '0', '0.25', '-0.5', '2020', '122.93'])('accepts %s', (written) => {
    const result = parseYaml(`a: ${written}`);
    expect(result.ok && result.source.data).toEqual({ a: Number(written) });
  });

  it('leaves quoted digits, dates and words alone', () => {
    const result = parseYaml('a: "0x13"\nb: 2022-06-30\nc: 增长6%以上\nd: 1,2,3');
    expect(result.ok && result.source.data).toEqual({
      a: '0x13',
      b: '2022-06-30',
      c: '增长6%以上',
      d: '1,2,3',
    });
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
