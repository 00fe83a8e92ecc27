import { describe, expect, it } from 'vitest';
import { groupedBarChart } from '../../../src/charts/grouped.ts';

const data = [
  {
    label: '教育支出',
    values: [
      { series: '2022', value: 19420.5, valueText: '19,420.50 万元' },
      { series: '2023', value: 20116.8, valueText: '20,116.80 万元' },
    ],
  },
  {
    label: '农林水支出',
    values: [
      { series: '2022', value: 8830.2, valueText: '8,830.20 万元' },
      { series: '2023', value: undefined, valueText: '无' },
    ],
  },
];
const svg = groupedBarChart(data, {
  id: 'g',
  title: '全区支出预算按功能分类（历年）',
  description: '各年度加总',
});

describe('groupedBarChart', () => {
  it('matches the golden SVG', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/grouped-classes.svg');
  });

  it('draws a bar per known value, proportional, and none for a missing one', () => {
    const widths = [...svg.matchAll(/<rect class="bar"[^>]*width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toHaveLength(3);
    expect(widths[1]).toBe(320);
    expect(widths[0]).toBeCloseTo((320 * 19420.5) / 20116.8, 0);
    expect(svg).toContain('>2023  无</text>');
  });

  it('labels every bar with its year in text, so colour is never the only cue', () => {
    expect(svg.match(/class="value series">20(22|23) /g)).toHaveLength(4);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="g-title g-desc"/);
  });
});

describe('groupedBarChart without data', () => {
  it('says 无数据 instead of drawing nothing', async () => {
    const blank = groupedBarChart([], { id: 'e', title: '无', description: '没有数据' });
    await expect(blank).toMatchFileSnapshot('__snapshots__/grouped-empty.svg');
    expect(blank).toContain('>无数据</text>');
  });
});
