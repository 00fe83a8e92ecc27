import { scaleLinear } from 'd3-scale';
import { type Child, el, type SvgElement } from './element.ts';
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
  text,
  wrap,
} from './svg.ts';

/** What the report (or the comparison its wording allows) says of a goal. */
export type GoalChartStatus = 'met' | 'not-met' | 'not-judged';

export interface GoalDatum {
  label: string;
  /** The target (lower bound of a range). */
  target: number;
  actual: number;
  /** Printed summary, e.g. 目标 ≥ 380 家 · 实际 462 家 · 已达成. */
  text: string;
  status: GoalChartStatus;
  /** The actual is an estimate (预计): hatched, and named in the legend. */
  estimated?: boolean;
}

/** The end of the scale, as a multiple of the target; longer bars stop at a break mark. */
export const CAP = 2;
const BAR = 12;
const TRACK = 18;
const GAP = 12;
const SWATCH = 22;

const STATUS_CLASS: Record<GoalChartStatus, string> = {
  met: 'bar met',
  'not-met': 'bar unmet',
  'not-judged': 'bar unjudged',
};
const STATUS_LEGEND: Record<GoalChartStatus, string> = {
  met: '实心：已达成',
  'not-met': '空心红框：未达成',
  'not-judged': '灰色虚线框：报告未判断是否达成',
};

/** The actual as a share of the target, where that ratio means something (a positive target). */
export function goalRatio(d: Pick<GoalDatum, 'target' | 'actual'>): number | undefined {
  return d.target > 0 && d.actual >= 0 ? d.actual / d.target : undefined;
}

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/**
 * Actual against target, every row on the same scale relative to its own target: the target is
 * the line at 100% and the bar is actual ÷ target, up to a break at 200%. Goals differ in unit
 * (家, 篇, 人次), so absolute values share no scale; a ratio does, and it shows a target beaten by
 * 20% and one beaten 2.8× in proportion, where bars scaled to each row's own values all looked
 * alike. A ≤ goal (a cost, a ranking) is drawn the same way, actual ÷ target, so its bar stops
 * short of the line when it is met; the printed status says so. Estimates are hatched, status is
 * told by fill and outline as well as colour, and the legend names every kind drawn.
 */
export function goalChart(
  data: readonly GoalDatum[],
  options: ChartText & { width?: number },
): string {
  const width = options.width ?? NARROW;
  if (data.length === 0) return frame(options, width, 28, [empty()]);
  const x = scaleLinear()
    .domain([0, CAP])
    .range([0, width - 8]);
  const pattern = `${options.id}-estimate`;

  // Each legend swatch is drawn from its line's baseline `y`, with the classes of the bars it names.
  const legendItems: { swatch: (y: number) => Child; text: string }[] = [
    {
      swatch: (y) =>
        el('line', { class: 'target', x1: SWATCH / 2, x2: SWATCH / 2, y1: y - 14, y2: y + 2 }),
      text: '竖线：目标（100%）',
    },
    ...(['met', 'not-met', 'not-judged'] as const)
      .filter((s) => data.some((d) => d.status === s))
      .map((s) => ({
        swatch: (y: number) => rect(0, y - 11, SWATCH, BAR, `${STATUS_CLASS[s]} swatch`),
        text: STATUS_LEGEND[s],
      })),
    ...(data.some((d) => d.estimated)
      ? [
          {
            swatch: (y: number) =>
              rect(0, y - 11, SWATCH, BAR, 'bar estimated swatch', { fill: `url(#${pattern})` }),
            text: '斜线：完成值为预计数',
          },
        ]
      : []),
  ];
  let top = 0;
  const legend = legendItems.map((item) => {
    const lines = wrap(item.text, width - SWATCH - 8);
    const y = top + FONT;
    const g = el(
      'g',
      { class: 'legend-item' },
      item.swatch(y),
      label(SWATCH + 8, y, lines, { class: 'value' }),
    );
    top += lines.length * LINE;
    return g;
  });
  const scaleNote = wrap(
    `长度为实际÷目标（本站计算），刻度 0—${percent(CAP)}，超出者在断开处截断`,
    width,
  );
  const note = label(0, top + FONT, scaleNote, { class: 'value note' });
  top += scaleNote.length * LINE + 4;
  const ticks = [0, 1, CAP].map((t, i) =>
    text(x(t), top + FONT, i === 0 ? '0' : percent(t), {
      class: 'value',
      'text-anchor': i === 0 ? 'start' : i === 2 ? 'end' : 'middle',
    }),
  );
  top += LINE + 6;

  const rows = data.map((d) => {
    const names = wrap(d.label, width);
    const ratio = goalRatio(d);
    const printed = wrap(
      ratio === undefined
        ? `${d.text} · 目标不是正数，不按比例绘制`
        : `${d.text} · 为目标的 ${percent(ratio)}`,
      width,
    );
    const y = top + names.length * LINE;
    const marks: Child[] = [
      label(0, top + FONT, names, { class: 'label' }),
      rect(0, y, x(CAP), TRACK, 'track'),
    ];
    if (ratio !== undefined) {
      const broken = ratio > CAP;
      const end = x(Math.min(ratio, CAP));
      const cls = `${STATUS_CLASS[d.status]}${d.estimated ? ' estimated' : ''}`;
      marks.push(
        rect(0, y + (TRACK - BAR) / 2, end, BAR, cls, {
          fill: d.estimated ? `url(#${pattern})` : undefined,
        }),
      );
      if (broken) marks.push(breakMark(end - 10, y, TRACK));
    }
    marks.push(el('line', { class: 'target', x1: x(1), x2: x(1), y1: y - 3, y2: y + TRACK + 3 }));
    marks.push(label(0, y + TRACK + FONT + 2, printed, { class: 'value' }));
    top = y + TRACK + 6 + printed.length * LINE + GAP;
    return el('g', { class: 'row' }, ...marks);
  });
  return frame(options, width, top - GAP + 4, [
    el('defs', {}, hatch(pattern)),
    ...legend,
    note,
    ...ticks,
    ...rows,
  ]);
}

/** Two slanted strokes across a bar that runs past the end of the scale. */
function breakMark(x: number, y: number, height: number): SvgElement {
  return el(
    'g',
    { class: 'break' },
    el('line', { x1: x, y1: y + height, x2: x + 5, y2: y }),
    el('line', { x1: x + 5, y1: y + height, x2: x + 10, y2: y }),
  );
}
