import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Child, SvgElement } from './element.ts';
import { el } from './element.ts';
import { type ChartText, empty, frame, LINE, label, rect, text, wrap } from './svg.ts';

export interface BarDatum {
  label: string;
  value: number;
  /** The value as printed next to the bar, e.g. 3,680.93 万元（76.6%）. */
  valueText: string;
}

export interface BarOptions extends ChartText {
  width?: number;
}

const ROW = 44;
const BAR = 16;
const VALUE_SPACE = 150;
const CHANGE_TEXT = 112;

/**
 * A scale from zero in both directions: negative values run left of the zero line, positive
 * right, and `space` units are kept free on the side that has values for the printed figure.
 */
function signedScale(values: readonly number[], width: number, space: number) {
  const low = Math.min(0, min(values) ?? 0);
  const high = Math.max(0, max(values) ?? 0);
  return scaleLinear()
    .domain([low, high === low ? 1 : high])
    .range([low < 0 ? space : 0, width - (high > 0 ? space : 0)]);
}

/**
 * Rows stacked from the top, each starting with its label (wrapped to the chart's width) and
 * followed by the marks `body` draws from the row's first line below the label.
 */
function stack<T extends { label: string }>(
  data: readonly T[],
  width: number,
  height: number,
  body: (d: T, top: number) => Child[],
): { rows: SvgElement[]; bottom: number } {
  let top = 0;
  const rows = data.map((d) => {
    const lines = wrap(d.label, width);
    const extra = (lines.length - 1) * LINE;
    const row = el(
      'g',
      { class: 'row' },
      label(0, top + 14, lines, { class: 'label' }),
      ...body(d, top + extra),
    );
    top += height + extra;
    return row;
  });
  return { rows, bottom: top };
}

/** A bar from the zero line to `value`, with its printed value beyond the bar's end. */
function signedBar(
  x: (value: number) => number,
  y: number,
  value: number,
  printed: string,
  cls: string,
  anchorStart: boolean,
  fill?: string,
): SvgElement[] {
  const zero = x(0);
  const end = x(value);
  const negative = value < 0;
  return [
    rect(Math.min(zero, end), y, Math.abs(end - zero), BAR, cls, { fill }),
    text(negative ? end - 6 : end + 6, y + BAR - 3, printed, {
      class: 'value',
      'text-anchor': negative ? 'end' : anchorStart && 'start',
    }),
  ];
}

/** One bar per datum from the zero line; a change chart adds the line itself and colours by sign. */
function singleBars(
  data: readonly BarDatum[],
  options: BarOptions,
  space: number,
  change: boolean,
): string {
  const width = options.width ?? 360;
  if (data.length === 0) return frame(options, width, ROW, [empty()]);
  const x = signedScale(
    data.map((d) => d.value),
    width,
    space,
  );
  const cls = (value: number) => (!change ? 'bar' : value < 0 ? 'bar decrease' : 'bar increase');
  const { rows, bottom } = stack(data, width, ROW, (d, top) =>
    signedBar(x, top + 20, d.value, d.valueText, cls(d.value), change),
  );
  const axis = change && el('line', { class: 'axis', x1: x(0), x2: x(0), y1: 18, y2: bottom });
  return frame(options, width, bottom + 4, [axis, ...rows]);
}

/**
 * Horizontal bars, one row per datum, with the label above each bar and the printed value after
 * it, so the chart reads without colour and stays legible when narrow.
 */
export function barChart(data: readonly BarDatum[], options: BarOptions): string {
  return singleBars(data, options, VALUE_SPACE, false);
}

export interface PairDatum {
  label: string;
  previous: number;
  current: number;
  previousText: string;
  currentText: string;
}

export interface PairOptions extends BarOptions {
  previousLabel: string;
  currentLabel: string;
}

/**
 * Previous year against this year, two bars per row. The previous year's bar is hatched and
 * every bar is labelled with its year, so colour is never the only cue.
 */
export function pairedBarChart(data: readonly PairDatum[], options: PairOptions): string {
  const width = options.width ?? 360;
  const rowHeight = 20 + 2 * (BAR + 4) + 8;
  if (data.length === 0) return frame(options, width, ROW, [empty()]);
  const x = signedScale(
    data.flatMap((d) => [d.previous, d.current]),
    width,
    VALUE_SPACE + 10,
  );
  const pattern = `${options.id}-hatch`;
  const defs = el(
    'defs',
    {},
    el(
      'pattern',
      {
        id: pattern,
        width: 6,
        height: 6,
        patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)',
      },
      el('rect', { width: 6, height: 6, class: 'hatch-bg' }),
      el('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch-line' }),
    ),
  );
  const { rows, bottom } = stack(data, width, rowHeight, (d, top) => [
    ...signedBar(
      x,
      top + 20,
      d.previous,
      `${options.previousLabel} ${d.previousText}`,
      'bar previous',
      false,
      `url(#${pattern})`,
    ),
    ...signedBar(
      x,
      top + 20 + BAR + 4,
      d.current,
      `${options.currentLabel} ${d.currentText}`,
      'bar',
      false,
    ),
  ]);
  return frame(options, width, bottom, [defs, ...rows]);
}

/** A signed change against last year, e.g. -145.76 printed as 减少 145.76 万元. */
export type ChangeDatum = BarDatum;

/**
 * Signed changes as bars from a zero line: decreases to the left, increases to the right. The
 * printed value says 减少 or 增加, so the direction never depends on colour.
 */
export function changeChart(data: readonly ChangeDatum[], options: BarOptions): string {
  return singleBars(data, options, CHANGE_TEXT, true);
}
