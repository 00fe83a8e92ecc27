import type { Block } from './html-blocks.ts';
import { leadTitle, numbering } from './numbering.ts';
import { tidy } from './text.ts';

export interface Heading {
  level: 2 | 3 | 4;
  /** The heading as written: numbering and title, e.g. 1．加快培育科技创新主体. */
  text: string;
  /** The title without its numbering. */
  title: string;
  /** The title of the enclosing heading, if any. */
  parent?: string;
}

export interface Converted {
  body: string;
  headings: Heading[];
  /** Things the author should check, in Chinese. */
  notes: string[];
}

/**
 * Turns a Word report's blocks into an MDX body: headings rebuilt from the numbering (一、 → ##,
 * （一） → ###, 1． with a short lead sentence → ####), the 主要职能 duty list as an ordered
 * list, everything else as paragraphs. No words are dropped or changed; only the full stop that
 * ends a heading's title goes, as in the hand transcriptions.
 */
export function blocksToMdx(blocks: readonly Block[]): Converted {
  const chunks: { text: string; list: boolean }[] = [];
  const headings: Heading[] = [];
  const notes: string[] = [];
  const open: (Heading | undefined)[] = [];
  const count = { 2: 0, 3: 0, deeper: false };
  const add = (text: string, list = false) => chunks.push({ text, list });

  const heading = (level: 2 | 3 | 4, value: number, text: string, title: string) => {
    const parent = open.slice(0, level).findLast(Boolean)?.title;
    const entry: Heading = { level, text, title, ...(parent ? { parent } : {}) };
    headings.push(entry);
    open.length = level;
    open[level] = entry;
    if (level === 2) Object.assign(count, { 2: value, 3: 0, deeper: false });
    else if (level === 3) Object.assign(count, { 3: value, deeper: false });
    else count.deeper = true;
    add(`${'#'.repeat(level)} ${escapeMdx(text)}`);
  };
  const inDuties = () => /职能|职责/.test((open[3] ?? open[2])?.title ?? '');

  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'table') {
      add(tableMdx(block.rows));
      continue;
    }
    const text = tidy(block.text);
    if (!text) continue;
    if (block.kind === 'item') {
      const marker = block.ordered ? '1.' : '-';
      add(`${'   '.repeat(block.depth)}${marker} ${escapeMdx(text)}`, true);
      continue;
    }
    const n = numbering(text);
    const lead = n && leadTitle(n.rest);
    if (n && lead) {
      const whole = !lead.remainder;
      const expected = n.level === 3 ? count[3] + 1 : count[2] + 1;
      const misnumbered =
        n.scheme === 'arabic' &&
        whole &&
        ((n.level === 3 && count[3] >= 1 && !count.deeper && n.value === expected) ||
          (n.marker.endsWith('、') &&
            count[2] >= 1 &&
            n.value === expected &&
            startsWithFirstSubsection(blocks, index)));
      if (n.scheme === 'cn' || misnumbered) {
        const level = n.scheme === 'cn' ? n.level : n.level === 3 ? 3 : 2;
        if (misnumbered) {
          const should = level === 2 ? `${cnDigits(n.value)}、` : `（${cnDigits(n.value)}）`;
          const note = `原文编号“${n.marker}”与上下文不符，疑为 Word 自动编号残留（按上下文应为“${should}”）`;
          notes.push(
            `“${text}”：${note}；已按${level === 2 ? '二' : '三'}级标题导入，原文照录，请核对。`,
          );
          add(`{/* 导入提示：${note}，请核对后改正。 */}`);
        }
        heading(level, n.value, `${n.marker}${lead.title}`, lead.title);
        if (lead.remainder) add(escapeMdx(lead.remainder));
        continue;
      }
    }
    if (n?.level === 4 && inDuties()) {
      add(`${n.value}. ${escapeMdx(n.rest)}`, true);
      continue;
    }
    if (n?.level === 4 && lead) {
      heading(4, n.value, `${n.marker}${lead.title}`, lead.title);
      if (lead.remainder) add(escapeMdx(lead.remainder));
      continue;
    }
    if (block.heading) {
      const level = block.heading >= 3 ? 4 : block.heading === 2 ? 3 : 2;
      heading(level, count[level === 4 ? 3 : level] + 1, text, text);
      continue;
    }
    add(escapeMdx(text));
  }

  const body = chunks
    .map(
      (chunk, i) => (i === 0 ? '' : chunk.list && chunks[i - 1]?.list ? '\n' : '\n\n') + chunk.text,
    )
    .join('');
  return { body: `${body}\n`, headings, notes };
}

/** Whether the paragraph after `index` opens a （一） subsection, as a top-level heading's does. */
function startsWithFirstSubsection(blocks: readonly Block[], index: number): boolean {
  for (const block of blocks.slice(index + 1)) {
    if (block.kind !== 'paragraph') return false;
    const text = tidy(block.text);
    if (text) return /^[（(]一[）)]/.test(text);
  }
  return false;
}

function cnDigits(value: number): string {
  const digits = '〇一二三四五六七八九';
  if (value < 10) return digits[value] ?? String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

/**
 * Escapes what MDX or Markdown would read as syntax, so the text renders exactly as written:
 * braces and angle brackets (MDX expressions and tags), emphasis and link characters, and
 * line starts that would open a heading, quote, list or rule.
 */
export function escapeMdx(text: string): string {
  return (
    text
      .replace(/[\\`*_{}<>[\]~|]/g, '\\$&')
      .replace(/^([#>+\-=])/, '\\$1')
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
      // A line opening with export or import would be read as an ES module statement: a character
      // reference keeps the word as printed and makes it text.
      .replace(/^(?=(?:export|import)(?:[\s{*]|$))./gm, (c) => `&#${c.charCodeAt(0)};`)
  );
}

function tableMdx(rows: readonly string[][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, i) => escapeMdx(tidy(cells[i] ?? ''))).join(' | ')} |`;
  const [head = [], ...rest] = rows;
  return [line(head), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n');
}
