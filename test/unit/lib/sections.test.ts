import { describe, expect, it } from 'vitest';
import { sectionIds } from '../../../src/lib/sections.ts';

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

  it('fills a skipped level with 0 rather than colliding', () => {
    expect(sectionIds([2, 4, 3, 4])).toEqual(['s1', 's1-0-1', 's1-1', 's1-1-1']);
  });
});
