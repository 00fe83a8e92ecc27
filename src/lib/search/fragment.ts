/** A heading or row a Pagefind fragment records, with its word position in the page text. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  /** Index of the word it starts at (Pagefind counts words of its segmented text). */
  location?: number;
}

/**
 * What a section of a report page is: the report's own text (its numbered headings, `s1-2`),
 * a row of the goals table (`goal-…`), or the site's generated figures and tables. Excerpts
 * prefer the report's own sentences.
 */
export type SectionKind = 'narrative' | 'row' | 'data';

/** A searchable section of a report page: its anchor id, heading, plain text and kind. */
export interface FragmentSection {
  id: string;
  title: string;
  text: string;
  kind: SectionKind;
}

const ZWSP = /\u200b/g;

function kindOf(anchor: Anchor | undefined): SectionKind {
  if (!anchor) return 'data';
  if (anchor.element === 'tr') return 'row';
  return /^s\d/.test(anchor.id) ? 'narrative' : 'data';
}

function isBoundary(a: Anchor): boolean {
  return (/^h[1-6]$/.test(a.element) && a.text.trim() !== '') || a.element === 'tr';
}

/** Whether a UTF-16 unit is white space as `\s` has it, or Pagefind's zero-width space. */
function isSpace(code: number): boolean {
  return code <= 0x20
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code === 0x200b ||
        code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff;
}

/**
 * The offsets at which the words numbered `wanted` start (words are runs of anything but
 * white space and zero-width spaces, as Pagefind counts them). One pass over the text up to
 * the last wanted word, without a match object per word: a report has thousands of words.
 */
function wordStarts(text: string, wanted: readonly number[]): Map<number, number> {
  const need = new Set(wanted);
  const last = Math.max(-1, ...wanted);
  const starts = new Map<number, number>();
  let word = -1;
  let inWord = false;
  for (let i = 0; i < text.length && word <= last; i++) {
    if (isSpace(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      word++;
      if (need.has(word)) starts.set(word, i);
    }
  }
  return starts;
}

/**
 * Splits a Pagefind fragment's page text into sections at its headings and goal-table rows,
 * so the search page finds the phrase per section from the fragment it already loads.
 * Pagefind's raw text separates its words with zero-width spaces and anchors give a word
 * position; text without them (older indexes, tests) is split at the headings' text instead.
 * Text before the first anchor belongs to the page itself (id '').
 */
export function fragmentSections(
  content: string,
  anchors: readonly Anchor[],
  raw?: string,
): FragmentSection[] {
  const bounds = anchors.filter((a) => a.id && isBoundary(a));
  const source = raw?.includes('\u200b') ? raw : undefined;
  const cuts: { at: number; anchor: Anchor | undefined }[] = [{ at: 0, anchor: undefined }];
  if (source && bounds.every((a) => a.location !== undefined)) {
    const starts = wordStarts(
      source,
      bounds.map((a) => a.location ?? -1),
    );
    for (const anchor of bounds) {
      const at = starts.get(anchor.location ?? -1);
      const last = cuts[cuts.length - 1];
      if (at !== undefined && last && at >= last.at) cuts.push({ at, anchor });
    }
  } else {
    for (const anchor of bounds.filter((a) => a.text.trim() !== '')) {
      const last = cuts[cuts.length - 1];
      const at = content.indexOf(anchor.text, last?.at ?? 0);
      if (at !== -1) cuts.push({ at, anchor });
    }
  }
  const text = source ?? content;
  return cuts
    .map(({ at, anchor }, i): FragmentSection => {
      let body = text.slice(at, cuts[i + 1]?.at ?? text.length).replace(ZWSP, '');
      // pagefind.js escapes < and > in the raw text (for its own excerpts); undo it.
      if (source) body = body.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
      return {
        id: anchor?.id ?? '',
        title: anchor?.text.replace(ZWSP, '') ?? '',
        text: body,
        kind: kindOf(anchor),
      };
    })
    .filter((s) => s.text.trim() !== '');
}

/**
 * The row's text without the report's sentences it quotes (原文：“…”, which may hold quotes of
 * its own), each quote becoming a cell boundary: Pagefind ends a cell with “. ” only when the
 * cell ends in plain text.
 */
function withoutQuotes(text: string): string {
  let out = '';
  let at = 0;
  for (let start = text.indexOf('原文：“'); start !== -1; start = text.indexOf('原文：“', at)) {
    out += text.slice(at, start);
    let depth = 0;
    let end = start + 3;
    for (; end < text.length; end++) {
      if (text[end] === '“') depth++;
      else if (text[end] === '”' && --depth === 0) break;
    }
    out += '. ';
    at = end + 1;
  }
  return (out + text.slice(at)).replace(/\.\s+\.\s+/g, '. ');
}

/**
 * A goal-table row as a sentence a reader can use: “选派区级科技特派员：目标 ≥ 90 名，完成情况
 * 报告未说明”. Pagefind joins the row's cells (指标 目标 | 完成情况 | 状态); the report's
 * sentences the cells quote stay out of the row.
 */
export function readableRow(text: string): string | undefined {
  const cells = withoutQuotes(text)
    .trim()
    .split(/\.\s+/)
    .map((c) => c.trim().replace(/\.$/, ''))
    .filter(Boolean);
  const [head, actual, status = ''] = cells;
  if (!head || actual === undefined) return undefined;
  const space = head.indexOf(' ');
  const name = space === -1 ? head : head.slice(0, space);
  const target = space === -1 ? '' : head.slice(space + 1).trim();
  const goal = target ? `目标 ${target}` : '目标报告未说明';
  if (actual === '报告未说明') return `${name}：${goal}，完成情况报告未说明`;
  return `${name}：${goal}，完成情况 ${actual}${status ? `（${status}）` : ''}`;
}
