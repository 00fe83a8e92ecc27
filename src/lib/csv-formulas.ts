// A CSV attachment is opened by readers in a spreadsheet, which runs a cell that starts with
// `=`, `+`, `-` or `@` as a formula (CSV injection). Such cells are legitimate in a few reports
// (a signed figure, say), so they are found and warned about, not refused.

/** A cell a spreadsheet would run as a formula: where it is and how it begins. */
export interface FormulaCell {
  /** 1-based line of the file where the cell starts. */
  line: number;
  /** 1-based column (cell number in its row). */
  column: number;
  /** The cell's first characters. */
  start: string;
}

/** Plain signed numbers (`-12.5`, `+3%`, `-1,234.5` quoted) are figures, not formulas. */
const SIGNED_NUMBER = /^[+-]\s*[\d,]*\.?\d+%?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The cells of a CSV text that a spreadsheet would take as formulas, read with quoting as RFC 4180
 * has it (a quoted cell may hold commas, quotes and line breaks). At most `most` are returned.
 */
export function formulaCells(text: string, most = 20): FormulaCell[] {
  const found: FormulaCell[] = [];
  let line = 1;
  let cellLine = 1;
  let column = 1;
  let cell = '';
  let quoted = false;
  let started = false;
  const end = () => {
    const value = cell.replace(/^\s+(?=[=+\-@])/, '');
    const bare = value.trim();
    // A lone dash is how reports write "none"; a spreadsheet keeps it as text.
    if (FORMULA_START.test(value) && !SIGNED_NUMBER.test(bare) && !/^[+-]+$/.test(bare))
      found.push({ line: cellLine, column, start: value.slice(0, 20).replace(/[\t\r\n]/g, ' ') });
    cell = '';
    started = false;
  };
  for (let i = 0; i < text.length && found.length < most; i++) {
    const char = text[i] as string;
    if (!started) {
      cellLine = line;
      started = true;
      if (char === '"') {
        quoted = true;
        continue;
      }
    }
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
      continue;
    }
    if (char === ',') {
      end();
      column++;
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      if (char === '\r') i++;
      end();
      line++;
      column = 1;
    } else cell += char;
  }
  if (started && found.length < most) end();
  return found;
}
