import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { type ChartText, frame, px, rect, textEl } from './svg.ts';

export interface GroupedDatum {
  /** The group's label, e.g. a function class. */
  label: string;
  /** One bar per series (year), in the same order in every group; undefined where there is no value. */
  values: { series: string; value: number | undefined; valueText: string }[];
}

export interface GroupedOptions extends ChartText {
  width?: number;
}

const LABEL = 20;
const BAR = 12;
const GAP = 3;
const AFTER = 10;
const VALUE_SPACE = 190;

/**
 * Small multiples as horizontal bars: one group per label, one bar per series inside it, every
 * bar led by its series name and followed by its printed value, so years are told apart by
 * text, never by colour alone. A series without a value prints its text with no bar (no zero).
 */
export function groupedBarChart(data: readonly GroupedDatum[], options: GroupedOptions): string {
  const width = options.width ?? 480;
  const seriesWidth = 44;
  const x = scaleLinear()
    .domain([0, max(data.flatMap((d) => d.values.map((v) => v.value ?? 0))) || 1])
    .range([0, width - seriesWidth - VALUE_SPACE]);
  let top = 0;
  const groups = data.map((d) => {
    const parts = [`<g class="group">`, textEl(0, top + 14, d.label, 'class="label"')];
    let y = top + LABEL;
    for (const v of d.values) {
      parts.push(textEl(0, y + BAR - 2, v.series, 'class="value series"'));
      const length = v.value === undefined ? 0 : x(v.value);
      if (v.value !== undefined) parts.push(rect(seriesWidth, y, length, BAR, 'bar'));
      parts.push(textEl(seriesWidth + length + 6, y + BAR - 2, v.valueText, 'class="value"'));
      y += BAR + GAP;
    }
    parts.push('</g>');
    top = y + AFTER;
    return parts.join('');
  });
  return frame(options, width, px(top), groups.join('\n'));
}
