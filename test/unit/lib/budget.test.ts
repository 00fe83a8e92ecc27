import { describe, expect, it } from 'vitest';
import {
  changeRate,
  executionRate,
  previousAmount,
  shares,
  toWanYuan,
} from '../../../src/lib/budget.ts';
import {
  formatAmount,
  formatChange,
  formatPercent,
  formatQuantity,
} from '../../../src/lib/format.ts';

describe('budget derivations', () => {
  it('derives the previous year from the stated change', () => {
    expect(previousAmount(4805.67, -156.76)).toBe(4962.43);
    expect(changeRate(4805.67, -156.76)).toBe(-3.2);
    expect(changeRate(10, 10)).toBeUndefined();
  });

  it('computes the execution rate against the adjusted budget', () => {
    expect(executionRate({ initial: 122.93, adjusted: 130, actual: 126.1 })).toBe(97);
    expect(executionRate({ initial: 0, adjusted: 0, actual: 0 })).toBeUndefined();
  });

  it('computes shares of a total', () => {
    expect(shares([3680.93, 539.07, 332.06, 253.61], 4805.67)).toEqual([76.6, 11.2, 6.9, 5.3]);
  });

  it('normalises 元 to 万元', () => {
    expect(toWanYuan(48056700, '元')).toBe(4805.67);
    expect(toWanYuan(4805.67, '万元')).toBe(4805.67);
  });
});

describe('formatting', () => {
  it('prints amounts with two decimals and the unit', () => {
    expect(formatAmount(4805.67, '万元')).toBe('4,805.67 万元');
    expect(formatAmount(0, '万元')).toBe('0.00 万元');
    expect(formatAmount(11, '元')).toBe('11.00 元');
  });
  it('prints changes in words', () => {
    expect(formatChange(-156.76, '万元')).toBe('减少 156.76 万元');
    expect(formatChange(20, '万元')).toBe('增加 20.00 万元');
    expect(formatChange(0, '万元')).toBe('与上年持平');
  });
  it('prints percentages and quantities', () => {
    expect(formatPercent(38.7)).toBe('38.7%');
    expect(formatQuantity(462, '家')).toBe('462 家');
    expect(formatQuantity([1, 2], '家')).toBe('1–2 家');
    expect(formatQuantity(2000)).toBe('2,000');
  });
});
