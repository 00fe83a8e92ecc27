import chardet from 'chardet';

export type DecodedTable =
  | { ok: true; text: string; encoding: 'UTF-8' | 'UTF-16' | 'GB18030'; note?: string }
  | { ok: false; found: string };

const strict = (label: string, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/**
 * The text of a table file as Excel saves it. "CSV UTF-8" is UTF-8 with a byte-order mark;
 * "Unicode 文本" is UTF-16 with one; plain "CSV" on a Chinese Windows is in the ANSI code page,
 * GBK, read here as GB18030 (its superset, so every GBK file decodes the same). A file that is
 * not valid UTF-8 is taken as GBK unless chardet is confident it is some other encoding: short
 * Chinese files are ambiguous to any detector, and GBK is by far the likeliest source of them.
 */
export function decodeTable(bytes: Uint8Array): DecodedTable {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict('utf-8', bytes.subarray(3));
    return text === undefined
      ? { ok: false, found: '以 UTF-8 标记开头，但内容不是有效的 UTF-8 编码' }
      : { ok: true, text, encoding: 'UTF-8' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = strict(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', bytes.subarray(2));
    return text === undefined
      ? { ok: false, found: '以 UTF-16 标记开头，但内容不是有效的 UTF-16 编码' }
      : { ok: true, text, encoding: 'UTF-16' };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'UTF-8' };
  const ranked = chardet.analyse(bytes);
  const gb = ranked.find((r) => r.name === 'GB18030')?.confidence ?? 0;
  const top = ranked[0];
  if (top && top.name !== 'GB18030' && top.confidence >= 50 && top.confidence > gb)
    return {
      ok: false,
      found: `不是 UTF-8 或 GBK 编码（检测结果疑为 ${top.name}）`,
    };
  const text = strict('gb18030', bytes);
  if (text === undefined)
    return { ok: false, found: '不是有效的 UTF-8 编码，按 GBK 读取也有无效字节' };
  return {
    ok: true,
    text,
    encoding: 'GB18030',
    note: '文件不是 UTF-8 编码，已按 GBK（中文 Excel 另存为“CSV”的默认编码）读取，请核对文字有无乱码',
  };
}
