import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkAttachments,
  MAX_ATTACHMENT_BYTES,
  sniffKind,
  zipEntryNames,
} from '../../../src/io/attachments.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const CSV = Buffer.from('\uFEFF指标,目标值\n新增学位,1000\n');
let docx: Buffer;
let xlsx: Buffer;

beforeAll(async () => {
  docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('原文')] }] }));
  const book = new ExcelJS.Workbook();
  book.addWorksheet('自评表').addRow(['指标', '得分']);
  xlsx = Buffer.from(await book.xlsx.writeBuffer());
});

describe('sniffKind', () => {
  it('knows PDF, DOCX, XLSX and CSV by their bytes', () => {
    expect(sniffKind(PDF)).toBe('pdf');
    expect(sniffKind(docx)).toBe('docx');
    expect(sniffKind(xlsx)).toBe('xlsx');
    expect(sniffKind(CSV)).toBe('csv');
  });

  it('rejects what is none of them: an old .doc, an image, a ZIP of something else, GBK text, empty', () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    // The same archive with its Word entries renamed (same length, so offsets stay valid).
    const renamed = Buffer.from(docx.toString('latin1').replaceAll('word/', 'wxrd/'), 'latin1');
    const gbk = Buffer.from([0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0xc4, 0xbf, 0xb1, 0xea]);
    for (const bytes of [ole, png, renamed, gbk, Buffer.alloc(0), Buffer.from('no comma here\n')])
      expect(sniffKind(bytes)).toBeUndefined();
  });

  it('reads a ZIP’s entry names from its central directory and gives up on a truncated one', () => {
    expect(zipEntryNames(docx)).toContain('word/document.xml');
    expect(zipEntryNames(xlsx)).toContain('xl/workbook.xml');
    expect(zipEntryNames(docx.subarray(0, docx.length - 30))).toBeUndefined();
    expect(sniffKind(docx.subarray(0, 200))).toBeUndefined();
  });
});

describe('checkAttachments', () => {
  const context = { file: 'reports/x/2023.mdx', rel: (p: string) => p, locate: () => 12 };
  const folder = (files: Record<string, Buffer>) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'attach-')), '2023');
    mkdirSync(dir);
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    return dir;
  };

  it('describes every listed file with kind, size and SHA-256', () => {
    const dir = folder({ '原文.pdf': PDF, '自评表.xlsx': xlsx });
    const { attachments, issues } = checkAttachments(
      dir,
      [
        { file: '原文.pdf', title: '报告原文' },
        { file: '自评表.xlsx', title: '自评表' },
      ],
      context,
    );
    expect(issues).toEqual([]);
    expect(attachments.map((a) => [a.file, a.title, a.kind, a.size])).toEqual([
      ['原文.pdf', '报告原文', 'pdf', PDF.length],
      ['自评表.xlsx', '自评表', 'xlsx', xlsx.length],
    ]);
    expect(attachments[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the file, the field and the line for a missing, mistyped, misnamed, unlisted or repeated file', () => {
    const dir = folder({
      '原文.pdf': docx,
      '表.csv': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      '多余.pdf': PDF,
    });
    const { issues } = checkAttachments(
      dir,
      [
        { file: '原文.pdf', title: 'a' },
        { file: '表.csv', title: 'b' },
        { file: '缺少.pdf', title: 'c' },
        { file: '表.csv', title: 'd' },
      ],
      context,
    );
    expect(issues.map((i) => [i.file, i.line, i.path, i.found])).toEqual([
      ['reports/x/2023.mdx', 12, 'attachments[0].file', '“原文.pdf”（内容是 Word（DOCX））'],
      ['reports/x/2023.mdx', 12, 'attachments[1].file', '“表.csv”的内容不是其中任何一种'],
      ['reports/x/2023.mdx', 12, 'attachments[2].file', '找不到该文件'],
      ['reports/x/2023.mdx', 12, 'attachments[3].file', '重复的“表.csv”'],
      [join(dir, '多余.pdf'), undefined, '', '未列出的文件“多余.pdf”'],
    ]);
    expect(issues[0]?.label).toBe('原文附件 › 第1项 › 文件名');
    expect(issues[0]?.expected).toBe('与文件内容一致的扩展名 .docx');
  });

  it('refuses a file over the size limit without reading it as a document', () => {
    const dir = folder({ '大.pdf': Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES)]) });
    const { issues } = checkAttachments(dir, [{ file: '大.pdf', title: '大' }], context);
    expect(issues[0]?.expected).toBe('不超过 20 MB 的文件');
  });
});
