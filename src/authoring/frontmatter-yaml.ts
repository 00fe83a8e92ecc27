import { Document, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { formatPath, type PathSegment } from '../schemas/issues.ts';
import { labelFor } from '../schemas/labels.ts';
import { reportSchema } from '../schemas/report.ts';
import { FIELD_HINTS, ITEM_HINTS, SPACED_KEYS } from './hints.ts';

/**
 * A report draft as plain data. `null` is a hole the author must fill (it renders as an empty
 * value, which validation rejects until filled); a key set to `undefined` is left out entirely.
 */
export type DraftValue = null | string | number | boolean | DraftValue[] | DraftMap;
export interface DraftMap {
  [key: string]: DraftValue | undefined;
}

/** The Chinese label of a report field, e.g. 收入预算 › 收入预算合计. */
export function fieldLabel(path: readonly PathSegment[]): string {
  return labelFor(reportSchema, path);
}

/** A field as messages name it: its path and Chinese label, like `formatIssue`. */
export function describeField(path: readonly PathSegment[]): string {
  return `${formatPath(path)}（${fieldLabel(path)}）`;
}

export const YAML_OPTIONS = {
  nullStr: '',
  singleQuote: true,
  lineWidth: 0,
  flowCollectionPadding: false,
} as const;

/**
 * Renders a draft as commented YAML. Each kind of field is explained once, at its first
 * occurrence (the label from the schema plus a hint), so a long goal list does not repeat the
 * same ten comments; `notes` adds a comment to one particular field or list item, by path.
 */
export function renderFrontmatter(
  draft: DraftMap,
  options: { header?: string; notes?: ReadonlyMap<string, string> } = {},
): string {
  const doc = new Document(draft);
  if (options.header) doc.commentBefore = comment(options.header);
  const notes = options.notes ?? new Map<string, string>();
  annotate(doc.contents as Node, [], new Set(), notes);
  return doc.toString(YAML_OPTIONS);
}

function annotate(
  node: Node,
  path: PathSegment[],
  seen: Set<string>,
  notes: ReadonlyMap<string, string>,
) {
  if (isMap(node)) {
    for (const pair of node.items) {
      const keyNode = pair.key as Scalar;
      const key = String(keyNode.value);
      const at = [...path, key];
      if (path.length === 0 && SPACED_KEYS.has(key)) keyNode.spaceBefore = true;
      const text = [fieldComment(at, seen), notes.get(formatPath(at))].filter(Boolean).join('；');
      const value = pair.value as Node | null;
      if (text) {
        if (isScalar(value)) value.comment = comment(text);
        else keyNode.commentBefore = comment(text);
      }
      if (key === 'target' && isSeq(value)) value.flow = true;
      if (value) annotate(value, at, seen, notes);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const at = [...path, i];
      const text = [itemComment(at, seen), notes.get(formatPath(at))].filter(Boolean).join('\n');
      if (text && isMap(item)) item.commentBefore = comment(text);
      annotate(item as Node, at, seen, notes);
    });
  }
}

/** A field's path with list positions erased: goals[].indicators[].target. */
function pattern(path: readonly PathSegment[]): string {
  return path.map((p, i) => (typeof p === 'number' ? '[]' : i === 0 ? p : `.${p}`)).join('');
}

/** The explanation of a field (schema title and hint), the first time its kind is met. */
function fieldComment(path: readonly PathSegment[], seen: Set<string>): string {
  const kind = pattern(path);
  if (seen.has(kind)) return '';
  seen.add(kind);
  const title = fieldLabel(path).split(' › ').at(-1);
  return [title, FIELD_HINTS[kind]].filter(Boolean).join('：');
}

/** The hint for list items of a kind, before the first of them. */
function itemComment(path: readonly PathSegment[], seen: Set<string>): string {
  const kind = pattern(path);
  if (seen.has(`item:${kind}`)) return '';
  seen.add(`item:${kind}`);
  return ITEM_HINTS[kind] ?? '';
}

function comment(text: string): string {
  return text
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
}
