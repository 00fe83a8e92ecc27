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
    // The key comes from content: `constructor` or `toString` must not find Object.prototype's.
    const shape = def['shape'] as Record<string, Schema>;
    return Object.hasOwn(shape, key) ? shape[key] : undefined;
  }
  if (def['type'] === 'array') return def['element'] as Schema;
  if (def['type'] === 'tuple' && typeof key === 'number') {
    const items = def['items'] as Schema[];
    return Object.hasOwn(items, key) ? items[key] : undefined;
  }
  if (def['type'] === 'union') {
    for (const option of def['options'] as Schema[]) {
      const found = child(peel(option).inner, key);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The schema a field path leads to, with optional/default/pipe wrappers removed, or undefined
 * where the path leaves the schema. The one walk over zod's internals: labels and the
 * misspelt-key hints both go through it.
 */
export function schemaAt(root: Schema, path: readonly PathSegment[]): Schema | undefined {
  let current: Schema | undefined = peel(root).inner;
  for (const key of path) {
    const next: Schema | undefined = current ? child(current, key) : undefined;
    current = next ? peel(next).inner : undefined;
  }
  return current;
}

/** The keys an object schema (or any option of a union of objects) declares. */
export function keysOf(schema: Schema | undefined): string[] {
  if (!schema) return [];
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if (def['type'] === 'object') return Object.keys(def['shape'] as object);
  if (def['type'] === 'union')
    return [...new Set((def['options'] as Schema[]).flatMap((o) => keysOf(peel(o).inner)))];
  return [];
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
