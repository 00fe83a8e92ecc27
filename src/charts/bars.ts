import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Child, SvgElement } from './element.ts';
import { el } from './element.ts';
import {
  type ChartText,
  empty,
  FONT,
  frame,
  hatch,
  LINE,
  label,
  NARROW,
  rect,
  wrap,
} from './svg.ts';

export interface BarDatum {
  label: string;
  value: number;
  /** The value as printed next to the bar, e.g. 3,680.93 万元（76.6%）. */
  valueText: string;
}

export interface BarOptions extends ChartText {
  width?: number;
}

const BAR = 16;
/** Space under the last line of a row before the next row's label. */
const GAP = 10;
/** The empty chart's height. */
const EMPTY = 28;

/**
 * A scale from zero in both directions over the chart's whole width: the printed value sits on
 * its own line under the bar, so no width is kept free for it and it can never be clipped.
 */
function signedScale(values: readonly number[], width: number) {
  const low = Math.min(0, min(values) ?? 0);
  const high = Math.max(0, max(values) ?? 0);
  return scaleLinear()
    .domain([low, high === low ? 1 : high])
    .range([0, width]);
}

/**
 * Rows stacked from the top, each starting with its label (wrapped to the chart's width) and
 * followed by the marks `body` draws from below the label; `body` returns the marks and the
 * height they take.
 */
function stack<T extends { label: string }>(
  data: readonly T[],
  width: number,
  body: (d: T, top: number) => { marks: Child[]; height: number },
): { rows: SvgElement[]; bottom: number } {
  let top = 0;
  const rows = data.map((d) => {
    const lines = wrap(d.label, width);
    const below = top + lines.length * LINE;
    const { marks, height } = body(d, below);
    const row = el(
      'g',
      { class: 'row' },
      label(0, top + FONT, lines, { class: 'label' }),
      ...marks,
    );
    top = below + height + GAP;
    return row;
  });
  return { rows, bottom: top };
}

/**
 * A bar from the zero line to `value` at `y`, with its printed value (wrapped) on the lines
 * under it, starting where the bar starts so that it reads with the bar.
 */
function signedBar(
  x: (value: number) => number,
  y: number,
  width: number,
  value: number,
  printed: string,
  cls: string,
  fill?: string,
): { marks: SvgElement[]; height: number } {
  const zero = x(0);
  const end = x(value);
  const lines = wrap(printed, width);
  return {
    marks: [
      rect(Math.min(zero, end), y, Math.abs(end - zero), BAR, cls, { fill }),
      label(0, y + BAR + FONT + 2, lines, { class: 'value' }),
    ],
    height: BAR + 6 + lines.length * LINE,
  };
}

/** One bar per datum from the zero line; a change chart adds the line itself and colours by sign. */
function singleBars(data: readonly BarDatum[], options: BarOptions, change: boolean): string {
  const width = options.width ?? NARROW;
  if (data.length === 0) return frame(options, width, EMPTY, [empty()]);
  const x = signedScale(
    data.map((d) => d.value),
    width,
  );
  const cls = (value: number) => (!change ? 'bar' : value < 0 ? 'bar decrease' : 'bar increase');
  const { rows, bottom } = stack(data, width, (d, top) =>
    signedBar(x, top, width, d.value, d.valueText, cls(d.value)),
  );
  const axis = change && el('line', { class: 'axis', x1: x(0), x2: x(0), y1: 0, y2: bottom });
  return frame(options, width, bottom, [axis, ...rows]);
}

/**
 * Horizontal bars, one row per datum, with the label above each bar and the printed value under
 * it, so the chart reads without colour, and a long 元 amount wraps instead of running off.
 */
export function barChart(data: readonly BarDatum[], options: BarOptions): string {
  return singleBars(data, options, false);
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
  const width = options.width ?? NARROW;
  if (data.length === 0) return frame(options, width, EMPTY, [empty()]);
  const x = signedScale(
    data.flatMap((d) => [d.previous, d.current]),
    width,
  );
  const pattern = `${options.id}-hatch`;
  const defs = el('defs', {}, hatch(pattern));
  const { rows, bottom } = stack(data, width, (d, top) => {
    const previous = signedBar(
      x,
      top,
      width,
      d.previous,
      `${options.previousLabel} ${d.previousText}`,
      'bar previous',
      `url(#${pattern})`,
    );
    const current = signedBar(
      x,
      top + previous.height,
      width,
      d.current,
      `${options.currentLabel} ${d.currentText}`,
      'bar',
    );
    return {
      marks: [...previous.marks, ...current.marks],
      height: previous.height + current.height,
    };
  });
  return frame(options, width, bottom, [defs, ...rows]);
}

/** A signed change against last year, e.g. -145.76 printed as 减少 145.76 万元. */
export type ChangeDatum = BarDatum;

/**
 * Signed changes as bars from a zero line: decreases to the left, increases to the right. The
 * printed value says 减少 or 增加, so the direction never depends on colour.
 */
export function changeChart(data: readonly ChangeDatum[], options: BarOptions): string {
  return singleBars(data, options, true);
}
