import { max, min } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { TrendPoint } from '../lib/trends.ts';
import { el } from './element.ts';
import { type ChartText, empty, frame, text } from './svg.ts';

export interface LineOptions extends ChartText {
  /** Prints a value next to its point, e.g. 4,805.67. */
  format: (value: number) => string;
  /** Fixed value domain, e.g. [0, 100] for scores; default 0 to 115% of the largest value. */
  domain?: [number, number];
  width?: number;
  height?: number;
}

const MARGIN = { top: 24, right: 28, bottom: 40, left: 28 };

/**
 * A trend over years. Years without a value break the line (a gap, never a drop to zero) and
 * say 无数据 under the axis; values taken from the next year's report are hollow points. Each
 * point is labelled with its value, so the chart reads without colour. Negative values extend
 * the scale below zero rather than falling off the chart.
 */
export function lineChart(points: readonly TrendPoint[], options: LineOptions): string {
  const width = options.width ?? 480;
  const height = options.height ?? 200;
  const x = scalePoint<number>()
    .domain(points.map((p) => p.year))
    .range([MARGIN.left, width - MARGIN.right])
    .padding(0.3);
  const top = options.domain?.[1] ?? Math.max(0, max(points, (p) => p.value) ?? 0) * 1.15;
  const bottom = options.domain?.[0] ?? Math.min(0, min(points, (p) => p.value) ?? 0) * 1.15;
  const y = scaleLinear()
    .domain([bottom, top || (bottom ? 0 : 1)])
    .range([height - MARGIN.bottom, MARGIN.top]);
  const path = line<TrendPoint>()
    .defined((p) => p.value !== undefined)
    .x((p) => x(p.year) ?? 0)
    .y((p) => y(p.value ?? 0))
    .digits(1)(points as TrendPoint[]);
  const base = height - MARGIN.bottom;
  const axis = el('line', {
    class: 'axis',
    x1: MARGIN.left,
    x2: width - MARGIN.right,
    y1: base,
    y2: base,
  });
  const marks = points.map((p) => {
    const cx = x(p.year) ?? 0;
    const year = text(cx, base + 18, String(p.year), { class: 'label', 'text-anchor': 'middle' });
    if (p.value === undefined) {
      return el(
        'g',
        { class: 'point missing' },
        year,
        text(cx, base + 34, '无数据', { class: 'value note', 'text-anchor': 'middle' }),
      );
    }
    const cy = y(p.value);
    const derived = p.source === 'next-report';
    return el(
      'g',
      { class: derived ? 'point derived' : 'point' },
      el('circle', { cx, cy, r: 4, class: derived ? 'dot hollow' : 'dot' }),
      text(cx, cy - 9, `${options.format(p.value)}${derived ? '*' : ''}`, {
        class: 'value',
        'text-anchor': 'middle',
      }),
      year,
    );
  });
  const note =
    points.some((p) => p.source === 'next-report') &&
    text(width - MARGIN.right, 12, '* 由下一年度报告推算', {
      class: 'value note',
      'text-anchor': 'end',
    });
  return frame(options, width, height, [
    axis,
    path ? el('path', { class: 'line', d: path }) : undefined,
    ...marks,
    note,
    points.length === 0 && empty(base - 8),
  ]);
}
