/** Shared pieces of the build-time SVG charts: escaping, rounding, the accessible frame. */

import { escapeHtml } from '../lib/escape.ts';

/** SVG text is XML: the same escaping as HTML. */
export const escapeXml = escapeHtml;

/** Coordinates rounded to 0.1 so snapshots do not churn on floating-point noise. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}

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
export function frame(text: ChartText, width: number, height: number, body: string): string {
  const t = `${text.id}-title`;
  const d = `${text.id}-desc`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${px(height)}" aria-labelledby="${t} ${d}">`,
    `<title id="${t}">${escapeXml(text.title)}</title>`,
    `<desc id="${d}">${escapeXml(text.description)}</desc>`,
    body,
    '</svg>',
  ].join('\n');
}

export function textEl(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${px(x)}" y="${px(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;
}

export function rect(x: number, y: number, width: number, height: number, cls: string): string {
  return `<rect class="${cls}" x="${px(x)}" y="${px(y)}" width="${px(Math.max(0, width))}" height="${px(height)}"/>`;
}
