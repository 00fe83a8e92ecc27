// A tiny element tree for the build-time SVG charts, the way Observable Plot builds its marks
// from elements (d3-create) rather than from string templates: attributes and text are escaped
// in one place, numbers rounded in one place, and a mark is changed by changing its attributes,
// never by patching markup. Written here because the charts render on the server without a DOM,
// and a DOM implementation (jsdom, linkedom) would be a large dependency for eleven tags.
import { escapeHtml } from '../lib/escape.ts';

/** An attribute value; `undefined` and `false` leave the attribute out. */
export type Value = string | number | undefined | false;
export type Attributes = Record<string, Value>;
/** A child: an element, text (escaped), or nothing (`false`, `null`, `undefined` are skipped). */
export type Child = SvgElement | string | false | null | undefined;

export interface SvgElement {
  tag: string;
  attributes: Attributes;
  children: Child[];
}

/** Coordinates rounded to 0.1 so snapshots do not churn on floating-point noise. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}

/** An element: `el('rect', { x: 0, width: 12.34 })`, `el('g', { class: 'row' }, label, bar)`. */
export function el(tag: string, attributes: Attributes = {}, ...children: Child[]): SvgElement {
  return { tag, attributes, children };
}

function attribute([name, value]: [string, Value]): string {
  if (value === undefined || value === false) return '';
  const text = typeof value === 'number' ? String(px(value)) : value;
  return ` ${name}="${escapeHtml(text)}"`;
}

/**
 * SVG markup of a tree. `separator` goes between the children of the outermost element only,
 * so a chart reads one row per line while each row stays on one line.
 */
export function render(node: Child, separator = ''): string {
  if (node === false || node === null || node === undefined) return '';
  if (typeof node === 'string') return escapeHtml(node);
  const attributes = Object.entries(node.attributes).map(attribute).join('');
  const children = node.children.filter((c) => c !== false && c !== null && c !== undefined);
  if (children.length === 0) return `<${node.tag}${attributes}/>`;
  const inner = children.map((c) => render(c)).join(separator);
  return `<${node.tag}${attributes}>${separator}${inner}${separator}</${node.tag}>`;
}
