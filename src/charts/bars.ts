import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { type ChartText, frame, px, rect, textEl } from './svg.ts';

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
 * Horizontal bars, one row per datum, with the label above each bar and the printed value after
 * it, so the chart reads without colour and stays legible when narrow.
 */
export function barChart(data: readonly BarDatum[], options: BarOptions): string {
  const width = options.width ?? 360;
  const x = scaleLinear()
    .domain([0, max(data, (d) => d.value) || 1])
    .range([0, width - VALUE_SPACE]);
  const rows = data.map((d, i) => {
    const top = i * ROW;
    const length = x(d.value);
    return [
      `<g class="row">`,
      textEl(0, top + 14, d.label, 'class="label"'),
      rect(0, top + 20, length, BAR, 'bar'),
      textEl(length + 6, top + 20 + BAR - 3, d.valueText, 'class="value"'),
      '</g>',
    ].join('');
  });
  return frame(options, width, data.length * ROW + 4, rows.join('\n'));
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
  const x = scaleLinear()
    .domain([0, max(data, (d) => Math.max(d.previous, d.current)) || 1])
    .range([0, width - VALUE_SPACE - 10]);
  const pattern = `${options.id}-hatch`;
  const defs = `<defs><pattern id="${pattern}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern></defs>`;
  const rows = data.map((d, i) => {
    const top = i * rowHeight;
    const bar = (y: number, value: number, text: string, cls: string, fill = '') =>
      `${rect(0, y, x(value), BAR, cls).replace('/>', `${fill}/>`)}${textEl(x(value) + 6, y + BAR - 3, text, 'class="value"')}`;
    return [
      `<g class="row">`,
      textEl(0, top + 14, d.label, 'class="label"'),
      bar(
        top + 20,
        d.previous,
        `${options.previousLabel} ${d.previousText}`,
        'bar previous',
        ` fill="url(#${pattern})"`,
      ),
      bar(top + 20 + BAR + 4, d.current, `${options.currentLabel} ${d.currentText}`, 'bar'),
      '</g>',
    ].join('');
  });
  return frame(options, width, px(data.length * rowHeight), `${defs}\n${rows.join('\n')}`);
}

export interface ChangeDatum {
  label: string;
  value: number;
  valueText: string;
}

/**
 * Signed changes as bars from a zero line: decreases to the left, increases to the right. The
 * printed value says 减少 or 增加, so the direction never depends on colour.
 */
export function changeChart(data: readonly ChangeDatum[], options: BarOptions): string {
  const width = options.width ?? 360;
  const low = Math.min(0, ...data.map((d) => d.value));
  const high = Math.max(0, ...data.map((d) => d.value));
  const x = scaleLinear()
    .domain([low, high === low ? 1 : high])
    .range([low < 0 ? CHANGE_TEXT : 0, width - (high > 0 ? CHANGE_TEXT : 0)]);
  const zero = x(0);
  const rows = data.map((d, i) => {
    const top = i * ROW;
    const end = x(d.value);
    const negative = d.value < 0;
    return [
      `<g class="row">`,
      textEl(0, top + 14, d.label, 'class="label"'),
      rect(
        Math.min(zero, end),
        top + 20,
        Math.abs(end - zero),
        BAR,
        negative ? 'bar decrease' : 'bar increase',
      ),
      textEl(
        negative ? end - 6 : end + 6,
        top + 20 + BAR - 3,
        d.valueText,
        `class="value" text-anchor="${negative ? 'end' : 'start'}"`,
      ),
      '</g>',
    ].join('');
  });
  const axis = `<line class="axis" x1="${px(zero)}" x2="${px(zero)}" y1="18" y2="${data.length * ROW}"/>`;
  return frame(options, width, data.length * ROW + 4, `${axis}\n${rows.join('\n')}`);
}
