// Saving a report from the studio: the frontmatter is changed in place through the yaml
// Document API, so the author's comments, key order, quoting and every value the form did not
// touch keep their bytes; the body is kept byte for byte unless it was edited.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type Document, isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { YAML_OPTIONS } from '../authoring/frontmatter-yaml.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;

export type WriteResult = { ok: true; text: string } | { ok: false; found: string };

/**
 * The MDX text `original` with its frontmatter changed to `data` and its body to `body` (left
 * as it was when `body` is undefined or equal). Only the nodes whose values differ are replaced.
 */
export function updateMdx(original: string, data: unknown, body?: string): WriteResult {
  const split = splitFrontmatter(original);
  if (!split) return { ok: false, found: '文件没有以 --- 开始、以 --- 结束的 YAML 头部' };
  const doc = parseDocument(split.yaml);
  if (doc.errors.length > 0)
    return { ok: false, found: `YAML 头部有语法错误（${doc.errors[0]?.message.split('\n')[0]}）` };
  const before = (doc.toJS() ?? {}) as Json;
  const after = JSON.parse(JSON.stringify(data ?? {})) as Json;
  let yaml = split.yaml;
  if (!equal(before, after)) {
    apply(doc, [], before, after);
    yaml = doc.toString(YAML_OPTIONS);
  }
  const fence = original.slice(split.yamlStart + split.yaml.length, split.bodyStart);
  const rest = body ?? original.slice(split.bodyStart);
  return { ok: true, text: original.slice(0, split.yamlStart) + yaml + fence + rest };
}

function apply(doc: Document, path: Key[], before: Json | undefined, after: Json): void {
  if (equal(before, after)) return;
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isPlainObject(before) && isPlainObject(after) && isMap(node)) {
    for (const key of Object.keys(before)) if (!(key in after)) doc.deleteIn([...path, key]);
    for (const [key, value] of Object.entries(after)) {
      if (key in before) apply(doc, [...path, key], before[key], value);
      else doc.setIn([...path, key], create(doc, key, value));
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && isSeq(node) && !node.flow) {
    const common = Math.min(before.length, after.length);
    for (let i = 0; i < common; i++) apply(doc, [...path, i], before[i], after[i] as Json);
    for (let i = before.length - 1; i >= after.length; i--) doc.deleteIn([...path, i]);
    for (let i = before.length; i < after.length; i++)
      node.items.push(create(doc, path.at(-1), after[i] as Json));
    return;
  }
  if (isScalar(node) && !isObject(after)) {
    // The scalar keeps its comment; a string's quoting style stays unless it would change meaning.
    node.value = after;
    if (typeof after !== 'string') delete node.type;
    return;
  }
  const parentComment = isScalar(node) || isMap(node) || isSeq(node) ? node.comment : undefined;
  const created = create(doc, path.at(-1), after);
  if (parentComment) (created as { comment?: string | null }).comment = parentComment;
  doc.setIn(path, created);
}

/** A new YAML node for `value`; a range target is written [min, max], as the schema shows it. */
function create(doc: Document, key: Key | undefined, value: Json): Node {
  const node = doc.createNode(value) as Node;
  const mark = (n: unknown, field: unknown) => {
    if (isSeq(n) && field === 'target') n.flow = true;
    if (isMap(n)) for (const p of n.items) mark(p.value, isScalar(p.key) ? p.key.value : undefined);
    if (isSeq(n)) for (const item of n.items) mark(item, undefined);
  };
  mark(node, key);
  return node;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}
function isPlainObject(value: unknown): value is { [key: string]: Json } {
  return isObject(value) && !Array.isArray(value);
}
function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Writes `text` to `file` atomically: a temporary file in the same folder, flushed to disk, then
 * renamed over the target, so a crash leaves either the old file or the new one, never half.
 * Renaming replaces a symbolic link itself rather than writing through it.
 */
export function writeAtomic(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
