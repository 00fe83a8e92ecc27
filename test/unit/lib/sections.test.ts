import { describe, expect, it } from 'vitest';
import { outlineLevels, sectionIds, skippedLevels } from '../../../src/lib/sections.ts';

describe('sectionIds', () => {
  it('numbers sections by their place in the 一、/（一）/1． hierarchy', () => {
    expect(sectionIds([2, 3, 4, 4, 3, 2, 3, 4])).toEqual([
      's1',
      's1-1',
      's1-1-1',
      's1-1-2',
      's1-2',
      's2',
      's2-1',
      's2-1-1',
    ]);
  });

  it('gives a heading that skips a level (一、 then 1．) the next level, not s1-0-1', () => {
    expect(sectionIds([2, 4, 3, 4])).toEqual(['s1', 's1-1', 's1-2', 's1-2-1']);
    expect(outlineLevels([2, 4, 3, 4])).toEqual([0, 1, 1, 2]);
    expect(sectionIds([2, 4, 4, 2, 3])).toEqual(['s1', 's1-1', 's1-2', 's2', 's2-1']);
  });

  it('finds the headings that skip a Markdown level, for a warning', () => {
    expect(skippedLevels([2, 3, 4, 2])).toEqual([]);
    expect(skippedLevels([2, 4, 3, 5])).toEqual([1, 3]);
    expect(skippedLevels([3])).toEqual([0]);
  });
});
