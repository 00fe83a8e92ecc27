import { getDocumentProxy } from 'unpdf';
import type { PdfLine, PdfPage } from './pdf-paragraphs.ts';

/** A text run as pdf.js reports it: the text, its baseline origin, advance and font size. */
interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/**
 * Reads the text of a PDF as positioned lines, page by page. unpdf ships pdf.js built for
 * servers (no canvas, no native module), which is all text extraction needs. Runs on one
 * baseline (within a third of the font size) make one line, ordered left to right; a wide gap
 * between runs (more than one and a half characters) is kept as a cell break, since it is how
 * a table row looks once its rules are gone.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  // pdf.js takes ownership of the buffer it is given; a copy leaves the caller's intact.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        runs.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || 1 });
      }
      pages.push({
        number,
        height: top - bottom,
        bottom,
        width: right - left,
        left,
        lines: toLines(runs),
      });
    }
    return pages;
  } finally {
    await pdf.loadingTask.destroy();
  }
}

function toLines(runs: readonly Run[]): PdfLine[] {
  const rows: Run[][] = [];
  for (const run of [...runs].sort((p, q) => q.y - p.y || p.x - q.x)) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(first.y - run.y) <= Math.max(first.size, run.size) / 3)
      row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => {
    row.sort((p, q) => p.x - q.x);
    const first = row[0] as Run;
    const size = Math.max(...row.map((r) => r.size));
    const cells: string[] = [];
    let cell = '';
    let end = first.x;
    for (const run of row) {
      // pdf.js reports the blank between two table cells as a run of its own, as wide as the gap:
      // it must not close the gap, or a table row reads as one cell.
      if (run.text.trim() === '') {
        if (cell) cell += ' ';
        continue;
      }
      if (cell && run.x - end > size * 1.5) {
        cell = cell.trimEnd();
        cells.push(cell);
        cell = '';
      }
      cell += run.text;
      end = Math.max(end, run.x + run.width);
    }
    cells.push(cell);
    return { cells, x: first.x, y: first.y, right: end, size };
  });
}
