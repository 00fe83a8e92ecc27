import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfBlocks } from '../../../src/authoring/pdf-blocks.ts';
import {
  type PdfLine,
  type PdfPage,
  pdfParagraphs,
} from '../../../src/authoring/pdf-paragraphs.ts';
import { readPdf } from '../../../src/authoring/pdf-read.ts';
import { writePdf } from '../../pdf.ts';

const source = readFileSync('test/fixtures/source/wanzhou-kjj-2020.txt', 'utf8')
  .split('\n')
  .map((line) => line.replace('[bookmark: _GoBack]', ''))
  .filter((line) => line.trim() !== '');
const HEADER = '重庆市万州区科学技术局2020年度部门整体支出绩效自评报告';

describe('a real PDF of the 2020 report', () => {
  let pages: PdfPage[];
  let result: ReturnType<typeof pdfBlocks>;
  beforeAll(async () => {
    const bytes = await writePdf({
      title: source.slice(0, 2),
      paragraphs: source.slice(2),
      header: HEADER,
      footer: (n) => `第 ${n} 页`,
      width: 380,
    });
    pages = await readPdf(bytes);
    result = pdfBlocks(pages);
  }, 60_000);

  it('is several pages long, with the page number and running header on the page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const lines = pages[1]?.lines.map((l) => l.cells.join('')) ?? [];
    expect(lines[0]).toBe(HEADER);
    expect(lines.at(-1)).toBe('第 2 页');
  });

  it('drops every page number and the running header of every page after the first', () => {
    const numbers = result.dropped.filter((d) => d.why === '页码');
    expect(numbers.map((d) => d.text)).toEqual(pages.map((p) => `第 ${p.number} 页`));
    const headers = result.dropped.filter((d) => d.why === '页眉');
    expect(headers.map((d) => d.page)).toEqual(pages.slice(1).map((p) => p.number));
    const text = result.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    expect(text).not.toContain('第 2 页');
    expect(text).not.toContain(HEADER);
  });

  it('gives back every paragraph as written: lines rejoined without spaces, across pages too', () => {
    // A blank between Chinese marks is layout (the source has two after a heading's number).
    const expected = source.map((line) =>
      line
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/(?<=[）、])\s+(?=\p{Script=Han})/gu, ''),
    );
    expect(result.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual(expected);
    // The narrow page breaks the long paragraphs over many lines and some over a page break.
    const lines = pages.reduce((n, p) => n + p.lines.length, 0);
    expect(lines).toBeGreaterThan(source.length * 2);
  });
});

const line = (text: string, x: number, y: number, right: number, size = 10): PdfLine => ({
  cells: text.split(' | '),
  x,
  y,
  right,
  size,
});
const page = (number: number, lines: PdfLine[]): PdfPage => ({
  number,
  height: 800,
  bottom: 0,
  lines,
});

describe('pdfParagraphs', () => {
  it('removes the blanks PDF layout leaves in Chinese and beside digits and Latin, and keeps Latin words apart', () => {
    const { paragraphs } = pdfParagraphs([
      page(1, [
        line('  实施创新驱动发展战 略，推进 ISO', 92, 700, 500),
        line('9001 质量管理体系建设。', 72, 685, 300),
      ]),
    ]);
    expect(paragraphs.map((p) => p.text)).toEqual([
      '实施创新驱动发展战略，推进ISO 9001质量管理体系建设。',
    ]);
  });

  it('reads the text as printed: 2020 年度 is 2020年度, 4805.67 万元 is 4805.67万元, 4 号 is 4号', () => {
    const { paragraphs } = pdfParagraphs([
      page(1, [
        line('  2020 年年初预算数 4805.67 万元，见 4 号文，采用 Open Office 软件。', 92, 700, 300),
      ]),
    ]);
    expect(paragraphs.map((p) => p.text)).toEqual([
      '2020年年初预算数4805.67万元，见4号文，采用Open Office软件。',
    ]);
    expect(paragraphs[0]?.page).toBe(1);
  });

  it('starts a new paragraph at an indent, after a short line, and at a numbered item after a full stop', () => {
    const { paragraphs } = pdfParagraphs([
      page(1, [
        line('一、部门单位概况', 72, 700, 160),
        line(
          '本局内设机构五个，全部为行政科室，下属事业单位两个，均为公益一类事业单位。',
          92,
          685,
          500,
        ),
        line('下属单位编制合计三十人。', 72, 670, 500),
        line('（一）主要职能', 72, 655, 150),
      ]),
    ]);
    expect(paragraphs.map((p) => p.text)).toEqual([
      '一、部门单位概况',
      '本局内设机构五个，全部为行政科室，下属事业单位两个，均为公益一类事业单位。下属单位编制合计三十人。',
      '（一）主要职能',
    ]);
  });

  it('keeps table rows apart and a report with one page free of header detection', () => {
    const { paragraphs, dropped } = pdfParagraphs([
      page(1, [
        line('项目 | 金额', 72, 760, 500),
        line('一般公共预算拨款 | 3680.93', 72, 740, 500),
        line('合计 | 4805.67', 72, 720, 500),
        line('- 1 -', 280, 40, 300),
      ]),
    ]);
    expect(paragraphs.map((p) => p.cells)).toEqual([
      ['项目', '金额'],
      ['一般公共预算拨款', '3680.93'],
      ['合计', '4805.67'],
    ]);
    expect(dropped).toEqual([{ page: 1, text: '- 1 -', why: '页码' }]);
  });

  it('drops a footer repeated on most pages but keeps a body line that only looks like one', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [
        line(n === 1 ? '2020年度报告' : '正文第一行。', 72, 700, 200),
        line('正文写满一行的文字，排到右边距为止，行末没有留下空白的地方。', 92, 680, 500),
        line(`万州区科学技术局 ${n}/3`, 72, 30, 200),
      ]),
    );
    const { paragraphs, dropped } = pdfParagraphs(pages);
    expect(dropped.map((d) => d.why)).toEqual(['页脚', '页脚', '页脚']);
    expect(paragraphs.map((p) => p.text)).toEqual([
      '2020年度报告',
      '正文写满一行的文字，排到右边距为止，行末没有留下空白的地方。正文第一行。',
      '正文写满一行的文字，排到右边距为止，行末没有留下空白的地方。正文第一行。',
      '正文写满一行的文字，排到右边距为止，行末没有留下空白的地方。',
    ]);
  });

  it('keeps one-line paragraphs apart in a short text where no line reaches the margin', () => {
    const { paragraphs } = pdfParagraphs([
      {
        ...page(1, [
          line('2022年度部门整体支出绩效自评报告', 168, 728, 427, 16),
          line('我局实有编制数63人，2022年末在职人数57人。', 94, 665, 419),
          line('“三公”经费预算数10.5万元，实际支出8.2万元。', 94, 643, 375),
        ]),
        width: 595,
        left: 0,
      },
    ]);
    expect(paragraphs.map((p) => p.text)).toEqual([
      '2022年度部门整体支出绩效自评报告',
      '我局实有编制数63人，2022年末在职人数57人。',
      '“三公”经费预算数10.5万元，实际支出8.2万元。',
    ]);
  });
});
