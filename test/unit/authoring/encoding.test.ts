import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTable } from '../../../src/authoring/encoding.ts';
import { parseCsv } from '../../../src/authoring/sheet.ts';

const CSV =
  '一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分\r\n' +
  '产出指标,数量指标,科技型企业数量,≥380家,462家,10,10\r\n' +
  '效益指标,社会效益指标,"区级媒体报道（篇）",≥50,108,10,10\r\n';

describe('decodeTable', () => {
  it('reads the GBK bytes that Chinese Excel saves as plain CSV', () => {
    const bytes = iconv.encode(CSV, 'gbk');
    // Real GBK: two bytes per Chinese character, and not valid UTF-8.
    expect([...bytes.subarray(0, 2)]).toEqual([0xd2, 0xbb]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const decoded = decodeTable(bytes);
    expect(decoded).toMatchObject({ ok: true, text: CSV, encoding: 'GB18030' });
    expect(decoded.ok && decoded.note).toContain('GBK');
  });

  it('reads a short GBK file that no detector can be sure of', () => {
    const text = 'id,目标值\nkjqy,380家\n';
    expect(decodeTable(iconv.encode(text, 'gbk'))).toMatchObject({ ok: true, text });
  });

  it('reads UTF-8 with and without the mark, and Excel’s tab-separated UTF-16', () => {
    expect(decodeTable(Buffer.from(CSV))).toEqual({ ok: true, text: CSV, encoding: 'UTF-8' });
    expect(decodeTable(Buffer.from(`\uFEFF${CSV}`))).toEqual({
      ok: true,
      text: CSV,
      encoding: 'UTF-8',
    });
    const tsv = CSV.replaceAll(',', '\t');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
    const decoded = decodeTable(utf16);
    expect(decoded).toMatchObject({ ok: true, text: tsv, encoding: 'UTF-16' });
    if (decoded.ok) expect(parseCsv(decoded.text, '\t')).toEqual(parseCsv(CSV));
  });

  it('refuses what is neither, saying what it looks like', () => {
    const japanese = iconv.encode(
      'これは日本語のテキストです。ひらがなとカタカナ。'.repeat(5),
      'shift_jis',
    );
    const decoded = decodeTable(japanese);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.found).toContain('Shift_JIS');
    expect(decodeTable(Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x00]))).toEqual({
      ok: false,
      found: '以 UTF-8 标记开头，但内容不是有效的 UTF-8 编码',
    });
  });
});
