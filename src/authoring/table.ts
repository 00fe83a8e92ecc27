import { type Column, type ColumnMatch, columnDescription } from './columns.ts';
import type { Sheet } from './sheet.ts';

export type TableKind = 'goals' | 'indicators';

/** A problem with the table, located by row (line) and column header where it applies. */
export interface TableIssue {
  row?: number;
  column?: string;
  expected: string;
  found: string;
}

export type TableResult<T> =
  | { ok: true; value: T; lines: string[]; notes: string[] }
  | { ok: false; issues: TableIssue[] };

/** The 自评表 is the table with weights and scores; anything else lists goals. */
export function chooseTable(match: ColumnMatch): TableKind {
  return match.index.weight !== undefined && match.index.score !== undefined
    ? 'indicators'
    : 'goals';
}

/** Required columns per table; an inner list means any one of them. */
const REQUIRED: Record<TableKind, Column[][]> = {
  indicators: [['level1'], ['level3'], ['weight'], ['score']],
  goals: [['level2', 'level1'], ['level3'], ['target']],
};

/** The required columns a table lacks, described for the author; empty when all are there. */
export function missingColumns(kind: TableKind, match: ColumnMatch): string[] {
  return REQUIRED[kind]
    .filter((anyOf) => anyOf.every((c) => match.index[c] === undefined))
    .map((anyOf) => anyOf.map(columnDescription).join(' 或 '));
}

export interface Row {
  row: number;
  level1: string;
  level2: string;
  level3: string;
  get: (column: Column) => string;
  header: (column: Column) => string;
}

/**
 * Data rows with merged cells filled down (Excel saves a merged 一级/二级指标 cell only in its
 * first row), skipping blank rows, total rows and rows without a 三级指标.
 */
export function rows(sheet: Sheet, match: ColumnMatch, notes: string[]): Row[] {
  const out: Row[] = [];
  let last1 = '';
  let last2 = '';
  for (const { row, cells } of sheet.rows) {
    const get = (column: Column) => {
      const index = match.index[column];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    if (cells.some((c) => /^(?:合计|总计|总分|小计)$/.test(c.replace(/\s+/g, '')))) {
      notes.push(`第${row}行是合计行，已跳过。`);
      continue;
    }
    const own1 = get('level1');
    if (own1 && own1 !== last1) last2 = '';
    last1 = own1 || last1;
    last2 = get('level2') || last2;
    const level3 = get('level3');
    if (!level3) {
      if (cells.some(Boolean)) notes.push(`第${row}行没有${columnDescription('level3')}，已跳过。`);
      continue;
    }
    const header = (column: Column) => sheet.header[match.index[column] ?? -1] ?? column;
    out.push({ row, level1: last1, level2: last2, level3, get, header });
  }
  return out;
}

/** Appends the 计量单位 to a value written as a bare number (95 and % → 95%). */
export function withUnit(text: string, unit: string): string {
  return unit && /\d$/.test(text) ? `${text}${unit}` : text;
}
