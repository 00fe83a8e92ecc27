import { describe, expect, it } from 'vitest';
import { matchColumns, normaliseHeader } from '../../../src/authoring/columns.ts';
import { chooseTable, missingColumns } from '../../../src/authoring/table.ts';

describe('normaliseHeader', () => {
  it.each([
    ['指标权重（分）', '指标权重'],
    ['指标得分(分)', '指标得分'],
    ['年度指标值（A）', '年度指标值'],
    ['实际完成值（B）', '实际完成值'],
    [' 三级\n指标 ', '三级指标'],
    ['完成率（%）', '完成率'],
    ['分　值【分】', '分值'],
  ])('%s → %s', (header, expected) => {
    expect(normaliseHeader(header)).toBe(expected);
  });
});

describe('matchColumns', () => {
  it('matches the MoF 自评表 wording', () => {
    const match = matchColumns([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值（A）',
      '实际完成值（B）',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ]);
    expect(match.index).toEqual({
      level1: 0,
      level2: 1,
      level3: 2,
      target: 3,
      actual: 4,
      weight: 5,
      score: 6,
      note: 7,
    });
    expect(chooseTable(match)).toBe('indicators');
  });

  it('matches other variants and prefers the full-year target', () => {
    const match = matchColumns([
      '序号',
      '指标名称',
      '年初指标值',
      '全年指标值',
      '全年完成值',
      '指标权重（分）',
      '指标得分（分）',
      '计量单位',
    ]);
    expect(match.index).toMatchObject({
      level3: 1,
      target: 3,
      actual: 4,
      weight: 5,
      score: 6,
      unit: 7,
    });
    expect(match.choices).toEqual([
      { column: 'target', taken: '全年指标值', others: ['年初指标值'] },
    ]);
  });

  it('does not take a longer header for a shorter name', () => {
    expect(matchColumns(['指标值说明']).index).toEqual({});
  });

  it('chooses goals without weights and scores, and names what is missing', () => {
    const goals = matchColumns(['二级指标', '三级指标', '指标值', '计量单位']);
    expect(chooseTable(goals)).toBe('goals');
    expect(missingColumns('goals', goals)).toEqual([]);
    expect(missingColumns('indicators', goals)).toEqual([
      '“一级指标”',
      '“分值”（或 “指标权重”、“权重”、“指标分值”）',
      '“得分”（或 “指标得分”、“自评得分”、“评分”）',
    ]);
  });
});
