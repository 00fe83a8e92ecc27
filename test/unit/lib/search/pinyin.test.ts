import { describe, expect, it } from 'vitest';
import {
  isPinyinQuery,
  pinyinToChinese,
  segmentToken,
  shardsFor,
  type VocabEntry,
} from '../../../../src/lib/search/pinyin.ts';

const vocab: VocabEntry[] = [
  ['科技', 'ke ji', 40],
  ['会计', 'kuai ji', 2],
  ['特派员', 'te pai yuan', 10],
  ['科技特派员', 'ke ji te pai yuan', 7],
  ['芦花鸡', 'lu hua ji', 1],
  ['芦花', 'lu hua', 1],
  ['龙驹镇', 'long ju zhen', 4],
  ['绿色', 'lü se', 1],
  ['法律', 'fa lü', 1],
  ['星创天地', 'xing chuang tian di', 4],
];

describe('pinyin input', () => {
  it('recognises pinyin queries', () => {
    expect(isPinyinQuery('luhuaji')).toBe(true);
    expect(isPinyinQuery("xi'an")).toBe(true);
    expect(isPinyinQuery('芦花鸡')).toBe(false);
    expect(isPinyinQuery('4805.67')).toBe(false);
    expect(isPinyinQuery('k')).toBe(false);
  });

  it('reads full pinyin and initials as the site’s words, fewest words first', () => {
    expect(pinyinToChinese('luhuaji', vocab)).toBe('芦花鸡');
    expect(pinyinToChinese('kjtpy', vocab)).toBe('科技特派员');
    expect(pinyinToChinese('keji tepaiyuan', vocab)).toBe('科技特派员');
    expect(pinyinToChinese('LongJuZhen', vocab)).toBe('龙驹镇');
  });

  it('reads spaced syllables, ü as v, u or ü, and initials of four-character terms', () => {
    expect(pinyinToChinese('lu hua ji', vocab)).toBe('芦花鸡');
    expect(pinyinToChinese('lvse', vocab)).toBe('绿色');
    expect(pinyinToChinese('luse', vocab)).toBe('绿色');
    expect(pinyinToChinese('lüse', vocab)).toBe('绿色');
    expect(pinyinToChinese('falv', vocab)).toBe('法律');
    expect(pinyinToChinese('xctd', vocab)).toBe('星创天地');
    // One slip between neighbouring letters is forgiven, for short initials only.
    expect(pinyinToChinese('xcdt', vocab)).toBe('星创天地');
    expect(pinyinToChinese('cxtd', vocab)).toBe('星创天地');
    expect(pinyinToChinese('xdtc', vocab)).toBeUndefined();
  });

  it('prefers the more frequent word when two read the same', () => {
    expect(segmentToken('kj', vocab)).toEqual(['科技']);
  });

  it('gives up rather than guess when the vocabulary cannot read it', () => {
    expect(pinyinToChinese('zzzz', vocab)).toBeUndefined();
  });

  it('names the shards a query can need', () => {
    expect(shardsFor('keji tepaiyuan')).toEqual(['a', 'e', 'i', 'j', 'k', 'n', 'p', 't', 'u', 'y']);
  });
});
