import { inflateRawSync } from 'node:zlib';

/** Largest unpacked Office file accepted: real reports unpack to a few MB. */
export const MAX_UNPACKED = 100 * 1024 * 1024;
/** Largest single part accepted. */
export const MAX_ENTRY = 50 * 1024 * 1024;

export type ZipCheck = { ok: true; entries: string[] } | { ok: false; why: string };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

function entries(bytes: Buffer): Entry[] | string {
  // The end-of-central-directory record sits in the last 64 KiB (after an optional comment).
  const from = Math.max(0, bytes.length - 65_557);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--)
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end === -1)
    return '不是 ZIP 压缩包（Word 和 Excel 文件都是 ZIP 格式），文件可能已损坏或并非该类型';
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const start = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || start === 0xffffffff || start + size > bytes.length)
    return '压缩包目录有误或使用了不支持的 ZIP64 格式';
  const list: Entry[] = [];
  let at = start;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return '压缩包目录已损坏';
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const note = bytes.readUInt16LE(at + 32);
    list.push({
      method: bytes.readUInt16LE(at + 10),
      compressed: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extra + note;
  }
  return list;
}

/** One part unpacked, never past `MAX_ENTRY` whatever its header claims. */
function unpack(bytes: Buffer, entry: Entry): Buffer | string {
  const at = entry.offset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50)
    return `${entry.name} 已损坏`;
  const data = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const packed = bytes.subarray(data, data + entry.compressed);
  if (entry.method === 0) return packed;
  if (entry.method !== 8) return `${entry.name} 使用了不支持的压缩方式`;
  try {
    return inflateRawSync(packed, { maxOutputLength: MAX_ENTRY });
  } catch {
    return `${entry.name} 无法解压或解压后超过 ${MAX_ENTRY / 1024 / 1024} MB`;
  }
}

/**
 * Checks an Office file (.docx, .xlsx) before any library unpacks it: a ZIP whose parts, as
 * declared, unpack to at most `MAX_UNPACKED` in all and `MAX_ENTRY` each, which holds `required`,
 * and whose XML parts declare no DTD or entity (an entity can expand a small file into gigabytes
 * or read other files). The XML parts are unpacked with a cap, so a header that lies about its
 * size is caught too.
 */
export function checkOfficeZip(bytes: Uint8Array, required: string): ZipCheck {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const list = entries(buffer);
  if (typeof list === 'string') return { ok: false, why: list };
  const total = list.reduce((sum, e) => sum + e.size, 0);
  const big = list.find((e) => e.size > MAX_ENTRY);
  if (big || total > MAX_UNPACKED)
    return {
      ok: false,
      why: `解压后${big ? `其中 ${big.name} ` : ''}共约 ${Math.round((big?.size ?? total) / 1024 / 1024)} MB，超过上限 ${(big ? MAX_ENTRY : MAX_UNPACKED) / 1024 / 1024} MB`,
    };
  if (!list.some((e) => e.name === required))
    return { ok: false, why: `压缩包中没有 ${required}，不是该类型的 Office 文件` };
  let unpacked = 0;
  for (const entry of list.filter((e) => /\.(?:xml|rels)$/i.test(e.name))) {
    const data = unpack(buffer, entry);
    if (typeof data === 'string') return { ok: false, why: data };
    unpacked += data.length;
    if (unpacked > MAX_UNPACKED)
      return { ok: false, why: `解压后超过上限 ${MAX_UNPACKED / 1024 / 1024} MB` };
    if (/<!DOCTYPE|<!ENTITY/i.test(data.toString('latin1')))
      return {
        ok: false,
        why: `${entry.name} 含有 XML 实体或文档类型声明（DOCTYPE/ENTITY），出于安全原因不予读取`,
      };
  }
  return { ok: true, entries: list.map((e) => e.name) };
}
