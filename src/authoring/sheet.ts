import ExcelJS from 'exceljs';
import { COLUMN_NAMES, normaliseHeader } from './columns.ts';

/** A table as read from a file: cells as text, with the 1-based row (line) each came from. */
export interface Sheet {
  name?: string;
  header: string[];
  headerRow: number;
  rows: { row: number; cells: string[] }[];
}

/**
 * RFC 4180 CSV as Excel saves it (decoded by `decodeTable`): CRLF or LF, quoted fields with
 * doubled quotes and line breaks inside; tab-separated for Excel's "Unicode 文本". Returns rows
 * of cells with their line.
 */
export function parseCsv(
  text: string,
  delimiter: ',' | '\t' = ',',
): { row: number; cells: string[] }[] {
  const rows: { row: number; cells: string[] }[] = [];
  const source = text.replace(/^\uFEFF/, '');
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ row: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ row: start, cells });
  }
  return rows;
}

/** Text of an Excel cell as shown: rich text joined, formulas by their result, percentages as %. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const format = cell.numFmt ?? '';
    if (format.includes('%')) return `${Number((value * 100).toFixed(10))}%`;
    return String(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return value.result === undefined ? '' : String(value.result);
  if ('text' in value) return String(value.text);
  return cell.text;
}

/** The first worksheet of an .xlsx file, as rows of text. */
export async function readXlsx(
  bytes: Uint8Array,
): Promise<{ name: string; rows: { row: number; cells: string[] }[] }> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type; Node's Buffer is what it reads.
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { name: '', rows: [] };
  const rows: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c)).trim());
    rows.push({ row: number, cells });
  });
  return { name: sheet.name, rows };
}

const KNOWN = new Set(Object.values(COLUMN_NAMES).flat());

/**
 * Picks the header: the first non-empty row, unless it is a title line above the table (one
 * that names no known column while a row shortly below names at least two).
 */
export function toSheet(rows: readonly { row: number; cells: string[] }[], name?: string): Sheet {
  const filled = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const known = (r: { cells: string[] }) =>
    r.cells.filter((c) => KNOWN.has(normaliseHeader(c))).length;
  const first = filled[0];
  const better =
    first && known(first) === 0 ? filled.slice(1, 6).find((r) => known(r) >= 2) : undefined;
  const header = better ?? first;
  if (!header) return { ...(name ? { name } : {}), header: [], headerRow: 0, rows: [] };
  return {
    ...(name ? { name } : {}),
    header: header.cells.map((c) => c.trim()),
    headerRow: header.row,
    rows: filled
      .filter((r) => r.row > header.row)
      .map((r) => ({ row: r.row, cells: r.cells.map((c) => c.trim()) })),
  };
}
