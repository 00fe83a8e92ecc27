// Original documents published beside a report (`content/reports/<org>/<year>/原文.pdf`):
// what kind of file they are, judged by their bytes, and whether the folder matches the list in
// the frontmatter. Reading and checking happen here, once; the build, `npm run validate` and the
// download endpoint all go through it.

import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formulaCells } from '../lib/csv-formulas.ts';
import type { Attachment, AttachmentKind } from '../schemas/attachment.ts';
import { formatPath, type Issue, type PathSegment } from '../schemas/issues.ts';
import { labelFor } from '../schemas/labels.ts';
import { reportSchema } from '../schemas/report.ts';

/** The largest original a report may carry: scanned PDFs of a long report stay well below it. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** How each kind is named to readers, with the MIME type the download is served as. */
export const KINDS: Record<AttachmentKind, { name: string; mime: string; extension: string }> = {
  pdf: { name: 'PDF', mime: 'application/pdf', extension: '.pdf' },
  docx: {
    name: 'Word（DOCX）',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: '.docx',
  },
  xlsx: {
    name: 'Excel（XLSX）',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: '.xlsx',
  },
  csv: { name: 'CSV', mime: 'text/csv; charset=utf-8', extension: '.csv' },
};

/** An attachment as the report page and the data files describe it. */
export interface AttachmentInfo extends Attachment {
  kind: AttachmentKind;
  /** Size in bytes. */
  size: number;
  /** SHA-256 of the bytes, lowercase hex, so a reader can check a copy against the site. */
  sha256: string;
}

/**
 * The kind of a file by its bytes, never its name: PDF by its `%PDF-` header; DOCX and XLSX are
 * ZIP archives told apart by their entries (`word/…` or `xl/…`); CSV is UTF-8 text with commas.
 * Anything else (an old .doc, an image, a renamed archive) is undefined.
 */
export function sniffKind(bytes: Uint8Array): AttachmentKind | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (!names?.includes('[Content_Types].xml')) return undefined;
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    return undefined;
  }
  return isCsvText(bytes) ? 'csv' : undefined;
}

/**
 * The entry names in a ZIP archive's central directory. Written here rather than taken from a
 * ZIP library because only the names are needed: no entry is inflated, so a hostile archive
 * (a zip bomb) costs nothing, and the check stays synchronous. Undefined if it is not a ZIP.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is within the last 22 + 65535 (comment) bytes.
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return undefined;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-8 text (a BOM allowed: Excel's “CSV UTF-8” writes one), no NUL bytes, a comma in line 1. */
function isCsvText(bytes: Uint8Array): boolean {
  if (bytes.length === 0 || bytes.includes(0)) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const first = text.split(/\r?\n/, 1)[0] ?? '';
    return first.includes(',');
  } catch {
    return false;
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The folder of a report's attachments: `reports/<org>/<year>/` beside `<year>.mdx`. */
export function attachmentFolder(orgDir: string, year: number): string {
  return join(orgDir, String(year));
}

export interface AttachmentContext {
  /** The report's file, as issues name it. */
  file: string;
  /** Makes a path readable in an issue (relative to the working directory). */
  rel: (path: string) => string;
  locate: (path: readonly PathSegment[]) => number | undefined;
}

/**
 * Checks a report's attachments against its folder: every listed file exists, is within the
 * size limit, is a PDF, DOCX, XLSX or CSV by its bytes and carries the matching extension; the
 * folder holds nothing unlisted. Returns the described attachments and every problem found.
 */
export function checkAttachments(
  folder: string,
  listed: readonly Attachment[],
  context: AttachmentContext,
): { attachments: AttachmentInfo[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const attachments: AttachmentInfo[] = [];
  const at = (path: PathSegment[], expected: string, found: string, file = context.file) => {
    const line = file === context.file ? context.locate(path) : undefined;
    issues.push({
      file,
      ...(line ? { line } : {}),
      path: formatPath(path),
      label: path.length > 0 ? labelFor(reportSchema, path) : '文件',
      expected,
      found,
    });
  };
  const present = new Set(listFolder(folder));
  const seen = new Set<string>();
  type Problem = { expected: string; found: string };
  const inspect = (name: string): AttachmentInfo | Problem => {
    if (seen.has(name)) return { expected: '每个文件只列一次', found: `重复的“${name}”` };
    seen.add(name);
    const full = join(folder, name);
    if (!present.has(name))
      return { expected: `文件 ${context.rel(full)} 存在`, found: '找不到该文件' };
    // lstat, not stat: a symbolic link could publish any file of the build machine.
    const stats = lstatSync(full);
    if (!stats.isFile())
      return {
        expected: '普通文件',
        found: stats.isSymbolicLink() ? '符号链接（不允许，请放入文件本身）' : '文件夹',
      };
    const size = stats.size;
    if (size > MAX_ATTACHMENT_BYTES)
      return {
        expected: `不超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB 的文件`,
        found: `${(size / 1024 / 1024).toFixed(1)} MB`,
      };
    const bytes = readFileSync(full);
    const kind = sniffKind(bytes);
    if (!kind)
      return {
        expected:
          'PDF、Word（DOCX）、Excel（XLSX）或 UTF-8 编码的 CSV 文件（按文件内容判断，不看扩展名）',
        found: `“${name}”的内容不是其中任何一种`,
      };
    if (!name.toLowerCase().endsWith(KINDS[kind].extension))
      return {
        expected: `与文件内容一致的扩展名 ${KINDS[kind].extension}`,
        found: `“${name}”（内容是 ${KINDS[kind].name}）`,
      };
    if (kind === 'csv') warnFormulas(context.rel(full), bytes);
    return { file: name, title: '', kind, size, sha256: sha256(bytes) };
  };
  // Published as is (it is the original), but the author hears of cells a spreadsheet would run.
  const warnFormulas = (file: string, bytes: Buffer) => {
    const cells = formulaCells(new TextDecoder().decode(bytes), 5);
    if (cells.length === 0) return;
    const first = cells[0] as (typeof cells)[number];
    issues.push({
      file,
      line: first.line,
      path: '',
      label: 'CSV 原文附件',
      expected:
        "单元格不以 =、+、-、@ 开头（电子表格会把它当作公式执行）；如确需保留，可在前面加单引号 ' 或改为文字",
      found: cells.map((c) => `第 ${c.line} 行第 ${c.column} 列“${c.start}”`).join('、'),
      severity: 'warning',
    });
  };
  for (const [i, attachment] of listed.entries()) {
    const result = inspect(attachment.file);
    if ('expected' in result) at(['attachments', i, 'file'], result.expected, result.found);
    else attachments.push({ ...attachment, ...result, title: attachment.title });
  }
  for (const name of [...present].sort()) {
    if (seen.has(name)) continue;
    at(
      [],
      `在 ${context.file} 的 attachments 中列出的原文文件`,
      `未列出的文件“${name}”`,
      context.rel(join(folder, name)),
    );
  }
  return { attachments, issues };
}

/** A year folder beside which there is no report: its files would be published nowhere. */
export function strayFolderIssue(
  folder: string,
  year: string,
  rel: (path: string) => string,
): Issue {
  return {
    file: rel(folder),
    path: '',
    label: '文件',
    expected: `原文附件文件夹旁有同年度的报告 ${year}.mdx`,
    found: `没有 ${year}.mdx 的文件夹“${year}”`,
  };
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => !name.startsWith('.'));
  } catch {
    return [];
  }
}
