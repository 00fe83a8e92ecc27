import { crc32, deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/authoring/import.ts';
import { checkOfficeZip } from '../../../src/authoring/zip-guard.ts';
import { parseMdx } from '../../../src/lib/frontmatter.ts';

/** A ZIP of the given parts; `claim` overrides the uncompressed size a part declares. */
function zip(parts: { name: string; data: string | Buffer; claim?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data);
    const packed = deflateRawSync(data);
    const name = Buffer.from(part.name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(part.claim ?? data.length, 22);
    head.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(part.claim ?? data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(head, name, packed);
    central.push(entry, name);
    offset += head.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const options = { org: 'test-ju', year: 2022 };
const docx = async (children: (Paragraph | Table)[]) =>
  new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));

describe('importFiles refuses bad files with a Chinese message naming the file', () => {
  it('random bytes named .docx', async () => {
    const result = await importFiles(
      [{ name: '报告.docx', bytes: new Uint8Array(Buffer.from('not a zip at all, just bytes')) }],
      options,
    );
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('报告.docx') });
    expect(result.ok ? '' : result.message).toMatch(/不是 ZIP 压缩包/);
  });

  it('a docx with an XML entity', async () => {
    const bytes = zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      {
        name: 'word/document.xml',
        data: '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]><w:document>&a;</w:document>',
      },
    ]);
    const result = await importFiles([{ name: '实体.docx', bytes }], options);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/实体\.docx.*XML 实体/);
  });

  it('a docx that unpacks to hundreds of MB, before anything unpacks it', async () => {
    const bytes = zip([
      { name: 'word/document.xml', data: '<w:document/>', claim: 600 * 1024 * 1024 },
    ]);
    const result = await importFiles([{ name: '炸弹.docx', bytes }], options);
    expect(result.ok ? '' : result.message).toMatch(/炸弹\.docx.*超过上限/);
  });

  it('a part whose header understates its size is stopped while unpacking', () => {
    const big = Buffer.alloc(60 * 1024 * 1024, 'a');
    const check = checkOfficeZip(
      zip([{ name: 'word/document.xml', data: big, claim: 100 }]),
      'word/document.xml',
    );
    expect(check).toMatchObject({ ok: false, why: expect.stringMatching(/超过/) });
  });

  it('two reports, or an unknown type', async () => {
    const two = await importFiles(
      [
        { name: 'a.pdf', bytes: new Uint8Array() },
        { name: 'b.docx', bytes: new Uint8Array() },
      ],
      options,
    );
    expect(two.ok ? '' : two.message).toMatch(/一次只能导入一份报告.*a\.pdf、b\.docx/);
    const odd = await importFiles([{ name: 'x.txt', bytes: new Uint8Array() }], options);
    expect(odd.ok ? '' : odd.message).toMatch(/不支持的文件类型“\.txt”（x\.txt）/);
  });
});

describe('importFiles drafts', () => {
  it('escapes paragraphs that open with export or import, so they stay text', async () => {
    const bytes = await docx([
      new Paragraph('测试局2022年度部门整体支出绩效自评报告'),
      new Paragraph('export const x = 1'),
      new Paragraph('import { y } from "z"'),
    ]);
    const result = await importFiles([{ name: '报告.docx', bytes }], options);
    if (!result.ok) throw new Error(result.message);
    expect(result.mdx).not.toMatch(/^(?:export|import) /m);
    expect(result.mdx).toContain('&#101;xport const x = 1');
    expect(result.mdx).toContain('&#105;mport \\{ y \\} from "z"');
  });

  it('reads a 自评表 and a 三公经费 table inside the Word file, and merges a separate goal table', async () => {
    const row = (cells: string[]) =>
      new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
    const bytes = await docx([
      new Paragraph('测试局2022年度部门整体支出绩效自评报告'),
      new Paragraph('一、部门概况'),
      new Paragraph('2022年年初预算数100.00万元。'),
      new Table({
        rows: [
          row(['项目', '预算数', '决算数']),
          row(['因公出国（境）费', '0', '0']),
          row(['公务接待费', '1.20', '0.80']),
        ],
      }),
      new Table({
        rows: [
          row(['一级指标', '二级指标', '三级指标', '分值', '得分']),
          row(['产出', '数量', '培训场次', '10', '9']),
          row(['效果', '满意度', '服务对象满意度', '10', '10']),
        ],
      }),
    ]);
    const goals =
      '一级指标,二级指标,三级指标,指标值,实际完成值\n产出指标,数量指标,培训场次,≥30场,32场\n';
    const result = await importFiles(
      [
        { name: '报告.docx', bytes },
        { name: '目标表.csv', bytes: new Uint8Array(Buffer.from(goals)) },
      ],
      options,
    );
    if (!result.ok) throw new Error(result.message);
    const parsed = parseMdx(result.mdx);
    if (!parsed.ok) throw new Error(parsed.found);
    const data = parsed.source.data as Record<string, any>;
    expect(data['threePublic']).toMatchObject({
      abroad: { budget: 0, actual: 0 },
      reception: { budget: 1.2, actual: 0.8 },
    });
    expect(data['evaluation']['indicators']).toHaveLength(2);
    expect(data['goals'][0]['indicators'][0]).toMatchObject({
      name: '培训场次',
      target: 30,
      actual: 32,
    });
    expect(result.attachments.map((a) => [a.file, a.title])).toEqual([
      ['报告.docx', '报告原文（Word）'],
      ['目标表.csv', '指标表（原文）'],
    ]);
    const reception = data['provenance'].find(
      (p: any) => p.field === 'threePublic.reception.actual',
    );
    expect(reception).toMatchObject({ quote: '公务接待费 1.20 0.80', file: '报告.docx' });
  });
});
