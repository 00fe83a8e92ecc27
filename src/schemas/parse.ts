import { z } from 'astro/zod';
import { formatPath, type Issue, type PathSegment, show } from './issues.ts';
import { keysOf, labelFor, schemaAt } from './labels.ts';

type Schema = z.core.$ZodType;
type ZodIssue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  number: '数字',
  string: '文字',
  array: '列表',
  tuple: '列表',
  object: '键值对象',
  boolean: 'true 或 false',
  int: '整数',
  date: '日期',
};

/** Locates a field path in the source file (1-based line), where the caller can. */
export type Locate = (path: readonly PathSegment[]) => number | undefined;

export type ParseResult<T> = { ok: true; data: T } | { ok: false; issues: Issue[] };

/**
 * The one friendly-error wrapper around every schema validation: zod's issues become issues naming
 * the file, line, field path, Chinese label, what was expected and what was found.
 */
export function parseWithIssues<S extends Schema>(
  schema: S,
  data: unknown,
  file: string,
  locate: Locate = () => undefined,
): ParseResult<z.output<S>> {
  const result = z.safeParse(schema, data, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues.flatMap((issue) => toIssues(schema, issue, file, locate));
  return { ok: false, issues };
}

function toIssues(root: Schema, issue: ZodIssue, file: string, locate: Locate): Issue[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const make = (at: PathSegment[], expected: string, found: string): Issue => {
    const line = locate(at);
    return {
      file,
      ...(line === undefined ? {} : { line }),
      path: formatPath(at),
      label: labelFor(root, at),
      expected,
      found,
    };
  };
  if (issue.code === 'unrecognized_keys') {
    const known = keysOf(schemaAt(root, path));
    return issue.keys.map((key) => {
      const guess = closest(key, known);
      const hint = guess ? `（是否想写 ${guess}？）` : '';
      return make([...path, key], `已知字段之一：${known.join('、')}${hint}`, `未知字段“${key}”`);
    });
  }
  return [make(path, expectedOf(issue), foundOf(issue))];
}

function expectedOf(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return `必填字段（${TYPE_NAMES[issue.expected] ?? issue.expected}）`;
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'too_small':
      if (issue.origin === 'array') return `至少 ${issue.minimum} 项`;
      if (issue.origin === 'string') return '非空文字';
      return issue.inclusive ? `不小于 ${issue.minimum}` : `大于 ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `至多 ${issue.maximum} 项`;
      return issue.inclusive ? `不大于 ${issue.maximum}` : `小于 ${issue.maximum}`;
    case 'invalid_value':
      return `以下之一：${issue.values.map(String).join('、')}`;
    case 'invalid_union': {
      const names = new Set(
        issue.errors.flat().map((inner) => (inner.code === 'invalid_type' ? inner.expected : '')),
      );
      const listed = [...names].filter(Boolean).map((name) => TYPE_NAMES[name] ?? name);
      return listed.length > 0 ? [...new Set(listed)].join(' 或 ') : issue.message;
    }
    case 'invalid_format':
      if (issue.format === 'url') return '以 http:// 或 https:// 开头的网址';
      return issue.message;
    default:
      return issue.message;
  }
}

function foundOf(issue: ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_type' && input !== undefined) {
    return `${show(input)}（${typeName(input)}）`;
  }
  return show(input);
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return '列表';
  if (value === null) return '空值';
  return TYPE_NAMES[typeof value] ?? typeof value;
}

/** The known key within two edits of a misspelt one, if any. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const key of candidates) {
    const distance = editDistance(word.toLowerCase(), key.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
