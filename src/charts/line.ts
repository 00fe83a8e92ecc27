import { max } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { TrendPoint } from '../lib/trends.ts';
import { type ChartText, escapeXml, frame, px, textEl } from './svg.ts';

export interface LineOptions extends ChartText {
  /** Prints a value next to its point, e.g. 4,805.67. */
  format: (value: number) => string;
  /** Fixed value domain, e.g. [0, 100] for scores; default 0 to 110% of the largest value. */
  domain?: [number, number];
  width?: number;
  height?: number;
}

const MARGIN = { top: 24, right: 28, bottom: 40, left: 28 };

/**
 * A trend over years. Years without a value break the line (a gap, never a drop to zero) and
 * say 无数据 under the axis; values taken from the next year's report are hollow points. Each
 * point is labelled with its value, so the chart reads without colour.
 */
export function lineChart(points: readonly TrendPoint[], options: LineOptions): string {
  const width = options.width ?? 480;
  const height = options.height ?? 200;
  const x = scalePoint<number>()
    .domain(points.map((p) => p.year))
    .range([MARGIN.left, width - MARGIN.right])
    .padding(0.3);
  const top = options.domain?.[1] ?? (max(points, (p) => p.value) ?? 0) * 1.15;
  const y = scaleLinear()
    .domain([options.domain?.[0] ?? 0, top || 1])
    .range([height - MARGIN.bottom, MARGIN.top]);
  const path = line<TrendPoint>()
    .defined((p) => p.value !== undefined)
    .x((p) => x(p.year) ?? 0)
    .y((p) => y(p.value ?? 0))
    .digits(1)(points as TrendPoint[]);
  const base = height - MARGIN.bottom;
  const axis = `<line class="axis" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${px(base)}" y2="${px(base)}"/>`;
  const marks = points.map((p) => {
    const cx = x(p.year) ?? 0;
    const year = textEl(cx, base + 18, String(p.year), 'class="label" text-anchor="middle"');
    if (p.value === undefined) {
      return `<g class="point missing">${year}${textEl(cx, base + 34, '无数据', 'class="value note" text-anchor="middle"')}</g>`;
    }
    const cy = y(p.value);
    const derived = p.source === 'next-report';
    return [
      `<g class="point${derived ? ' derived' : ''}">`,
      `<circle cx="${px(cx)}" cy="${px(cy)}" r="4" class="${derived ? 'dot hollow' : 'dot'}"/>`,
      textEl(
        cx,
        cy - 9,
        `${options.format(p.value)}${derived ? '*' : ''}`,
        'class="value" text-anchor="middle"',
      ),
      year,
      '</g>',
    ].join('');
  });
  const note = points.some((p) => p.source === 'next-report')
    ? textEl(
        width - MARGIN.right,
        12,
        '* 由下一年度报告推算',
        'class="value note" text-anchor="end"',
      )
    : '';
  return frame(
    options,
    width,
    height,
    [axis, path ? `<path class="line" d="${escapeXml(path)}"/>` : '', ...marks, note]
      .filter(Boolean)
      .join('\n'),
  );
}
