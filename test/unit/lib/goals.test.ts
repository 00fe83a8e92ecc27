import { describe, expect, it } from 'vitest';
import {
  achievementRatio,
  type GoalSummary,
  goalHeadline,
  goalStatus,
  previousValue,
  summarizeGoals,
} from '../../../src/lib/goals.ts';
import { type Indicator, indicatorSchema } from '../../../src/schemas/goals.ts';

const indicator = (fields: Partial<Indicator>): Indicator =>
  indicatorSchema.parse({
    id: 'x',
    name: '指标',
    unit: '家',
    comparator: '>=',
    target: 10,
    ...fields,
  });

describe('goalStatus', () => {
  it.each([
    [{ comparator: '>=', target: 380, actual: 462 }, 'met'],
    [{ comparator: '>=', target: 380, actual: 380 }, 'met'],
    [{ comparator: '>', target: 50, actual: 50 }, 'not-met'],
    [{ comparator: '>', target: 50, actual: 60 }, 'met'],
    [{ comparator: '<=', target: 10, actual: 12 }, 'not-met'],
    [{ comparator: '<', target: 10, actual: 9 }, 'met'],
    [{ comparator: '=', target: 5, actual: 5 }, 'met'],
    [{ comparator: '=', target: 5, actual: 4 }, 'not-met'],
    [{ comparator: 'range', target: [1, 2], actual: 2 }, 'met'],
    [{ comparator: 'range', target: [1, 2], actual: 3 }, 'not-met'],
    [{ comparator: '>=', target: 90 }, 'not-stated'],
    [{ comparator: 'qualitative', target: '实现零的突破', actual: '实现零突破' }, 'qualitative'],
  ] as const)('%j → %s', (fields, status) => {
    expect(goalStatus(indicator(fields as Partial<Indicator>))).toBe(status);
  });
});

describe('achievementRatio', () => {
  it('is actual over target, inverted for smaller-is-better goals', () => {
    expect(achievementRatio(indicator({ target: 380, actual: 462 }))).toBe(1.2158);
    expect(achievementRatio(indicator({ comparator: '<=', target: 10, actual: 5 }))).toBe(2);
    expect(achievementRatio(indicator({ comparator: 'range', target: [1, 2], actual: 2 }))).toBe(2);
    expect(achievementRatio(indicator({ target: 380 }))).toBeUndefined();
  });
});

describe('previousValue', () => {
  it('takes a stated value, or derives one from the stated growth rate', () => {
    expect(previousValue(indicator({ actual: 462, previous: 333 }))).toEqual({
      value: 333,
      derived: false,
    });
    expect(previousValue(indicator({ actual: 462, growthRate: 38.7 }))).toEqual({
      value: 333,
      derived: true,
    });
    expect(previousValue(indicator({ growthRate: 38.7 }))).toBeUndefined();
  });

  it('keeps the precision of the source: a count stays whole, an amount keeps its decimals', () => {
    expect(previousValue(indicator({ actual: 108, growthRate: 10 }))?.value).toBe(98);
    expect(previousValue(indicator({ actual: 12.5, unit: '万元', growthRate: 3 }))?.value).toBe(
      12.14,
    );
    expect(previousValue(indicator({ actual: 1.234, unit: '%', growthRate: 3 }))?.value).toBe(
      1.198,
    );
  });
});

describe('summarizeGoals', () => {
  it('counts statuses and estimates', () => {
    const areas = [
      {
        area: 'a',
        indicators: [
          indicator({ actual: 20 }),
          indicator({ actual: 20, estimated: true }),
          indicator({ actual: 5 }),
          indicator({}),
          indicator({ comparator: 'qualitative', target: '完成', unit: undefined as never }),
        ],
      },
    ];
    expect(summarizeGoals(areas)).toEqual({
      total: 5,
      quantitative: 4,
      met: 2,
      notMet: 1,
      notStated: 1,
      notJudged: 0,
      qualitative: 1,
      qualitativeNotStated: 1,
      estimated: 1,
      tasks: 0,
      tasksNotStated: 0,
    });
  });
});

describe('goalHeadline', () => {
  const summary = (fields: Partial<GoalSummary>): GoalSummary => ({
    total: 0,
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
    ...fields,
  });

  it('counts what is not stated beside what is met, and never prints a zero count', () => {
    expect(goalHeadline(summary({ quantitative: 12, met: 5, notStated: 7 }))).toBe(
      '5 项达成 · 7 项未说明完成值',
    );
    expect(goalHeadline(summary({ quantitative: 3, notStated: 3 }))).toBe('3 项未说明完成值');
    expect(goalHeadline(summary({ quantitative: 2, met: 1, notMet: 1 }))).toBe(
      '1 项达成 · 1 项未达成',
    );
    expect(goalHeadline(summary({ qualitative: 4 }))).toBeUndefined();
  });
});

describe('goalStatus for targets as reports word them', () => {
  it('compares a growth target on the stated growth, not on the level', () => {
    const growth = { basis: 'growth' as const, comparator: '>=' as const, target: 6, unit: '亿元' };
    expect(goalStatus(indicator({ ...growth, actual: 38.2, growthRate: 7.1 }))).toBe('met');
    expect(goalStatus(indicator({ ...growth, actual: 38.2, growthRate: 5.2 }))).toBe('not-met');
    expect(goalStatus(indicator({ ...growth, actual: 38.2 }))).toBe('not-stated');
  });

  it('invents no comparison for a target without 以上/以内: only the report’s judgement counts', () => {
    const bare = { comparator: undefined, target: 318, unit: '亿元' };
    expect(goalStatus(indicator({ ...bare, actual: 320 }))).toBe('not-judged');
    expect(goalStatus(indicator({ ...bare, actual: 300, met: true }))).toBe('met');
    expect(goalStatus(indicator({ ...bare, met: false }))).toBe('not-met');
    expect(goalStatus(indicator({ ...bare }))).toBe('not-stated');
    expect(achievementRatio(indicator({ ...bare, actual: 320 }))).toBeUndefined();
  });
});
