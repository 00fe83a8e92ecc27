import { max, min } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { TrendPoint } from '../lib/trends.ts';
import { el, type SvgElement } from './element.ts';
import {
  type ChartText,
  empty,
  FONT,
  frame,
  LINE,
  label,
  NARROW,
  text,
  textWidth,
  wrap,
} from './svg.ts';

export interface LineOptions extends ChartText {
  /** Prints a value next to its point, e.g. 4,805.67. */
  format: (value: number) => string;
  /** The unit of the y-axis, printed above it, e.g. 万元 or 分. */
  unit: string;
  /** Fixed value domain, e.g. [0, 100] for scores; default 0 to 115% of the largest value. */
  domain?: [number, number];
  width?: number;
  height?: number;
}

/** Room above the plot for the unit, and for the value label of a point at the top. */
const TOP = LINE * 2 + 4;
const TICK_GAP = 6;
/** The least space between two printed labels on one line, in viewBox units. */
const PAD = 8;

interface Span {
  from: number;
  to: number;
}
const overlaps = (a: Span, b: Span) => a.from < b.to + PAD && b.from < a.to + PAD;

/**
 * Where a label of width `w` centred at `x` sits once kept inside [left, right]: a label at the
 * edge moves inwards rather than being cut off by the viewBox.
 */
function place(x: number, w: number, left: number, right: number): Span {
  const from = Math.min(Math.max(x - w / 2, left), right - w);
  return { from, to: from + w };
}

/**
 * Labels that fit: `order` lists candidates by priority, and a label is kept only when it
 * overlaps none kept before it. The rest are left to the data table under the chart.
 */
function thin<T>(order: readonly T[], span: (d: T) => Span): Map<T, Span> {
  const kept = new Map<T, Span>();
  for (const d of order) {
    const s = span(d);
    if ([...kept.values()].every((k) => !overlaps(k, s))) kept.set(d, s);
  }
  return kept;
}

/**
 * A trend over years, with a y-axis (ticks, grid and unit) and the years under the x-axis.
 * Years without a value break the line (a gap, never a drop to zero) and are named under the
 * chart; values taken from the next year's report are hollow points marked *. Value labels are
 * thinned so they never overlap: the latest year first, then the earliest, then from the latest
 * back; year labels are thinned the same way. Every value is in the data table beside the chart.
 * Negative values extend the scale below zero rather than falling off the chart.
 */
export function lineChart(points: readonly TrendPoint[], options: LineOptions): string {
  const width = options.width ?? NARROW;
  const plotHeight = options.height ?? 150;
  const top = options.domain?.[1] ?? Math.max(0, max(points, (p) => p.value) ?? 0) * 1.15;
  const bottom = options.domain?.[0] ?? Math.min(0, min(points, (p) => p.value) ?? 0) * 1.15;
  const y = scaleLinear()
    .domain([bottom, top || (bottom ? 0 : 1)])
    .range([TOP + plotHeight, TOP])
    .nice(4);
  const ticks = y.ticks(4);
  const tickText = y.tickFormat(4, ',f');
  const left = Math.max(...ticks.map((t) => textWidth(tickText(t)))) + TICK_GAP * 2;
  const base = TOP + plotHeight;
  const x = scalePoint<number>()
    .domain(points.map((p) => p.year))
    .range([left, width - 4])
    .padding(0.5);
  const path = line<TrendPoint>()
    .defined((p) => p.value !== undefined)
    .x((p) => x(p.year) ?? 0)
    .y((p) => y(p.value ?? 0))
    .digits(1)(points as TrendPoint[]);

  const grid = ticks.map((t) =>
    el(
      'g',
      { class: 'tick' },
      el('line', { class: t === 0 ? 'axis' : 'grid', x1: left, x2: width, y1: y(t), y2: y(t) }),
      text(left - TICK_GAP, y(t) + FONT * 0.35, tickText(t), {
        class: 'value',
        'text-anchor': 'end',
      }),
    ),
  );
  const unit = text(0, FONT, `单位：${options.unit}`, { class: 'value note' });
  const yAxis = el('line', { class: 'axis', x1: left, x2: left, y1: TOP, y2: base });
  const xAxis = el('line', { class: 'axis', x1: left, x2: width, y1: base, y2: base });

  const cx = (p: TrendPoint) => x(p.year) ?? 0;
  const latestFirst = [...points].reverse();
  const byPriority = (list: readonly TrendPoint[]) => [
    ...list.slice(0, 1),
    ...list.slice(-1),
    ...list.slice(1, -1),
  ];
  const years = thin(byPriority(latestFirst), (p) =>
    place(cx(p), textWidth(String(p.year)), 0, width),
  );
  const valued = points.filter((p) => p.value !== undefined);
  const printed = (p: TrendPoint) =>
    `${options.format(p.value ?? 0)}${p.source === 'next-report' ? '*' : ''}`;
  const values = thin(byPriority([...valued].reverse()), (p) =>
    place(cx(p), textWidth(printed(p)), left, width),
  );

  const marks: SvgElement[] = points.map((p) => {
    const yearSpan = years.get(p);
    const year =
      yearSpan && text(yearSpan.from, base + LINE + 6, String(p.year), { class: 'label year' });
    if (p.value === undefined) {
      return el(
        'g',
        { class: 'point missing' },
        el('line', { class: 'gap', x1: cx(p), x2: cx(p), y1: base - 6, y2: base + 6 }),
        year,
      );
    }
    const cy = y(p.value);
    const derived = p.source === 'next-report';
    return el(
      'g',
      { class: derived ? 'point derived' : 'point' },
      el('line', { class: 'tick-mark', x1: cx(p), x2: cx(p), y1: base, y2: base + 4 }),
      el('circle', { cx: cx(p), cy, r: 4, class: derived ? 'dot hollow' : 'dot' }),
      year,
    );
  });
  // Value labels go last, over every dot and the line, each with a halo (CSS) so both stay legible.
  const valueLabels = el(
    'g',
    { class: 'values' },
    ...valued.flatMap((p) => {
      const s = values.get(p);
      return s ? [text(s.from, y(p.value ?? 0) - 9, printed(p), { class: 'value' })] : [];
    }),
  );

  // One word per meaning: a year the site holds no report of, and one whose report is silent.
  const gap = (noReport: boolean) =>
    points
      .filter((p) => p.value === undefined && Boolean(p.noReport) === noReport)
      .map((p) => p.year);
  const unreported = gap(true);
  const silent = gap(false);
  const notes = [
    ...(unreported.length > 0 ? [`本站未收录：${unreported.join('、')}年`] : []),
    ...(silent.length > 0 ? [`报告未说明：${silent.join('、')}年`] : []),
    ...(points.some((p) => p.source === 'next-report') ? ['空心点、* 由下一年度报告推算'] : []),
    ...(values.size < valued.length ? ['未标注的数值见数据表'] : []),
  ].flatMap((n) => wrap(n, width));
  const notesTop = base + LINE * 2 + 6;
  const height = notesTop + notes.length * LINE;
  return frame(options, width, height, [
    unit,
    ...grid,
    yAxis,
    xAxis,
    path ? el('path', { class: 'line', d: path }) : undefined,
    ...marks,
    valueLabels,
    notes.length > 0 && label(0, notesTop + FONT * 0.2, notes, { class: 'value note' }),
    points.length === 0 && empty(base - 8),
  ]);
}
