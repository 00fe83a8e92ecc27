import { describe, expect, it } from 'vitest';
import {
  achievementRatio,
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
      value: 333.09,
      derived: true,
    });
    expect(previousValue(indicator({ growthRate: 38.7 }))).toBeUndefined();
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
