import { describe, expect, it } from 'vitest';
import {
  indicatorConsistencyIssues,
  type LocatedReport,
} from '../../../src/lib/indicator-consistency.ts';
import { formatIssue } from '../../../src/schemas/issues.ts';
import { reportSchema } from '../../../src/schemas/report.ts';
import { fixtureSource } from '../../helpers.ts';

type Ind = Record<string, unknown>;

/** A report of test-ju for `year` whose one goal area holds `indicators`, at line 40 + index. */
function report(year: number, indicators: Ind[], org = 'test-ju'): LocatedReport {
  const { data } = fixtureSource();
  const parsed = reportSchema.parse({
    ...data,
    org,
    year,
    goals: [{ area: '测试目标', indicators: indicators.map((i) => ({ name: '指标', ...i })) }],
  });
  return {
    file: `reports/${org}/${year}.mdx`,
    data: parsed,
    locate: (path) => (path[0] === 'goals' ? 40 + Number(path[3] ?? 0) : undefined),
  };
}

const cases = { id: 'cases', unit: '件', comparator: '>=', target: 100 };

describe('indicatorConsistencyIssues', () => {
  it('accepts an indicator that keeps its meaning, reworded and re-targeted', () => {
    const issues = indicatorConsistencyIssues([
      report(2022, [cases]),
      report(2023, [{ ...cases, name: '办结案件数', target: 150, comparator: '>' }]),
    ]);
    expect(issues).toEqual([]);
  });

  it('names both files and lines when the unit and the direction change', () => {
    const issues = indicatorConsistencyIssues([
      report(2023, [
        { id: 'other', unit: '次', target: 1, comparator: '=' },
        { ...cases, unit: '万元', comparator: '<=' },
      ]),
      report(2022, [cases]),
    ]);
    expect(issues.map(formatIssue)).toEqual([
      [
        '✗ reports/test-ju/2023.mdx:41',
        '  字段：goals[0].indicators[1].unit（年度工作目标 › 第1项 › 绩效指标 › 第2项 › 计量单位）',
        '  应为：与 reports/test-ju/2022.mdx:40（2022 年）相同的计量单位 “件”：同一指标标识“cases”在各年度含义不变；如果指标确已重新定义，请改用新的指标标识（id）',
        '  实为：2023 年为 “万元”',
      ].join('\n'),
      expect.stringContaining('实为：2023 年为 “<=”（越少越好）'),
    ]);
  });

  it('rejects a level turned into a growth rate', () => {
    const issues = indicatorConsistencyIssues([
      report(2022, [cases]),
      report(2023, [{ ...cases, unit: undefined, basis: 'growth', growthRate: 5 }]),
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('goals[0].indicators[0].basis');
    expect(issues[0]?.found).toBe('2023 年为 增长率（growth）');
  });

  it('compares each year with the first that stated the property, not only neighbours', () => {
    const issues = indicatorConsistencyIssues([
      report(2021, [cases]),
      report(2022, [{ ...cases, unit: undefined }]),
      report(2023, [{ ...cases, unit: '个' }]),
    ]);
    expect(issues.map((i) => `${i.file} ${i.expected.slice(0, 39)}`)).toEqual([
      'reports/test-ju/2023.mdx 与 reports/test-ju/2021.mdx:40（2021 年）相同',
    ]);
  });

  it('leaves unstated properties, ％ against %, and other departments alone', () => {
    const issues = indicatorConsistencyIssues([
      report(2021, [{ id: 'rate', unit: '%', comparator: '>=', target: 90 }]),
      report(2022, [{ id: 'rate', unit: '％', target: 90 }]),
      report(2023, [{ id: 'rate', comparator: 'qualitative', target: '满意' }]),
      report(2022, [{ id: 'rate', unit: '件', comparator: '<', target: 1 }], 'other-ju'),
    ]);
    expect(issues).toEqual([]);
  });
});
