import { describe, expect, it } from 'vitest';
import { parseActual, parseTarget } from '../../../src/authoring/targets.ts';

describe('parseTarget', () => {
  it.each([
    ['≥380', { comparator: '>=', target: 380, explicit: true }],
    ['>=90%', { comparator: '>=', target: 90, unit: '%', explicit: true }],
    ['>50', { comparator: '>', target: 50, explicit: true }],
    ['超过50家', { comparator: '>', target: 50, unit: '家', explicit: true }],
    ['≤10', { comparator: '<=', target: 10, explicit: true }],
    ['不超过10天', { comparator: '<=', target: 10, unit: '天', explicit: true }],
    ['<5', { comparator: '<', target: 5, explicit: true }],
    ['=5', { comparator: '=', target: 5, explicit: true }],
    ['＝５支', { comparator: '=', target: 5, unit: '支', explicit: true }],
    ['1-2', { comparator: 'range', target: [1, 2], explicit: true }],
    ['1～2家', { comparator: 'range', target: [1, 2], unit: '家', explicit: true }],
    ['380家以上', { comparator: '>=', target: 380, unit: '家', explicit: true }],
    ['2000人次以上', { comparator: '>=', target: 2000, unit: '人次', explicit: true }],
    ['前10以内', { comparator: '<=', target: 10, explicit: true }],
    ['95%以下', { comparator: '<=', target: 95, unit: '%', explicit: true }],
    ['≥ 95 ％', { comparator: '>=', target: 95, unit: '%', explicit: true }],
    ['5', { comparator: '=', target: 5, explicit: false }],
    ['100%', { comparator: '=', target: 100, unit: '%', explicit: false }],
  ])('%s', (written, expected) => {
    expect(parseTarget(written)).toEqual(expected);
  });

  it.each(['按时公开预决算信息', '2020年底前完成', '较上年提高', '≥较上年'])(
    'keeps %s as a qualitative target, whole',
    (written) => {
      expect(parseTarget(written)).toEqual({
        comparator: 'qualitative',
        target: written,
        explicit: true,
      });
    },
  );

  it('has nothing to read in a blank cell', () => {
    expect(parseTarget('  ')).toBeUndefined();
  });
});

describe('parseActual', () => {
  it.each([
    ['462', { value: 462, estimated: false }],
    ['462家', { value: 462, estimated: false }],
    ['预计60家', { value: 60, estimated: true }],
    ['96.5%', { value: 96.5, estimated: false }],
  ])('%s', (written, expected) => {
    expect(parseActual(written)).toEqual(expected);
  });

  it.each(['已完成', '基本达到', '1-2'])('reads no number from %s', (written) => {
    expect(parseActual(written)).toBeUndefined();
  });
});
