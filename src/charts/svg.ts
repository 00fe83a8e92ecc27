/** Shared pieces of the build-time SVG charts: the accessible frame, text and bars as elements. */

import { escapeHtml } from '../lib/escape.ts';
import { type Attributes, type Child, el, px, render, type SvgElement } from './element.ts';

export { px };

/** SVG text is XML: the same escaping as HTML. */
export const escapeXml = escapeHtml;

export interface ChartText {
  /** Stable, page-unique id prefix; the title and description ids derive from it. */
  id: string;
  /** Short title, read first by screen readers. */
  title: string;
  /** One or two sentences saying what the chart shows, in words. */
  description: string;
}

/**
 * The outer `<svg role="img">` with title and description. Width and height are the viewBox;
 * CSS scales the chart to its container.
 */
export function frame(text: ChartText, width: number, height: number, body: Child[]): string {
  const t = `${text.id}-title`;
  const d = `${text.id}-desc`;
  return render(
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        class: 'chart',
        role: 'img',
        viewBox: `0 0 ${width} ${px(height)}`,
        'aria-labelledby': `${t} ${d}`,
      },
      el('title', { id: t }, text.title),
      el('desc', { id: d }, text.description),
      ...body,
    ),
    '\n',
  );
}

export function text(
  x: number,
  y: number,
  content: string,
  attributes: Attributes = {},
): SvgElement {
  return el('text', { x, y, ...attributes }, content);
}

export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  cls: string,
  attributes: Attributes = {},
): SvgElement {
  return el('rect', { class: cls, x, y, width: Math.max(0, width), height, ...attributes });
}

/**
 * Chart text is `0.8125rem`: 13 viewBox units at normal size and 16.25 with 大字 (the root font
 * grows to 125%). Every layout is measured at the larger size, so the same SVG neither overlaps
 * nor clips in either mode; at normal size it only has more room.
 */
export const FONT = 16.25;

/** The line height of wrapped labels, in viewBox units, for text of `FONT` units. */
export const LINE = 21;

/**
 * The viewBox width of the charts that sit in one column on a phone. At 360 px the content is
 * 328 px wide (320 with 大字), so one viewBox unit renders at about 1 px and 13-unit text at
 * 13 px; CSS caps the width so a wide screen does not blow the text up.
 */
export const NARROW = 320;

// A Chinese character is about one em wide, Latin letters and digits at most about 0.64 em
// (DejaVu Sans digits, the widest of the fonts system-ui falls back to on Linux). An estimate is
// enough to wrap before the viewBox edge; no font is measured at build.
/** The estimated width of `s` in viewBox units at `FONT`. */
export function textWidth(s: string): number {
  let total = 0;
  for (const c of s) total += /[\u2e80-\uffff]/u.test(c) ? FONT : FONT * 0.64;
  return total;
}
const width = textWidth;

// Where a line may break other than between any two characters: after a space or a Chinese
// comma, before an opening bracket. A number such as 200% or 4,805.67 is never split there.
const AFTER = new Set([' ', '，', '、', '；', '：', '·', '）', '。']);
const BEFORE = new Set(['（']);

/**
 * Breaks a label into lines that fit `max` units, so a long name wraps instead of running off;
 * a line breaks at a space or punctuation where one falls in its second half, else anywhere.
 */
export function wrap(s: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const c of s) {
    if (line && width(line + c) > max) {
      const chars = [...line];
      let at = -1;
      for (let i = chars.length - 1; i > chars.length / 2; i--) {
        if (AFTER.has(chars[i - 1] ?? '') || BEFORE.has(chars[i] ?? '')) {
          at = i;
          break;
        }
      }
      if (at > 0) {
        lines.push(chars.slice(0, at).join('').trimEnd());
        line = chars.slice(at).join('').trimStart();
      } else {
        lines.push(line);
        line = '';
      }
    }
    line += c;
  }
  lines.push(line);
  return lines;
}

/** A label of one or more lines from (x, y), one `<tspan>` per line after the first. */
export function label(
  x: number,
  y: number,
  lines: readonly string[],
  attributes: Attributes = {},
): SvgElement {
  if (lines.length === 1) return text(x, y, lines[0] ?? '', attributes);
  return el(
    'text',
    { x, y, ...attributes },
    ...lines.map((line, i) => el('tspan', { x, y: y + i * LINE }, line)),
  );
}

/** The one line a chart without data draws, so an empty chart says so instead of being blank. */
export function empty(y = FONT): SvgElement {
  return text(0, y, '无数据', { class: 'value note' });
}

/**
 * A diagonal hatch, the one fill that marks a bar as different in kind (last year, an estimate)
 * without relying on colour. `cls` picks the line colour from the stylesheet.
 */
export function hatch(id: string, cls = 'hatch-line'): SvgElement {
  return el(
    'pattern',
    {
      id,
      width: 6,
      height: 6,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    },
    el('rect', { width: 6, height: 6, class: 'hatch-bg' }),
    el('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: cls }),
  );
}
