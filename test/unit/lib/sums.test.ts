import { describe, expect, it } from 'vitest';
import { checkSum, decimalsOf, round } from '../../../src/lib/sums.ts';

describe('checkSum', () => {
  it.each([
    {
      case: 'the seed report, exact',
      total: 4805.67,
      parts: [3680.93, 539.07, 332.06, 253.61],
      ok: true,
    },
    {
      case: '黔江 2023: rounded parts one cent short',
      total: 122.93,
      parts: [78.19, 31.17, 8.32, 5.24],
      ok: true,
    },
    { case: 'a difference of 1.00', total: 123.93, parts: [78.19, 31.17, 8.32, 5.24], ok: false },
    {
      case: 'three cents off with four parts',
      total: 122.95,
      parts: [78.19, 31.17, 8.32, 5.24],
      ok: false,
    },
    { case: 'whole numbers, exact', total: 100, parts: [40, 60], ok: true },
    // Whole numbers are not rounded: weights adding up to 99 or 98 are wrong, not imprecise.
    { case: 'whole numbers, one off', total: 100, parts: [40, 59], ok: false },
    { case: 'whole numbers, two off', total: 100, parts: [40, 58], ok: false },
    { case: 'one part', total: 4805.67, parts: [4805.67], ok: true },
  ])('$case', ({ total, parts, ok }) => {
    expect(checkSum(total, parts).ok).toBe(ok);
  });

  it('reports the sum and the tolerance it used', () => {
    expect(checkSum(122.93, [78.19, 31.17, 8.32, 5.24])).toEqual({
      ok: true,
      sum: 122.92,
      tolerance: 0.02,
      precision: 2,
    });
  });
});

describe('round and decimalsOf', () => {
  it('rounds half away from zero without binary drift', () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(-156.765, 2)).toBe(-156.77);
    expect(round(4805.67 + 156.76, 2)).toBe(4962.43);
  });
  it('counts printed decimals', () => {
    expect([decimalsOf(3680.93), decimalsOf(11), decimalsOf(0.5)]).toEqual([2, 0, 1]);
  });
});
