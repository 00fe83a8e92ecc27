import type { Block } from './html-blocks.ts';
import { type Dropped, type PdfPage, pdfParagraphs } from './pdf-paragraphs.ts';

/**
 * The blocks of a PDF report, in the shape the Word path produces, so headings, lists and figures
 * are rebuilt by the same code: paragraphs as paragraphs, consecutive table rows as one table.
 * A lone row (a line with one wide gap, such as a right-aligned 单位：万元) stays a paragraph.
 */
export function pdfBlocks(pages: readonly PdfPage[]): { blocks: Block[]; dropped: Dropped[] } {
  const { paragraphs, dropped } = pdfParagraphs(pages);
  const blocks: Block[] = [];
  let rows: string[][] = [];
  let page: number | undefined;
  const at = () => (page ? { page } : {});
  const flush = () => {
    if (rows.length === 1)
      blocks.push({ kind: 'paragraph', text: rows[0]?.join(' ') ?? '', ...at() });
    else if (rows.length > 1) blocks.push({ kind: 'table', rows, ...at() });
    rows = [];
  };
  for (const p of paragraphs) {
    if (p.cells) {
      if (rows.length === 0) page = p.page;
      rows.push(p.cells);
      continue;
    }
    flush();
    blocks.push({ kind: 'paragraph', text: p.text, ...(p.page ? { page: p.page } : {}) });
  }
  flush();
  return { blocks, dropped };
}
