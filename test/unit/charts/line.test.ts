import { describe, expect, it } from 'vitest';
import { lineChart } from '../../../src/charts/line.ts';
import type { TrendPoint } from '../../../src/lib/trends.ts';

const points: TrendPoint[] = [
  { year: 2019, value: 1200, source: 'report' },
  { year: 2020, value: 1255, source: 'report' },
  { year: 2021, value: 1323, source: 'next-report' },
  { year: 2022, value: undefined, source: 'missing' },
  { year: 2023, value: 1350.8, source: 'report' },
];
const options = {
  id: 't',
  title: '支出预算总额',
  description: '逐年',
  format: (v: number) => v.toFixed(2),
  unit: '万元',
};

describe('lineChart', () => {
  const svg = lineChart(points, options);

  it('matches the golden SVG', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/line-total.svg');
  });

  it('breaks the line at a missing year instead of dropping to zero', () => {
    const path = /<path class="line" d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(path.match(/M/g)).toHaveLength(2);
    expect(svg).toContain('报告未说明：2022年');
    expect(svg).not.toContain('>0.00<');
  });

  it('marks values taken from the next report as hollow, with a note', () => {
    expect(svg.match(/class="dot hollow"/g)).toHaveLength(1);
    expect(svg).toContain('1323.00*');
    expect(svg).toContain('由下一年度报告推算');
  });

  it('labels the latest and earliest points and every year that fits, and says where the rest are', () => {
    for (const label of ['1200.00', '1350.80', '2019', '2023']) expect(svg).toContain(`>${label}`);
    expect(svg).toContain('未标注的数值见数据表');
  });

  it('has a y-axis with ticks and its unit', () => {
    expect(svg).toContain('>单位：万元</text>');
    for (const tick of ['0', '500', '1,000', '1,500']) expect(svg).toContain(`>${tick}</text>`);
  });

  it('uses a fixed domain when given (scores 0–100)', () => {
    const scores = lineChart([{ year: 2020, value: 100, source: 'report' }], {
      ...options,
      domain: [0, 100],
    });
    // The top of the plot: two lines (unit and value label) below the top of the chart.
    expect(scores).toContain('cy="46"');
    expect(scores).toContain('>100</text>');
  });
});
