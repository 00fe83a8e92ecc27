// The studio's form, described from the JSON Schema the site derives from the zod schemas (the
// same `z.toJSONSchema` as /data/schema.json), so there is no second field list to keep in step.
// Pure: the client renders it, the unit tests check it.
//
// Why not react-jsonschema-form or JSON Forms: both need React (or Angular/Vue) and their own
// widget sets in the bundle, and neither knows this model's needs (amounts in the report's unit,
// a target that is a number, a [min, max] range or words, provenance beside each field, messages
// from the site's own rules rather than ajv's). The model is about a dozen JSON Schema shapes, so
// mapping them here is smaller than configuring and theming a form library around them.

import { formatPath } from '../schemas/issues.ts';

export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: (string | number)[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
}

export type FieldKind =
  | 'object'
  | 'array'
  | 'text'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'date'
  | 'choice'
  | 'union'
  | 'range'
  | 'flag';

export interface FormField {
  key: string;
  title: string;
  kind: FieldKind;
  /** The model requires it where its parent is present. */
  required: boolean;
  /** An amount of money: shown with the report's unit (万元 or 元). */
  amount?: boolean;
  options?: { value: string; label: string }[];
  children?: FormField[];
  item?: FormField;
  variants?: FormField[];
  minimum?: number;
  maximum?: number;
}

/** The Chinese words of the model's coded choices; other enums (万元, 优) are already Chinese. */
export const CHOICE_WORDS: Record<string, Record<string, string>> = {
  comparator: {
    '>=': '以上（≥）',
    '>': '超过（>）',
    '<=': '以内（≤）',
    '<': '低于（<）',
    '=': '等于（=）',
    range: '区间',
    qualitative: '定性',
  },
  basis: { level: '水平值', growth: '增长率（%）' },
};

/** Amounts are the model's only numbers bounded at a trillion (amountSchema, changeAmountSchema). */
const AMOUNT_BOUND = 1e12;

/** The form field for `schema` under `key`. */
export function formOf(schema: JsonSchema, key = '', required = true): FormField {
  const title = schema.title ?? key;
  const base = { key, title, required };
  if (schema.anyOf) {
    return {
      ...base,
      kind: 'union',
      variants: schema.anyOf.map((variant) => {
        const field = formOf(variant, key, true);
        return { ...field, title: variantTitle(field) };
      }),
    };
  }
  if (schema.enum) {
    const words = CHOICE_WORDS[key] ?? {};
    return {
      ...base,
      kind: 'choice',
      options: schema.enum.map((v) => ({ value: String(v), label: words[String(v)] ?? String(v) })),
    };
  }
  if (schema.const === true) return { ...base, kind: 'flag' };
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object') {
    const need = new Set(schema.required ?? []);
    return {
      ...base,
      kind: 'object',
      children: Object.entries(schema.properties ?? {}).map(([k, s]) =>
        formOf(s, k, need.has(k) && s.default === undefined),
      ),
    };
  }
  if (type === 'array' && schema.prefixItems) return { ...base, kind: 'range' };
  if (type === 'array')
    return {
      ...base,
      kind: 'array',
      item: formOf(schema.items || {}, key, true),
    };
  if (type === 'boolean') return { ...base, kind: 'boolean' };
  if (type === 'number' || type === 'integer') {
    const amount =
      type === 'number' && (schema.maximum === AMOUNT_BOUND || schema.minimum === -AMOUNT_BOUND);
    return {
      ...base,
      kind: type,
      ...(amount ? { amount } : {}),
      ...(schema.minimum !== undefined ? { minimum: schema.minimum } : {}),
      ...(schema.maximum !== undefined && !amount ? { maximum: schema.maximum } : {}),
    };
  }
  if (type === 'string' && schema.format === 'date') return { ...base, kind: 'date' };
  return { ...base, kind: 'text' };
}

function variantTitle(field: FormField): string {
  if (field.kind === 'range') return '区间（下限—上限）';
  if (field.kind === 'number' || field.kind === 'integer') return '数值';
  return '文字';
}

/** Which variant of a union a value is: its index in `variants`, the first when empty. */
export function variantOf(field: FormField, value: unknown): number {
  const variants = field.variants ?? [];
  const index = variants.findIndex((v) =>
    v.kind === 'range'
      ? Array.isArray(value)
      : v.kind === 'number' || v.kind === 'integer'
        ? typeof value === 'number'
        : typeof value === 'string',
  );
  return Math.max(0, index);
}

type Segment = string | number;

/** A field path as validation messages and provenance spell it: goals[0].indicators[2].target. */
export function pathText(path: readonly Segment[]): string {
  // The one spelling of a path, as validation messages and provenance write it.
  return formatPath(path);
}

/** The HTML id of a field's input, unique for its path. */
export function fieldId(path: readonly Segment[]): string {
  return `f-${path.map((p) => String(p).replace(/[^A-Za-z0-9]/g, '_')).join('-')}`;
}

interface Entry {
  field: string;
}

/** The item index a provenance field path has right after `list` (e.g. goals[2]…), if any. */
function indexAfter(field: string, list: string): number | undefined {
  if (!field.startsWith(`${list}[`)) return undefined;
  const match = /^\[(\d+)\](?=$|[.[])/.exec(field.slice(list.length));
  return match ? Number(match[1]) : undefined;
}

function renumber(field: string, list: string, from: number, to: number): string {
  return `${list}[${to}]${field.slice(list.length + String(from).length + 2)}`;
}

/**
 * Provenance after moving item `from` of the list at `list` to position `to`: each entry keeps
 * pointing at the value it was recorded for.
 */
export function moveProvenance<T extends Entry>(
  entries: readonly T[],
  list: string,
  from: number,
  to: number,
): T[] {
  return entries.map((entry) => {
    const i = indexAfter(entry.field, list);
    if (i === undefined) return entry;
    let next = i;
    if (i === from) next = to;
    else if (from < to && i > from && i <= to) next = i - 1;
    else if (from > to && i >= to && i < from) next = i + 1;
    return next === i ? entry : { ...entry, field: renumber(entry.field, list, i, next) };
  });
}

/** Provenance after removing item `index` of the list at `list`: its entries go, later ones shift. */
export function removeProvenance<T extends Entry>(
  entries: readonly T[],
  list: string,
  index: number,
): T[] {
  return entries.flatMap((entry) => {
    const i = indexAfter(entry.field, list);
    if (i === undefined || i < index) return [entry];
    if (i === index) return [];
    return [{ ...entry, field: renumber(entry.field, list, i, i - 1) }];
  });
}
