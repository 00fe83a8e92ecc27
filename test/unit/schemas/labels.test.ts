import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { keysOf, labelFor, schemaAt } from '../../../src/schemas/labels.ts';
import { reportSchema } from '../../../src/schemas/report.ts';

const shape = z
  .object({
    a: z
      .object({ items: z.array(z.object({ x: z.number().meta({ title: '数值' }) })) })
      .optional()
      .meta({ title: '甲' }),
    b: z.union([z.object({ p: z.string() }), z.object({ q: z.string() })]).default({ p: '' }),
  })
  .meta({ title: '根' });

describe('one walk over the schemas', () => {
  it('finds the schema a path leads to through optional, array and default wrappers', () => {
    expect(keysOf(schemaAt(shape, ['a', 'items', 0]))).toEqual(['x']);
    expect(keysOf(schemaAt(shape, []))).toEqual(['a', 'b']);
    expect(schemaAt(shape, ['a', 'nope'])).toBeUndefined();
    expect(keysOf(schemaAt(shape, ['a', 'nope']))).toEqual([]);
  });

  it('lists the keys of every option of a union of objects', () => {
    expect(keysOf(schemaAt(shape, ['b']))).toEqual(['p', 'q']);
  });

  it('labels a path by the titles met on the way', () => {
    expect(labelFor(shape, ['a', 'items', 1, 'x'])).toBe('甲 › items › 第2项 › 数值');
    expect(labelFor(reportSchema, ['expenditure', 'classes', 0, 'amount'])).toMatch(
      /^支出.* › 第1项 › /,
    );
  });
});
