import { scaleLinear } from 'd3-scale';
import { type ChartText, frame, px, rect, textEl } from './svg.ts';

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
  const rows = data.map((d, i) => {
    const top = i * rowHeight;
    const x = scaleLinear()
      .domain([0, Math.max(d.target, d.actual) * 1.1 || 1])
      .range([0, width - 4]);
    const mark = px(x(d.target));
    return [
      `<g class="row">`,
      textEl(0, top + 14, d.label, 'class="label"'),
      rect(0, top + 22, width - 4, 14, 'track'),
      rect(0, top + 24, x(d.actual), 10, d.met ? 'bar' : 'bar unmet'),
      `<line class="target" x1="${mark}" x2="${mark}" y1="${top + 18}" y2="${top + 40}"/>`,
      textEl(0, top + 54, d.text, 'class="value"'),
      '</g>',
    ].join('');
  });
  return frame(options, width, data.length * rowHeight, rows.join('\n'));
}
