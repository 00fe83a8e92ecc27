import type { z } from 'astro/zod';
import type { PathSegment } from '../schemas/issues.ts';
import { reportSchema } from '../schemas/report.ts';

type Schema = z.core.$ZodType;
const def = (schema: Schema) => schema._zod.def as unknown as Record<string, unknown>;

/** The schema inside optional / default / pipe wrappers, and whether a wrapper made it optional. */
function peel(schema: Schema): { inner: Schema; optional: boolean } {
  let current = schema;
  let optional = false;
  for (;;) {
    const d = def(current);
    if (d['type'] === 'optional' || d['type'] === 'default') optional = true;
    const next = (d['innerType'] ?? (d['type'] === 'pipe' ? d['out'] : undefined)) as
      | Schema
      | undefined;
    if (!next) return { inner: current, optional };
    current = next;
  }
}

function at(path: readonly PathSegment[]): Schema | undefined {
  let current: Schema | undefined = reportSchema;
  for (const key of path) {
    if (!current) return undefined;
    const d = def(peel(current).inner);
    if (d['type'] === 'object' && typeof key === 'string') {
      const shape = d['shape'] as Record<string, Schema>;
      current = Object.hasOwn(shape, key) ? shape[key] : undefined;
    } else if (d['type'] === 'array' && typeof key === 'number') current = d['element'] as Schema;
    else return undefined;
  }
  return current;
}

/**
 * The fields of the report object at `path`, in the schema's order, each with whether it must be
 * present; undefined where the path is not an object. Drafts follow the model's order and holes,
 * so they stay right as the model grows.
 */
export function fieldsAt(
  path: readonly PathSegment[],
): { key: string; required: boolean }[] | undefined {
  const schema = at(path);
  if (!schema) return undefined;
  const d = def(peel(schema).inner);
  if (d['type'] !== 'object') return undefined;
  return Object.entries(d['shape'] as Record<string, Schema>).map(([key, field]) => ({
    key,
    required: !peel(field).optional,
  }));
}
