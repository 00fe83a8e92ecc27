import { z } from 'astro/zod';
import type { PathSegment } from './issues.ts';

type Schema = z.core.$ZodType;

/** Unwraps optional/default/pipe wrappers; returns the titles met on the way and the inner schema. */
function peel(schema: Schema): { titles: string[]; inner: Schema } {
  const titles: string[] = [];
  let current: Schema | undefined = schema;
  while (current) {
    const title = z.globalRegistry.get(current)?.title;
    if (title) titles.push(title);
    const def = current._zod.def as unknown as Record<string, unknown>;
    const next = (def['innerType'] ?? (def['type'] === 'pipe' ? def['out'] : undefined)) as
      | Schema
      | undefined;
    if (!next) return { titles, inner: current };
    current = next;
  }
  return { titles, inner: schema };
}

function child(schema: Schema, key: PathSegment): Schema | undefined {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if (def['type'] === 'object' && typeof key === 'string') {
    return (def['shape'] as Record<string, Schema>)[key];
  }
  if (def['type'] === 'array') return def['element'] as Schema;
  if (def['type'] === 'tuple' && typeof key === 'number') return (def['items'] as Schema[])[key];
  if (def['type'] === 'union') {
    for (const option of def['options'] as Schema[]) {
      const found = child(peel(option).inner, key);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The Chinese label of a field path, built from each level's schema title, e.g.
 * `expenditure.classes[1].amount` → 支出预算 › 功能分类 › 第2项 › 金额. Titles live in the schemas
 * (`.meta({ title })`), so labels and the JSON Schema never drift apart.
 */
export function labelFor(root: Schema, path: readonly PathSegment[]): string {
  const parts: string[] = [];
  let current: Schema | undefined = root;
  for (const key of path) {
    if (typeof key === 'number') {
      parts.push(`第${key + 1}项`);
    }
    const next: Schema | undefined = current ? child(peel(current).inner, key) : undefined;
    const title = next ? peel(next).titles[0] : undefined;
    if (typeof key === 'string') parts.push(title ?? key);
    current = next;
  }
  return parts.join(' › ') || (z.globalRegistry.get(root)?.title ?? '');
}
