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

/** The line height of wrapped labels, in viewBox units (the CSS sets 13px text). */
export const LINE = 16;

// The charts' text is 13px: a Chinese character is about 13 units wide, Latin letters and digits
// about 7.5. An estimate is enough to wrap before the viewBox edge; no font is measured at build.
function width(s: string): number {
  let total = 0;
  for (const c of s) total += /[\u2e80-\uffff]/u.test(c) ? 13 : 7.5;
  return total;
}

/** Breaks a label into lines that fit `max` units, so a long name wraps instead of running off. */
export function wrap(s: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const c of s) {
    if (line && width(line + c) > max) {
      lines.push(line);
      line = '';
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
export function empty(y = 14): SvgElement {
  return text(0, y, '无数据', { class: 'value note' });
}
