import { describe, expect, it } from 'vitest';
import { bandText, gradeForScore } from '../../../src/lib/grade.ts';

describe('gradeForScore', () => {
  it.each([
    [100, '优'],
    [97, '优'],
    [90, '优'],
    [89.9, '良'],
    [80, '良'],
    [79.5, '中'],
    [60, '中'],
    [59.9, '差'],
    [0, '差'],
  ] as const)('%s → %s', (score, grade) => {
    expect(gradeForScore(score)).toBe(grade);
  });

  it('describes bands as reports print them', () => {
    expect(['优', '良', '中', '差'].map((g) => bandText(g as '优'))).toEqual([
      '90–100 分',
      '80–89 分',
      '60–79 分',
      '0–59 分',
    ]);
  });
});
