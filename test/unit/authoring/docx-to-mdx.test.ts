import { describe, expect, it } from 'vitest';
import { blocksToMdx, escapeMdx } from '../../../src/authoring/docx-to-mdx.ts';
import { type Block, htmlBlocks } from '../../../src/authoring/html-blocks.ts';
import { chineseNumber, leadTitle, numbering } from '../../../src/authoring/numbering.ts';
import { checkBody } from '../../../src/lib/body.ts';

const paragraphs = (...texts: string[]): Block[] =>
  texts.map((text) => ({ kind: 'paragraph', text }));

describe('numbering', () => {
  it.each([
    [
      '一、部门单位概况',
      { scheme: 'cn', level: 2, value: 1, marker: '一、', rest: '部门单位概况' },
    ],
    ['（十二）其他', { scheme: 'cn', level: 3, value: 12, marker: '（十二）', rest: '其他' }],
    [
      '（3） 年度工作目标',
      { scheme: 'arabic', level: 3, value: 3, marker: '（3）', rest: '年度工作目标' },
    ],
    ['1．收入预算。', { scheme: 'arabic', level: 4, value: 1, marker: '1．', rest: '收入预算。' }],
    [
      '2、 绩效实现情况',
      { scheme: 'arabic', level: 4, value: 2, marker: '2、', rest: '绩效实现情况' },
    ],
    ['3. 加强培训', { scheme: 'arabic', level: 4, value: 3, marker: '3.', rest: '加强培训' }],
  ])('%s', (text, expected) => {
    expect(numbering(text)).toEqual(expected);
  });

  it.each(['1.16亿元贷款已发放', '一是加强管理', '2020年年初预算数'])(
    'finds none in %s',
    (text) => {
      expect(numbering(text)).toBeUndefined();
    },
  );

  it('reads Chinese numerals', () => {
    expect(['一', '九', '十', '十一', '二十', '二十三'].map(chineseNumber)).toEqual([
      1, 9, 10, 11, 20, 23,
    ]);
  });

  it('takes a short lead sentence as a title, without its full stop', () => {
    expect(leadTitle('收入预算。2020年……')).toEqual({ title: '收入预算', remainder: '2020年……' });
    expect(leadTitle('经济性评价')).toEqual({ title: '经济性评价', remainder: '' });
    expect(leadTitle(`${'很长的句子'.repeat(7)}。其余`)).toBeUndefined();
  });
});

describe('blocksToMdx', () => {
  it('rebuilds headings from the numbering and keeps the duty list a list', () => {
    const { body, headings } = blocksToMdx(
      paragraphs(
        '一、部门单位概况',
        '（一）主要职能',
        '主要职责：',
        '1．拟订全区创新驱动发展战略方针。',
        '2．负责机关党建工作。',
        '下属两个事业单位。',
        '（二）年度工作目标',
        '1．加快培育科技创新主体。力争到2020年底，全区科技型企业达到380家以上。',
        '2．经济性评价',
        '预算配置方面：……',
      ),
    );
    expect(body).toBe(
      `${[
        '## 一、部门单位概况',
        '### （一）主要职能',
        '主要职责：',
        '1. 拟订全区创新驱动发展战略方针。\n2. 负责机关党建工作。',
        '下属两个事业单位。',
        '### （二）年度工作目标',
        '#### 1．加快培育科技创新主体',
        '力争到2020年底，全区科技型企业达到380家以上。',
        '#### 2．经济性评价',
        '预算配置方面：……',
      ].join('\n\n')}\n`,
    );
    expect(headings.map((h) => [h.level, h.title, h.parent])).toEqual([
      [2, '部门单位概况', undefined],
      [3, '主要职能', '部门单位概况'],
      [3, '年度工作目标', '部门单位概况'],
      [4, '加快培育科技创新主体', '年度工作目标'],
      [4, '经济性评价', '年度工作目标'],
    ]);
  });

  it('keeps a numbered paragraph whose lead sentence is too long as a paragraph', () => {
    const long = `1．${'这是一段很长的正文'.repeat(4)}，没有标题。`;
    expect(blocksToMdx(paragraphs('一、概况', long)).body).toBe(`## 一、概况\n\n${long}\n`);
  });

  it('takes Word auto-numbering left in the text as the heading it stands for, and flags it', () => {
    const { body, notes } = blocksToMdx(
      paragraphs(
        '一、概况',
        '（一）职能',
        '（二）人员',
        '文字',
        '（3） 年度工作目标',
        '文字',
        '2、 绩效实现情况',
        '（一）主要绩效',
      ),
    );
    expect(body).toContain('\n### （3）年度工作目标\n');
    expect(body).toContain('\n## 2、绩效实现情况\n');
    expect(body).toContain(
      '{/* 导入提示：原文编号“（3）”与上下文不符，疑为 Word 自动编号残留（按上下文应为“（三）”），请核对后改正。 */}',
    );
    expect(notes).toHaveLength(2);
    expect(checkBody(body)).toEqual([]);
  });

  it('does not promote an arabic number that does not continue the sequence', () => {
    const { body } = blocksToMdx(
      paragraphs('一、概况', '（一）工作', '1．第一项', '（1）小项', '3、 其他事项'),
    );
    expect(body).toContain('\n#### 1．第一项\n\n（1）小项\n');
    expect(body).toContain('\n#### 3、其他事项\n');
  });

  it('escapes what MDX would run, and keeps Word lists and tables', () => {
    const { body } = blocksToMdx([
      { kind: 'paragraph', text: '比例 <5% 且 {a} 为 *重点*' },
      { kind: 'item', text: '第一项', ordered: true, depth: 0 },
      { kind: 'item', text: '第二项', ordered: true, depth: 0 },
      {
        kind: 'table',
        rows: [
          ['指标', '值'],
          ['a|b', '1'],
        ],
      },
    ]);
    expect(body).toBe(
      '比例 \\<5% 且 \\{a\\} 为 \\*重点\\*\n\n1. 第一项\n1. 第二项\n\n| 指标 | 值 |\n| --- | --- |\n| a\\|b | 1 |\n',
    );
    expect(checkBody(body)).toEqual([]);
  });

  it('escapes line starts Markdown would read as syntax', () => {
    expect(escapeMdx('# 不是标题')).toBe('\\# 不是标题');
    expect(escapeMdx('- 不是列表')).toBe('\\- 不是列表');
    expect(escapeMdx('1. 不是列表')).toBe('1\\. 不是列表');
  });
});

describe('htmlBlocks', () => {
  it('reads mammoth HTML into paragraphs, headings, list items and tables', () => {
    const html =
      '<h1>一、概况</h1><p>a &lt; b &amp; “c”<br />下一行</p><ol><li>甲<ul><li>乙</li></ul></li></ol>' +
      '<table><tr><td><p>指标</p></td><td><p>值</p></td></tr></table><p><img src="data:x" /></p>';
    expect(htmlBlocks(html)).toEqual({
      blocks: [
        { kind: 'paragraph', text: '一、概况', heading: 1 },
        { kind: 'paragraph', text: 'a < b & “c”' },
        { kind: 'paragraph', text: '下一行' },
        { kind: 'item', text: '甲', ordered: true, depth: 0 },
        { kind: 'item', text: '乙', ordered: false, depth: 1 },
        { kind: 'table', rows: [['指标', '值']] },
        { kind: 'paragraph', text: '' },
      ],
      images: 1,
    });
  });
});
