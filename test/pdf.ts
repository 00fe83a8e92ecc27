// Writes real PDFs for the import tests, the way a department's office software lays a report out:
// an embedded Chinese font, paragraphs with a two-character first-line indent wrapped at the page
// width (so words break across lines), a running header from page 2 on, and a page number in the
// footer of every page.
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/** Noto Sans CJK as Debian's fonts-noto-cjk installs it (a collection: the SC face is picked). */
export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const CJK_FACE = 'NotoSansCJKsc-Regular';

export interface PdfOptions {
  /** Lines centred at the top of page 1, read as the title. */
  title: string[];
  paragraphs: string[];
  header?: string;
  /** The page-number footer, from the page number: e.g. (n) => `— ${n} —`. */
  footer?: (page: number) => string;
  /** Text width in points; narrow widths break more lines. */
  width?: number;
}

export function writePdf(options: PdfOptions): Promise<Buffer> {
  if (!existsSync(CJK_FONT))
    throw new Error(`${CJK_FONT} is missing: install the fonts-noto-cjk package`);
  const margin = 72;
  const doc = new PDFDocument({ size: 'A4', margin, bufferPages: true, autoFirstPage: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(CJK_FONT, CJK_FACE);
  const width = options.width ?? doc.page.width - margin * 2;
  doc.fontSize(16);
  for (const line of options.title) doc.text(line, { width, align: 'center' });
  doc.moveDown();
  doc.fontSize(11);
  for (const paragraph of options.paragraphs)
    doc.text(paragraph, { width, indent: 22, paragraphGap: 4, lineGap: 2 });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing in the margins would otherwise add a page; the margins are lifted for these lines.
    const saved = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.fontSize(9);
    if (options.header && i > range.start)
      doc.text(options.header, margin, 40, { width: doc.page.width - margin * 2, align: 'center' });
    if (options.footer)
      doc.text(options.footer(i + 1), margin, doc.page.height - 50, {
        width: doc.page.width - margin * 2,
        align: 'center',
      });
    doc.page.margins = saved;
  }
  doc.end();
  return done;
}
