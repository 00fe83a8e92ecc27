import { describe, expect, it } from 'vitest';
import { barChart, changeChart, pairedBarChart } from '../../../src/charts/bars.ts';
import { goalChart } from '../../../src/charts/goals.ts';
import { escapeXml } from '../../../src/charts/svg.ts';

const classes = [
  { label: '科学技术支出', value: 3680.93, valueText: '3,680.93 万元（76.6%）' },
  { label: '社会保障和就业支出', value: 539.07, valueText: '539.07 万元（11.2%）' },
  { label: '卫生健康支出', value: 332.06, valueText: '332.06 万元（6.9%）' },
  { label: '住房保障支出', value: 253.61, valueText: '253.61 万元（5.3%）' },
];
const text = { id: 'c', title: '支出预算按功能分类', description: '合计 4,805.67 万元' };

/** Bar lengths in drawing order, read back from the SVG. */
const widths = (svg: string, cls = 'bar') =>
  [...svg.matchAll(new RegExp(`<rect class="${cls}"[^>]*width="([\\d.]+)"`, 'g'))].map((m) =>
    Number(m[1]),
  );

describe('barChart', () => {
  const svg = barChart(classes, text);

  it('matches the golden SVG', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/bar-expenditure.svg');
  });

  it('is an accessible image with title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="c-title c-desc"/);
    expect(svg).toContain('<title id="c-title">支出预算按功能分类</title>');
    expect(svg).toContain('<desc id="c-desc">合计 4,805.67 万元</desc>');
  });

  it('draws bars proportional to the values and prints every value', () => {
    const [first = 0, ...rest] = widths(svg);
    expect(first).toBe(320);
    rest.forEach((w, i) => {
      expect(w).toBeCloseTo((320 * (classes[i + 1]?.value ?? 0)) / 3680.93, 0);
    });
    for (const c of classes) expect(svg).toContain(`>${c.valueText}</text>`);
  });

  it('draws zero as an empty bar, not a missing row', () => {
    const zero = barChart([{ label: '其他收入', value: 0, valueText: '0.00 万元' }], text);
    expect(widths(zero)).toEqual([0]);
    expect(zero).toContain('0.00 万元');
  });

  it('escapes text', () => {
    expect(escapeXml('<script>&"')).toBe('&lt;script&gt;&amp;&quot;');
    expect(barChart([{ label: '<b>', value: 1, valueText: '1' }], text)).toContain('&lt;b&gt;');
  });
});

describe('pairedBarChart', () => {
  const svg = pairedBarChart(
    [
      {
        label: '支出预算合计',
        previous: 4962.43,
        current: 4805.67,
        previousText: '4,962.43 万元',
        currentText: '4,805.67 万元',
      },
    ],
    { ...text, id: 'p', previousLabel: '2019年', currentLabel: '2020年' },
  );
  it('matches the golden SVG', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/paired-yoy.svg');
  });
  it('labels each bar with its year and hatches the previous year', () => {
    expect(svg).toContain('2019年 4,962.43 万元');
    expect(svg).toContain('2020年 4,805.67 万元');
    expect(svg).toContain('fill="url(#p-hatch)"');
  });
});

describe('changeChart', () => {
  const rows = [
    { label: '支出合计', value: -156.76, valueText: '减少 156.76 万元' },
    { label: '基本支出', value: -145.76, valueText: '减少 145.76 万元' },
    { label: '项目支出', value: -11, valueText: '减少 11.00 万元' },
  ];
  const svg = changeChart(rows, { ...text, id: 'd' });
  it('matches the golden SVG', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/change-yoy.svg');
  });
  it('draws decreases leftwards from the zero line, to scale', () => {
    const [a = 0, b = 0, c = 0] = widths(svg, 'bar decrease');
    expect(a).toBe(320);
    expect(b / a).toBeCloseTo(145.76 / 156.76, 2);
    expect(c / a).toBeCloseTo(11 / 156.76, 2);
    expect(svg).toContain('x1="320"');
  });
  it('puts a mixed series around a zero line in the middle', () => {
    const mixed = changeChart(
      [
        { label: '增', value: 10, valueText: '增加 10.00 万元' },
        { label: '减', value: -10, valueText: '减少 10.00 万元' },
      ],
      { ...text, id: 'm' },
    );
    expect(mixed).toContain('class="bar increase"');
    expect(mixed).toContain('class="bar decrease"');
    expect(mixed).toContain('x1="160"');
  });
});

describe('goalChart', () => {
  const svg = goalChart(
    [
      {
        label: '科技型企业',
        target: 380,
        actual: 462,
        status: 'met',
        text: '目标 ≥ 380 家 · 实际 462 家 · 已达成',
      },
      {
        label: '培训场次',
        target: 30,
        actual: 20,
        status: 'not-met',
        text: '目标 ≥ 30 场 · 实际 20 场 · 未达成',
      },
      {
        label: '区级创新创业团队',
        target: 5,
        actual: 14,
        status: 'met',
        estimated: true,
        text: '目标 ≥ 5 支 · 实际 预计 14 支 · 已达成（预计）',
      },
      {
        label: '区级媒体报道',
        target: 50,
        actual: 60,
        status: 'not-judged',
        text: '目标 50 篇 · 实际 60 篇 · 报告未判断是否达成',
      },
    ],
    { ...text, id: 'g' },
  );
  it('matches the golden SVG', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/goals.svg');
  });
  const bars = [...svg.matchAll(/<rect class="(bar [^"]*)" x="0" y="[\d.]+" width="([\d.]+)"/g)]
    .filter((m) => !m[1]?.includes('swatch'))
    .map((m) => [m[1], Number(m[2])] as const);
  const targets = [...svg.matchAll(/<line class="target" x1="([\d.]+)"/g)].map((m) => Number(m[1]));
  it('draws every row on one scale relative to its target: the target at 100%', () => {
    // 462 / 380 = 1.22 and 20 / 30 = 0.67 of the same target length; 14 / 5 = 2.8 breaks at 200%.
    const [, ...rowTargets] = targets;
    expect(new Set(rowTargets)).toEqual(new Set([156]));
    expect(bars.map(([, w]) => w)).toEqual([
      Math.round(156 * (462 / 380) * 10) / 10,
      Math.round(156 * (20 / 30) * 10) / 10,
      312,
      Math.round(156 * (60 / 50) * 10) / 10,
    ]);
    expect(svg).toContain('class="break"');
    expect(svg).toContain('为目标的 280%');
  });
  it('tells status and estimates apart by more than colour, and names each in the legend', () => {
    expect(bars.map(([c]) => c)).toEqual([
      'bar met',
      'bar unmet',
      'bar met estimated',
      'bar unjudged',
    ]);
    expect(svg).toContain('fill="url(#g-estimate)"');
    for (const words of [
      '竖线：目标（100%）',
      '已达成',
      '未达成',
      '报告未判断是否达成',
      '完成值为预计数',
    ])
      expect(svg).toContain(words);
  });
  it('leaves out of the legend what it does not draw', () => {
    const one = goalChart([{ label: 'a', target: 1, actual: 2, status: 'met', text: 't' }], text);
    expect(one).not.toContain('未达成');
    expect(one).not.toContain('预计');
  });
});

describe('coordinates', () => {
  it('are rounded to 0.1, so goldens do not churn on floating-point noise', () => {
    const thirds = [1, 2, 3].map((v) => ({ label: `第${v}项`, value: v / 3, valueText: '' }));
    const svg = barChart(thirds, { ...text, width: 333 });
    const numbers = [...svg.matchAll(/ (?:x|y|width|height)="([^"]+)"/g)].map((m) => m[1]);
    expect(numbers.length).toBeGreaterThan(6);
    for (const n of numbers) expect(n).toMatch(/^-?\d+(\.\d)?$/);
  });
});
