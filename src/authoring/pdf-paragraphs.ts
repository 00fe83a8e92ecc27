import { numbering } from './numbering.ts';

/** One printed line: its text (cells, where wide gaps split it), position and font size. */
export interface PdfLine {
  cells: string[];
  /** Left edge and baseline, in PDF points from the page's lower left corner. */
  x: number;
  y: number;
  /** Right edge of the last character. */
  right: number;
  size: number;
}

export interface PdfPage {
  number: number;
  height: number;
  /** The page's lower edge (usually 0). */
  bottom: number;
  /** The page's width and left edge, when known: the right margin mirrors the left one. */
  width?: number;
  left?: number;
  lines: PdfLine[];
}

export interface Dropped {
  page: number;
  text: string;
  why: '页码' | '页眉' | '页脚';
}

/** A paragraph as read back: its text, and whether it was a table row (cells kept apart). */
export interface PdfParagraph {
  text: string;
  cells?: string[];
  /** The page the paragraph starts on. */
  page?: number;
}

/** 1, - 1 -, — 1 —, 第1页, 第 1 页 共 3 页, 1/3, 1 / 3. */
const PAGE_NUMBER =
  /^[-—–－~·\s]*(?:第\s*)?[\d０-９]+\s*(?:页)?\s*(?:(?:[/／]|共)\s*[\d０-９]+\s*页?)?[-—–－~·\s]*$/;
/** The band at the top and bottom of a page where headers, footers and page numbers sit. */
const EDGE = 0.12;

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’';
/**
 * Chinese is written without spaces, so a blank between two Chinese characters or full-width
 * marks is an artefact of the PDF's layout (justified lines, glyphs placed one by one), never a
 * word break: it is removed so words like 发展战略 are not split.
 */
const LAYOUT_SPACE = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0]+(?=[${CJK}])`, 'gu');
/**
 * Layout engines also set a blank between Chinese and a digit or Latin letter (2020 年度,
 * 4805.67 万元), which the author never typed: removed in both directions, so the text reads as
 * printed and the extractors see the same words as from Word. Blanks between Latin words stay.
 */
const MIXED_SPACE = new RegExp(
  `(?<=[${CJK}])[ \\t\\u00a0]+(?=[A-Za-z0-9%])|(?<=[A-Za-z0-9%.])[ \\t\\u00a0]+(?=[${CJK}])`,
  'gu',
);

const lineText = (line: PdfLine) => line.cells.join(' ').replace(/\s+/g, ' ').trim();

/**
 * Turns a PDF's lines back into the paragraphs the author wrote: page numbers and running
 * headers and footers are dropped (and listed, so the author can check), lines broken by the
 * page width are rejoined, without a space between Chinese characters and with one between two
 * Latin words, across page breaks too. A new paragraph starts where the previous line stops
 * short of the right margin, where a line is indented, and where a numbered item (一、（一）1．)
 * follows a sentence's end. Rows of a table (text in cells far apart) stay one per paragraph.
 */
export function pdfParagraphs(pages: readonly PdfPage[]): {
  paragraphs: PdfParagraph[];
  dropped: Dropped[];
} {
  const dropped: Dropped[] = [];
  const kept = pages.map((page) => ({ page, lines: [...page.lines] }));
  const edge = (page: PdfPage, line: PdfLine) => {
    const at = (line.y - page.bottom) / (page.height || 1);
    return at >= 1 - EDGE ? 'top' : at <= EDGE ? 'bottom' : undefined;
  };

  // Page numbers: a line of digits (with the usual dashes or 第…页) at the top or bottom edge.
  for (const entry of kept) {
    entry.lines = entry.lines.filter((line) => {
      const text = lineText(line);
      if (!edge(entry.page, line) || !PAGE_NUMBER.test(text)) return true;
      dropped.push({ page: entry.page.number, text, why: '页码' });
      return false;
    });
  }

  // Running headers and footers: the same words (numbers aside) as the first or last line of at
  // least two pages and of at least half of them.
  if (kept.length >= 2) {
    const key = (line: PdfLine) =>
      lineText(line)
        .replace(/[\d０-９]+/g, '#')
        .replace(/\s/g, '');
    for (const side of ['top', 'bottom'] as const) {
      const pick = (entry: (typeof kept)[number]) => {
        const line = side === 'top' ? entry.lines[0] : entry.lines.at(-1);
        return line && edge(entry.page, line) === side ? line : undefined;
      };
      const counts = new Map<string, number>();
      for (const entry of kept) {
        const line = pick(entry);
        if (line) counts.set(key(line), (counts.get(key(line)) ?? 0) + 1);
      }
      for (const entry of kept) {
        const line = pick(entry);
        const times = line ? (counts.get(key(line)) ?? 0) : 0;
        if (!line || times < 2 || times * 2 < kept.length) continue;
        dropped.push({
          page: entry.page.number,
          text: lineText(line),
          why: side === 'top' ? '页眉' : '页脚',
        });
        entry.lines = entry.lines.filter((l) => l !== line);
      }
    }
  }

  const lines = kept.flatMap((entry) => entry.lines);
  const pageOf = new Map<PdfLine, number>();
  for (const entry of kept) for (const line of entry.lines) pageOf.set(line, entry.page.number);
  // Body text: single-cell lines in the commonest font size (titles and tables aside).
  const size = mode(lines.map((l) => l.size));
  const body = lines.filter((l) => l.cells.length === 1 && Math.abs(l.size - (size ?? l.size)) < 1);
  const left = mode(body.map((l) => l.x)) ?? 0;
  // The right margin: where lines broken by it end (several reach the same point), or, in a
  // short text where at most one line does, the left margin mirrored on the page (office
  // documents have equal side margins).
  const furthest = Math.max(0, ...body.map((l) => l.right));
  const reaching = body.filter((l) => l.right >= furthest - l.size).length;
  const mirrored = Math.max(
    0,
    ...kept.flatMap(({ page }) => {
      const { width, left: edge = 0 } = page;
      return width === undefined ? [] : page.lines.map((l) => edge * 2 + width - l.x);
    }),
  );
  const right = reaching >= 2 ? furthest : Math.max(furthest, mirrored);
  const paragraphs: PdfParagraph[] = [];
  let open: { text: string; last: PdfLine; page?: number } | undefined;
  const close = () => {
    if (open) paragraphs.push({ text: open.text, ...(open.page ? { page: open.page } : {}) });
    open = undefined;
  };
  for (const line of lines) {
    if (line.cells.length > 1) {
      close();
      const cells = line.cells.map((c) => tidyLine(c));
      const page = pageOf.get(line);
      paragraphs.push({ text: cells.join(' '), cells, ...(page ? { page } : {}) });
      continue;
    }
    const text = tidyLine(lineText(line));
    if (!text) continue;
    if (open && continues(open.last, line, open.text, text, left, right)) {
      open.text = join(open.text, text);
      open.last = line;
      continue;
    }
    close();
    const page = pageOf.get(line);
    open = { text, last: line, ...(page ? { page } : {}) };
  }
  close();
  return { paragraphs, dropped };
}

function continues(
  previous: PdfLine,
  line: PdfLine,
  before: string,
  text: string,
  left: number,
  right: number,
): boolean {
  const size = Math.max(previous.size, line.size);
  // A line was broken by the margin when the next line's first unbreakable piece (a number or
  // word, or a character with the closing marks that may not start a line) would not have fitted
  // in the room left; justified text leaves no room at all.
  const lead = LEAD.exec(text)?.[0] ?? '';
  const room = right - previous.right;
  // Line-breaking rules move a few characters more (an opening mark may not end a line), so a
  // line short by a few characters that does not end a sentence is taken as broken too.
  const full =
    room < width(lead, size) + size * 0.5 || (room < size * 4 && !/[。！？：；!?:;]$/.test(before));
  const indented = line.x > left + size * 0.5;
  const item = /[。！？：；:;]$/.test(before) && numbering(text) !== undefined;
  return full && !indented && !item && Math.abs(previous.size - line.size) < size * 0.2;
}

const LEAD =
  /^(?:[A-Za-z0-9.,%+\-/]+|.)(?:[“‘「『（(《〈【]+.)?[”’」』）)》〉】，。、；：！？…,.;:!?]*/u;

/** Printed width, roughly: full-width characters one em, others about half. */
function width(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\x20-\x7e]/.test(ch) ? 0.6 : 1;
  return em * size;
}

/** Rejoins a line break: a space only between two Latin letters or digits (a wrapped word). */
function join(before: string, after: string): string {
  return /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after)
    ? `${before} ${after}`
    : `${before}${after}`;
}

/** PDF text as printed: the layout blanks around Chinese removed (see LAYOUT_SPACE, MIXED_SPACE). */
export function cleanPdfText(text: string): string {
  return text.replace(LAYOUT_SPACE, '').replace(MIXED_SPACE, '');
}

function tidyLine(text: string): string {
  return cleanPdfText(text.replace(/\s+/g, ' ').trim());
}

/** The most frequent value, rounded to a point: the left margin of the body text. */
function mode(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best: [number, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}
