// Issue 29, the smaller holes, each as the validation error (or warning) an author sees.
import { describe, expect, it } from 'vitest';
import { checkBody, MAX_BODY_DEPTH } from '../../../src/lib/body.ts';
import { formulaCells } from '../../../src/lib/csv-formulas.ts';
import { siteUrlProblem } from '../../../src/lib/site-url.ts';
import { isSafeUrl, safeUrlSchema } from '../../../src/schemas/common.ts';

describe('reference-style images', () => {
  it('resolve through their definition before the local-images rule, at the image line', () => {
    const problems = checkBody('正文。\n\n![x][px]\n\n[px]: https://tracker.example/pixel.gif\n');
    expect(problems).toEqual([
      expect.objectContaining({ line: 3, found: '![px] → https://tracker.example/pixel.gif' }),
    ]);
  });

  it('accept a definition on this site, matched without regard to case', () => {
    expect(checkBody('![x][PX]\n\n[px]: /images/a.png\n')).toEqual([]);
  });

  it('refuse a scheme-relative or backslashed definition', () => {
    expect(checkBody('![x][a]\n\n[a]: //evil.example/p.gif\n')).toHaveLength(1);
    expect(checkBody('![x][a]\n\n[a]: /\\evil.example/p.gif\n').length).toBeGreaterThan(0);
  });
});

describe('body nesting', () => {
  const deep = (line: string) => checkBody(`第一段。\n\n${line}\n`);
  it.each([
    ['1000 blockquotes', `${'>'.repeat(1000)} 深`],
    ['1000 nested <b>', `${'<b>'.repeat(1000)}深${'</b>'.repeat(1000)}`],
    ['1000 nested list items', `${'- '.repeat(1000)}深`],
  ])('%s is one problem at its line, before any compiler sees it', (_name, line) => {
    const problems = deep(line);
    expect(problems.filter((p) => p.expected.includes(`不超过 ${MAX_BODY_DEPTH} 层`))).toEqual([
      expect.objectContaining({ line: 3 }),
    ]);
  });

  it('counts nested lists, and leaves an ordinary report alone', () => {
    const list = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- 项`).join('\n');
    expect(deep(list).some((p) => p.expected.includes('嵌套'))).toBe(true);
    expect(deep('- 一\n  - 二\n    - 三\n      > **强 *调 [链](/a/)***')).toEqual([]);
  });
});

describe('URL fields', () => {
  it.each([
    '/\\evil.example/',
    '/\t//evil2.example/',
    'https://a.gov.cn/\\x',
    '/a\u0000b/',
    '//evil.example/',
  ])('refuse %j', (url) => {
    expect(safeUrlSchema.safeParse(url).success).toBe(false);
    expect(isSafeUrl(url) && !url.startsWith('//')).toBe(false);
  });

  it('accept ordinary addresses', () => {
    for (const url of ['https://www.wz.gov.cn/a/', '/files/x.pdf', 'mailto:a@b.cn'])
      expect(safeUrlSchema.safeParse(url).success, url).toBe(true);
  });
});

describe('SITE_URL', () => {
  it.each([
    ['javascript:alert(1)//', '应以 http:// 或 https:// 开头'],
    ['https://a.gov.cn/"x', '不能含有“"”'],
    ["https://a.gov.cn/'x", "不能含有“'”"],
    ['https://a.gov.cn/a b/', '不能含有空格'],
    ['https://a.gov.cn\\x/', '不能含有“\\”'],
    ['https://user:pw@a.gov.cn/', '不能含有用户名或密码'],
    ['https://a.gov.cn/?x=1', '不能含有查询参数（?）或片段（#）'],
    ['https://a.gov.cn/\tx', '不能含有控制字符 U+0009'],
  ])('refuses %j: %s', (value, problem) => {
    expect(siteUrlProblem(value)).toBe(problem);
  });

  it('accepts an http(s) address with a path', () => {
    expect(siteUrlProblem('https://www.example.gov.cn/jxzp/')).toBeUndefined();
    expect(siteUrlProblem('http://127.0.0.1:4321/')).toBeUndefined();
  });
});

describe('formula cells in CSV attachments', () => {
  it('finds cells a spreadsheet would run, with line and column, quoted or not', () => {
    const csv =
      '项目,金额\n办公费,-12.5\n"=HYPERLINK(""http://x"")",3\n@SUM(A1),+1\n"多\n行",=1+1\n-,"-1,234.5"\n';
    expect(formulaCells(csv)).toEqual([
      { line: 3, column: 1, start: '=HYPERLINK("http://x' },
      { line: 4, column: 1, start: '@SUM(A1)' },
      { line: 6, column: 2, start: '=1+1' },
    ]);
  });

  it('leaves signed figures and dashes alone', () => {
    expect(formulaCells('a,b\n-1,+2.5%\n-,--\n')).toEqual([]);
  });
});
