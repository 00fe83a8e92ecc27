import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { el, type SvgElement } from './element.ts';
import { type ChartText, empty, FONT, frame, LINE, label, NARROW, rect, wrap } from './svg.ts';

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
const AFTER = 12;

/**
 * Small multiples as horizontal bars: one group per label, one bar per series inside it, every
 * bar led by a line naming its series and printing its value, so years are told apart by text,
 * never by colour alone. A series without a value prints its text with no bar (no zero). All
 * groups share one scale, so bars compare across groups as well as within them.
 */
export function groupedBarChart(data: readonly GroupedDatum[], options: GroupedOptions): string {
  const width = options.width ?? NARROW;
  if (data.length === 0) return frame(options, width, 28, [empty()]);
  const x = scaleLinear()
    .domain([0, max(data.flatMap((d) => d.values.map((v) => v.value ?? 0))) || 1])
    .range([0, width]);
  let top = 0;
  const groups: SvgElement[] = data.map((d) => {
    const lines = wrap(d.label, width);
    const children: SvgElement[] = [label(0, top + FONT, lines, { class: 'label' })];
    let y = top + lines.length * LINE + 4;
    for (const v of d.values) {
      const printed = wrap(`${v.series}  ${v.valueText}`, width);
      children.push(label(0, y + FONT, printed, { class: 'value series' }));
      y += printed.length * LINE + 2;
      if (v.value !== undefined) {
        children.push(rect(0, y, x(v.value), BAR, 'bar'));
        y += BAR;
      }
      y += 6;
    }
    top = y + AFTER;
    return el('g', { class: 'group' }, ...children);
  });
  return frame(options, width, top, groups);
}
