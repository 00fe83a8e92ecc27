// The charts at the edges of their data: nothing to draw, only negative values, a single point,
// labels far longer than the chart is wide. Each has a golden SVG and a check that can fail.
import { describe, expect, it } from 'vitest';
import { barChart, changeChart, pairedBarChart } from '../../../src/charts/bars.ts';
import { goalChart } from '../../../src/charts/goals.ts';
import { lineChart } from '../../../src/charts/line.ts';

const text = { id: 'e', title: '图', description: '说明' };
const format = (v: number) => v.toFixed(2);

/** Every rectangle as [x, width], read back from the SVG. */
const rects = (svg: string, cls = 'bar') =>
  [
    ...svg.matchAll(
      new RegExp(`<rect class="${cls}[^"]*" x="([-\\d.]+)" y="[-\\d.]+" width="([\\d.]+)"`, 'g'),
    ),
  ].map((m) => [Number(m[1]), Number(m[2])] as const);
const viewBox = (svg: string) =>
  (/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)?.slice(1) ?? []).map(Number);

describe('an empty dataset', () => {
  it.each([
    ['bar', barChart([], text)],
    ['paired', pairedBarChart([], { ...text, previousLabel: '2019', currentLabel: '2020' })],
    ['change', changeChart([], text)],
    ['goals', goalChart([], text)],
    ['line', lineChart([], { ...text, format, unit: '万元' })],
  ])('%s: says 无数据 instead of drawing a blank chart', async (name, svg) => {
    await expect(svg).toMatchFileSnapshot(`__snapshots__/empty-${name}.svg`);
    expect(svg).toContain('>无数据</text>');
    expect(svg).not.toContain('<rect class="bar');
    expect(viewBox(svg)[1]).toBeGreaterThan(20);
  });
});

describe('all-negative values', () => {
  const data = [
    { label: '基本支出', value: -120.5, valueText: '减少 120.50 万元' },
    { label: '项目支出', value: -36.26, valueText: '减少 36.26 万元' },
  ];

  it.each([
    ['bar', barChart(data, text)],
    ['change', changeChart(data, text)],
  ])('%s: bars run left from the zero line and stay inside the chart', async (name, svg) => {
    await expect(svg).toMatchFileSnapshot(`__snapshots__/negative-${name}.svg`);
    const bars = rects(svg);
    expect(bars).toHaveLength(2);
    const [width = 0] = viewBox(svg);
    const zero = Math.max(...bars.map(([x, w]) => x + w));
    for (const [x, w] of bars) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeCloseTo(zero, 0);
      expect(w).toBeGreaterThan(0);
    }
    expect(zero).toBeLessThanOrEqual(width);
    // The larger decrease is the longer bar.
    expect(bars[0]?.[1]).toBeGreaterThan(bars[1]?.[1] ?? 0);
    // The printed value sits on its own line under the bar, inside the chart.
    expect(svg).toMatch(/<text x="0" y="[\d.]+" class="value">减少 120\.50 万元</);
  });

  it('line: points below zero stay inside the plot', async () => {
    const svg = lineChart(
      [
        { year: 2019, value: -5, source: 'report' },
        { year: 2020, value: -20, source: 'report' },
      ],
      { ...text, format, unit: '万元' },
    );
    await expect(svg).toMatchFileSnapshot('__snapshots__/negative-line.svg');
    const [, height = 0] = viewBox(svg);
    const ys = [...svg.matchAll(/<circle cx="[\d.]+" cy="([-\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(2);
    for (const y of ys) {
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
    expect(ys[1]).toBeGreaterThan(ys[0] ?? 0);
  });

  it('goals: a target that is not positive has no ratio to draw, and says so', async () => {
    const svg = goalChart(
      [
        {
          label: '投诉增长率',
          target: -5,
          actual: -8,
          status: 'met',
          text: '目标 ≤ -5% · 实际 -8%',
        },
      ],
      text,
    );
    await expect(svg).toMatchFileSnapshot('__snapshots__/negative-goals.svg');
    expect(rects(svg).filter(([, w]) => w !== 22)).toEqual([]);
    expect(svg).toContain('目标不是正数，不按比例绘制');
  });
});

describe('a single point', () => {
  it('line: one dot in the middle, no line to draw', async () => {
    const svg = lineChart([{ year: 2020, value: 4805.67, source: 'report' }], {
      ...text,
      format,
      unit: '万元',
    });
    await expect(svg).toMatchFileSnapshot('__snapshots__/single-line.svg');
    const cx = Number(/<circle cx="([\d.]+)"/.exec(svg)?.[1]);
    const left = Number(/<line class="axis" x1="([\d.]+)" x2="[\d.]+" y1="46"/.exec(svg)?.[1]);
    expect(cx).toBeCloseTo((left + 316) / 2, 0);
    expect(svg).toContain('>4805.67</text>');
    expect(svg).toMatch(/<path class="line" d="M[\d.]+,[\d.]+Z?"\/>|^(?![\s\S]*<path)/);
  });

  it('bar: one bar the full scale long', async () => {
    const svg = barChart([{ label: '科学技术支出', value: 3680.93, valueText: '3,680.93' }], text);
    await expect(svg).toMatchFileSnapshot('__snapshots__/single-bar.svg');
    expect(rects(svg)).toEqual([[0, 320]]);
  });
});

describe('very long labels', () => {
  const long =
    '重庆市万州区科学技术局关于科技特派员服务乡村振兴及农业科技成果转化推广项目的专项资金支出';

  it('bar: the label wraps onto lines within the chart and pushes the next row down', async () => {
    const svg = barChart(
      [
        { label: long, value: 10, valueText: '10.00 万元' },
        { label: '住房保障支出', value: 5, valueText: '5.00 万元' },
      ],
      text,
    );
    await expect(svg).toMatchFileSnapshot('__snapshots__/long-bar.svg');
    const lines = [...svg.matchAll(/<tspan x="0" y="[\d.]+">([^<]+)<\/tspan>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(long);
    // Measured at the 大字 size: 16.25 units a character in a 320-unit chart.
    for (const line of lines) expect((line ?? '').length * 16.25).toBeLessThanOrEqual(320);
    // The second row starts below the last line of the first row's label.
    const lastLine = Math.max(
      ...[...svg.matchAll(/<tspan x="0" y="([\d.]+)"/g)].map((m) => Number(m[1])),
    );
    const next = Number(/<text x="0" y="([\d.]+)" class="label">住房保障支出/.exec(svg)?.[1]);
    expect(next).toBeGreaterThan(lastLine + 20);
    expect(viewBox(svg)[1]).toBeGreaterThan(next);
  });

  it('goals: a long name and a long summary both wrap', async () => {
    const svg = goalChart(
      [{ label: long, target: 380, actual: 462, status: 'met', text: `${long}，目标 ≥ 380 家` }],
      text,
    );
    await expect(svg).toMatchFileSnapshot('__snapshots__/long-goals.svg');
    expect(svg.match(/<tspan/g)?.length).toBeGreaterThanOrEqual(4);
  });
});
