import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { el, type SvgElement } from './element.ts';
import { type ChartText, empty, frame, LINE, label, rect, text, wrap } from './svg.ts';

export interface GroupedDatum {
  /** The group's label, e.g. a function class. */
  label: string;
  /** One bar per series (year), in the same order in every group; undefined where there is no value. */
  values: { series: string; value: number | undefined; valueText: string }[];
}

export interface GroupedOptions extends ChartText {
  width?: number;
}

const BAR = 12;
const GAP = 3;
const AFTER = 10;
const SERIES = 44;
const VALUE_SPACE = 190;

/**
 * Small multiples as horizontal bars: one group per label, one bar per series inside it, every
 * bar led by its series name and followed by its printed value, so years are told apart by
 * text, never by colour alone. A series without a value prints its text with no bar (no zero).
 */
export function groupedBarChart(data: readonly GroupedDatum[], options: GroupedOptions): string {
  const width = options.width ?? 480;
  if (data.length === 0) return frame(options, width, 20, [empty()]);
  const x = scaleLinear()
    .domain([0, max(data.flatMap((d) => d.values.map((v) => v.value ?? 0))) || 1])
    .range([0, width - SERIES - VALUE_SPACE]);
  let top = 0;
  const groups: SvgElement[] = data.map((d) => {
    const lines = wrap(d.label, width);
    const children: SvgElement[] = [label(0, top + 14, lines, { class: 'label' })];
    let y = top + 6 + lines.length * LINE;
    for (const v of d.values) {
      children.push(text(0, y + BAR - 2, v.series, { class: 'value series' }));
      const length = v.value === undefined ? 0 : x(v.value);
      if (v.value !== undefined) children.push(rect(SERIES, y, length, BAR, 'bar'));
      children.push(text(SERIES + length + 6, y + BAR - 2, v.valueText, { class: 'value' }));
      y += BAR + GAP;
    }
    top = y + AFTER;
    return el('g', { class: 'group' }, ...children);
  });
  return frame(options, width, top, groups);
}
