import { scaleLinear } from 'd3-scale';
import { el } from './element.ts';
import { type ChartText, empty, frame, LINE, label, rect, wrap } from './svg.ts';

export interface GoalDatum {
  label: string;
  /** The target (lower bound of a range). */
  target: number;
  actual: number;
  /** Printed summary, e.g. 目标 ≥ 380 家，实际 462 家（已达成）. */
  text: string;
  /** Met or not: drawn as a solid or a hollow bar and stated in `text`. */
  met: boolean;
}

/**
 * One bullet row per goal, each on its own scale (units differ): the bar is the actual, the
 * vertical mark the target. The printed text states both values and the status.
 */
export function goalChart(
  data: readonly GoalDatum[],
  options: ChartText & { width?: number },
): string {
  const width = options.width ?? 360;
  const rowHeight = 62;
  if (data.length === 0) return frame(options, width, rowHeight, [empty()]);
  let top = 0;
  const rows = data.map((d) => {
    const names = wrap(d.label, width);
    const lines = wrap(d.text, width);
    const y = top + (names.length - 1) * LINE;
    const low = Math.min(0, d.target, d.actual) * 1.1;
    const high = Math.max(0, d.target, d.actual) * 1.1;
    const x = scaleLinear()
      .domain([low, high || (low ? 0 : 1)])
      .range([0, width - 4]);
    const zero = x(0);
    const row = el(
      'g',
      { class: 'row' },
      label(0, top + 14, names, { class: 'label' }),
      rect(0, y + 22, width - 4, 14, 'track'),
      rect(
        Math.min(zero, x(d.actual)),
        y + 24,
        Math.abs(x(d.actual) - zero),
        10,
        d.met ? 'bar' : 'bar unmet',
      ),
      el('line', { class: 'target', x1: x(d.target), x2: x(d.target), y1: y + 18, y2: y + 40 }),
      label(0, y + 54, lines, { class: 'value' }),
    );
    top = y + rowHeight + (lines.length - 1) * LINE;
    return row;
  });
  return frame(options, width, top, rows);
}
