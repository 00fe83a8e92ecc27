// The charts as a phone shows them: 元 amounts of eight digits and more, ten and more years, long
// names. Every text must stay inside the viewBox and no two texts on one line may overlap, at the
// 大字 size the layouts are measured for (src/charts/svg.ts).
import { describe, expect, it } from 'vitest';
import { barChart, changeChart, pairedBarChart } from '../../../src/charts/bars.ts';
import { goalChart } from '../../../src/charts/goals.ts';
import { groupedBarChart } from '../../../src/charts/grouped.ts';
import { lineChart } from '../../../src/charts/line.ts';
import { textWidth } from '../../../src/charts/svg.ts';
import type { TrendPoint } from '../../../src/lib/trends.ts';

const text = { id: 'p', title: '图', description: '说明' };
const long =
  '重庆市万州区科学技术局关于科技特派员服务乡村振兴及农业科技成果转化推广项目的专项资金支出';

interface Box {
  content: string;
  from: number;
  to: number;
  y: number;
}

/** Each text line's estimated box: its x, anchor and estimated width (the one the layout used). */
function boxes(svg: string): Box[] {
  const out: Box[] = [];
  for (const m of svg.matchAll(/<text ([^>]*)>(.*?)<\/text>/g)) {
    const attrs = m[1] ?? '';
    const inner = m[2] ?? '';
    const anchor = /text-anchor="(\w+)"/.exec(attrs)?.[1] ?? 'start';
    const lines = inner.includes('<tspan')
      ? [...inner.matchAll(/<tspan x="([-\d.]+)" y="([-\d.]+)">([^<]*)<\/tspan>/g)].map((t) => ({
          x: Number(t[1]),
          y: Number(t[2]),
          s: t[3] ?? '',
        }))
      : [
          {
            x: Number(/(?:^|\s)x="([-\d.]+)"/.exec(attrs)?.[1]),
            y: Number(/(?:^|\s)y="([-\d.]+)"/.exec(attrs)?.[1]),
            s: inner,
          },
        ];
    for (const { x, y, s } of lines) {
      const content = s.replaceAll('&amp;', '&');
      const w = textWidth(content);
      const from = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
      out.push({ content, from, to: from + w, y });
    }
  }
  return out;
}

const width = (svg: string) => Number(/viewBox="0 0 ([\d.]+)/.exec(svg)?.[1]);

/** Every text inside the chart, and none overlapping another on the same line (±8 units). */
function expectLegible(svg: string) {
  const all = boxes(svg);
  expect(all.length).toBeGreaterThan(0);
  for (const b of all) {
    expect(b.from, b.content).toBeGreaterThanOrEqual(-0.5);
    expect(b.to, b.content).toBeLessThanOrEqual(width(svg) + 0.5);
  }
  for (const [i, a] of all.entries())
    for (const b of all.slice(i + 1))
      if (Math.abs(a.y - b.y) < 14)
        expect(a.to <= b.from || b.to <= a.from, `${a.content} / ${b.content}`).toBe(true);
}

const yuan = [
  { label: '一般公共预算财政拨款收入', value: 68905000.5, valueText: '68,905,000.50 元（88.7%）' },
  { label: long, value: 8795000, valueText: '8,795,000.00 元（11.3%）' },
];

describe('元 amounts of eight digits and more', () => {
  it('bar: every value is printed whole, inside the chart', async () => {
    const svg = barChart(yuan, text);
    await expect(svg).toMatchFileSnapshot('__snapshots__/phone-bar-yuan.svg');
    expectLegible(svg);
    expect(svg).toContain('68,905,000.50 元（88.7%）');
  });
  it('change: an increase keeps its unit', async () => {
    const svg = changeChart(
      [
        { label: '支出合计', value: 16890999.5, valueText: '增加 16,890,999.50 元' },
        { label: '项目支出', value: -1234567.89, valueText: '减少 1,234,567.89 元' },
      ],
      text,
    );
    await expect(svg).toMatchFileSnapshot('__snapshots__/phone-change-yuan.svg');
    expectLegible(svg);
    expect(svg).toContain('增加 16,890,999.50 元');
  });
  it('paired: both years, with the unit', async () => {
    const svg = pairedBarChart(
      [
        {
          label: '三公经费合计',
          previous: 60795000,
          current: 68905000.5,
          previousText: '60,795,000.00 元',
          currentText: '68,905,000.50 元',
        },
      ],
      { ...text, previousLabel: '2019年', currentLabel: '2020年' },
    );
    await expect(svg).toMatchFileSnapshot('__snapshots__/phone-paired-yuan.svg');
    expectLegible(svg);
  });
  it('grouped: long values over a shared scale', async () => {
    const svg = groupedBarChart(
      [
        {
          label: long,
          values: [
            { series: '2022', value: 123456789.01, valueText: '123,456,789.01 万元' },
            { series: '2023', value: 98765432.1, valueText: '98,765,432.10 万元' },
          ],
        },
      ],
      text,
    );
    await expect(svg).toMatchFileSnapshot('__snapshots__/phone-grouped-long.svg');
    expectLegible(svg);
  });
});

describe('ten and more years', () => {
  const points: TrendPoint[] = Array.from({ length: 12 }, (_, i) => ({
    year: 2013 + i,
    value: i === 4 ? undefined : 6890.5 + i * 613.37,
    source: i === 4 ? 'missing' : i === 3 ? 'next-report' : 'report',
  }));
  const svg = lineChart(points, {
    ...text,
    format: (v) => v.toLocaleString('en-US', { minimumFractionDigits: 2 }),
    unit: '万元',
  });
  it('matches the golden SVG', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/phone-line-12-years.svg');
  });
  it('thins value and year labels so none overlap or leave the chart', () => {
    expectLegible(svg);
    expect(svg).toContain('>2024</text>');
    expect(svg).toContain('>2013</text>');
    expect(svg).toContain('>13,637.57</text>');
    expect(svg).toContain('未标注的数值见数据表');
    expect(svg).toContain('报告未说明：2017年');
  });
  it('has a y-axis with its unit', () => {
    expect(svg).toContain('单位：万元');
    expect(svg.match(/<g class="tick">/g)?.length).toBeGreaterThanOrEqual(3);
  });
});

describe('long labels', () => {
  it('goals: names, summaries and the legend wrap inside the chart', async () => {
    const svg = goalChart(
      [
        {
          label: long,
          target: 380,
          actual: 462,
          status: 'met',
          text: `目标 ≥ 380 家 · 实际 462 家 · 已达成`,
        },
        {
          label: '区级媒体报道',
          target: 50,
          actual: 108,
          status: 'not-met',
          estimated: true,
          text: '目标 ≥ 50 篇 · 实际 预计 108 篇 · 未达成（预计）',
        },
      ],
      text,
    );
    await expect(svg).toMatchFileSnapshot('__snapshots__/phone-goals-long.svg');
    expectLegible(svg);
  });
});
