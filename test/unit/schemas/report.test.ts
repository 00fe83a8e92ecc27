import { describe, expect, it } from 'vitest';
import { derivedSchema } from '../../../src/schemas/data.ts';
import { goalStatusSchema } from '../../../src/schemas/goals.ts';
import { formatIssue } from '../../../src/schemas/issues.ts';
import { parseWithIssues } from '../../../src/schemas/parse.ts';
import { reportSchema } from '../../../src/schemas/report.ts';
import { fixtureSource } from '../../helpers.ts';

type Data = Record<string, any>;
const FULL = 'test/fixtures/variants/reports/full-ju/2023.mdx';

function issues(data: Data): string[] {
  const result = parseWithIssues(reportSchema, data, 'r.mdx');
  return result.ok ? [] : result.issues.map(formatIssue);
}
function full(change: (data: Data) => void): string[] {
  const { data } = fixtureSource(FULL);
  change(data);
  return issues(data);
}

describe('reportSchema', () => {
  it('requires only org, year and title', () => {
    expect(issues({ org: 'x', year: 2022, title: '某局2022年度报告' })).toEqual([]);
    expect(issues({ org: 'x', year: 2022 })).toEqual([
      '✗ r.mdx\n  字段：title（报告标题）\n  应为：必填字段（文字）\n  实为：（未填写）',
    ]);
  });

  it('accepts every optional block of the full fixture', () => {
    expect(full(() => {})).toEqual([]);
  });

  it('suggests the known key for a misspelt one inside the new blocks', () => {
    expect(full((d) => (d.threePublic.recepton = d.threePublic.reception))).toEqual([
      '✗ r.mdx\n  字段：threePublic.recepton（三公经费 › recepton）\n  应为：已知字段之一：total、abroad、vehicles、reception、change（是否想写 reception？）\n  实为：未知字段“recepton”',
    ]);
    expect(full((d) => (d.staffing[0].retiree = 1))[0]).toContain('是否想写 retirees？');
    expect(full((d) => (d.expenditure.execution.carryOver = 1))[0]).toContain(
      '是否想写 carryover？',
    );
  });

  it('keeps head counts whole and amounts to two decimals', () => {
    expect(full((d) => (d.staffing[0].others[0].count = 1.5))[0]).toContain('应为：整数');
    expect(full((d) => (d.threePublic.abroad.budget = 1.234))[0]).toContain('金额最多保留两位小数');
  });

  it('leaves the comparator out for a bare target and takes basis growth', () => {
    const { data } = fixtureSource(FULL);
    const result = reportSchema.parse(data);
    const [growth, bare] = result.goals?.[1]?.indicators ?? [];
    expect(growth?.basis).toBe('growth');
    expect(bare?.comparator).toBeUndefined();
    expect(full((d) => (d.goals[1].indicators[0].basis = 'rate'))[0]).toContain(
      '以下之一：level、growth',
    );
  });
});

describe('derivedSchema', () => {
  it('names every goal status the view can give, and rejects others', () => {
    expect(goalStatusSchema.options).toEqual([
      'met',
      'not-met',
      'not-stated',
      'not-judged',
      'qualitative',
    ]);
    const base = {
      goals: [{ id: 'a', status: 'unknown', estimated: false }],
      goalSummary: {
        total: 1,
        quantitative: 0,
        met: 0,
        notMet: 0,
        notStated: 0,
        notJudged: 0,
        qualitative: 0,
        qualitativeNotStated: 0,
        estimated: 0,
        tasks: 0,
        tasksNotStated: 0,
      },
      disclosure: [],
    };
    expect(derivedSchema.safeParse(base).success).toBe(false);
    expect(
      derivedSchema.safeParse({ ...base, goals: [{ id: 'a', status: 'met', estimated: false }] })
        .success,
    ).toBe(true);
  });
});
