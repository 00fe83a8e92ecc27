import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { orgSchema } from '../../../src/schemas/org.ts';
import { reportSchema } from '../../../src/schemas/report.ts';
import {
  type FormField,
  fieldId,
  formOf,
  type JsonSchema,
  moveProvenance,
  removeProvenance,
  variantOf,
} from '../../../src/studio/form.ts';

const form = formOf(
  z.toJSONSchema(reportSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema,
);
const at = (field: FormField, ...keys: string[]): FormField =>
  keys.reduce((f, k) => {
    const next = k === '[]' ? f.item : f.children?.find((c) => c.key === k);
    if (!next) throw new Error(`no ${k} in ${f.key}`);
    return next;
  }, field);

describe('formOf (the report schema as a form)', () => {
  it('has a field for every top-level key of the model, with its Chinese title', () => {
    expect(form.children?.map((c) => c.key)).toEqual(Object.keys(reportSchema.shape));
    expect(at(form, 'income').title).toBe('收入预算');
    expect(at(form, 'income', 'total').title).toBe('收入预算合计');
  });

  it('keeps every block optional and the required fields inside them required', () => {
    expect(at(form, 'income').required).toBe(false);
    expect(at(form, 'title').required).toBe(true);
    expect(at(form, 'income', 'change', 'amount').required).toBe(true);
    expect(at(form, 'goals', '[]', 'indicators').required).toBe(false);
  });

  it('marks amounts, so they show the report unit, and not counts or scores', () => {
    expect(at(form, 'income', 'total').amount).toBe(true);
    expect(at(form, 'income', 'change', 'amount').amount).toBe(true);
    expect(at(form, 'staffing', '[]', 'authorized').amount).toBeUndefined();
    expect(at(form, 'staffing', '[]', 'authorized').kind).toBe('integer');
    expect(at(form, 'evaluation', 'score').amount).toBeUndefined();
  });

  it('offers comparators as choices with their Chinese words', () => {
    const comparator = at(form, 'goals', '[]', 'indicators', '[]', 'comparator');
    expect(comparator.kind).toBe('choice');
    expect(comparator.options?.map((o) => o.label)).toEqual([
      '以上（≥）',
      '超过（>）',
      '以内（≤）',
      '低于（<）',
      '等于（=）',
      '区间',
      '定性',
    ]);
    expect(comparator.options?.map((o) => o.value)).toEqual([
      '>=',
      '>',
      '<=',
      '<',
      '=',
      'range',
      'qualitative',
    ]);
  });

  it('gives a target its three forms: a number, a [min, max] range or words', () => {
    const target = at(form, 'goals', '[]', 'indicators', '[]', 'target');
    expect(target.kind).toBe('union');
    expect(target.variants?.map((v) => [v.kind, v.title])).toEqual([
      ['number', '数值'],
      ['range', '区间（下限—上限）'],
      ['text', '文字'],
    ]);
    expect(variantOf(target, [1, 2])).toBe(1);
    expect(variantOf(target, '完成')).toBe(2);
    expect(variantOf(target, 5)).toBe(0);
    expect(variantOf(target, undefined)).toBe(0);
  });

  it('maps dates, booleans and the confirmation flag', () => {
    expect(at(form, 'published').kind).toBe('date');
    expect(at(form, 'goals', '[]', 'indicators', '[]', 'met').kind).toBe('boolean');
    expect(at(form, 'provenance', '[]', 'unconfirmed').kind).toBe('flag');
    const org = formOf(z.toJSONSchema(orgSchema, { io: 'input' }) as JsonSchema);
    expect(org.children?.map((c) => [c.key, c.required])).toContainEqual(['name', true]);
    expect(org.children?.map((c) => [c.key, c.required])).toContainEqual(['website', false]);
  });

  it('gives each path its own element id', () => {
    expect(fieldId(['goals', 0, 'indicators', 2, 'target'])).toBe('f-goals-0-indicators-2-target');
    expect(fieldId(['income', 'total'])).not.toBe(fieldId(['income', 'total', 0]));
  });
});

describe('provenance follows reordered and removed list items', () => {
  const entries = [
    { field: 'goals[0].indicators[0].target', quote: 'a' },
    { field: 'goals[0].indicators[1].target', quote: 'b' },
    { field: 'goals[0].indicators[2].actual', quote: 'c' },
    { field: 'goals[1].indicators[0].target', quote: 'd' },
    { field: 'goals[10].area', quote: 'e' },
    { field: 'income.total', quote: 'f' },
  ];

  it('moves an item down and back up', () => {
    const moved = moveProvenance(entries, 'goals[0].indicators', 0, 2);
    expect(moved.map((e) => e.field)).toEqual([
      'goals[0].indicators[2].target',
      'goals[0].indicators[0].target',
      'goals[0].indicators[1].actual',
      'goals[1].indicators[0].target',
      'goals[10].area',
      'income.total',
    ]);
    expect(moveProvenance(moved, 'goals[0].indicators', 2, 0)).toEqual(entries);
  });

  it('swaps whole goals without touching goals[10]', () => {
    const moved = moveProvenance(entries, 'goals', 1, 0);
    expect(moved.map((e) => e.field)).toEqual([
      'goals[1].indicators[0].target',
      'goals[1].indicators[1].target',
      'goals[1].indicators[2].actual',
      'goals[0].indicators[0].target',
      'goals[10].area',
      'income.total',
    ]);
  });

  it('drops the entries of a removed item and shifts the later ones', () => {
    expect(removeProvenance(entries, 'goals[0].indicators', 1).map((e) => e.field)).toEqual([
      'goals[0].indicators[0].target',
      'goals[0].indicators[1].actual',
      'goals[1].indicators[0].target',
      'goals[10].area',
      'income.total',
    ]);
  });
});
