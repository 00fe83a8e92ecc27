import { Document, isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { YAML_OPTIONS } from './frontmatter-yaml.ts';

export type SpliceResult = { ok: true; text: string } | { ok: false; found: string };

/**
 * Sets one field of an MDX file's frontmatter (`goals` or `evaluation.indicators`) and leaves
 * every other byte of the file as it was: the field's lines are located with the yaml Document
 * API and only they are replaced, so comments, blank lines, quoting and the body stay untouched.
 */
export function setFrontmatterField(
  mdx: string,
  path: readonly [string] | readonly [string, string],
  value: unknown,
): SpliceResult {
  const split = splitFrontmatter(mdx);
  if (!split) return { ok: false, found: '文件没有以 --- 开始、以 --- 结束的 YAML 头部' };
  const { yamlStart: offset, yaml: front } = split;
  const doc = parseDocument(front);
  if (doc.errors.length > 0)
    return { ok: false, found: `YAML 头部有语法错误（${doc.errors[0]?.message.split('\n')[0]}）` };
  const parent = path.length === 1 ? doc.contents : doc.getIn([path[0]], true);
  if (!isMap(parent) || parent.flow) {
    return { ok: false, found: `“${path.slice(0, -1).join('.') || '头部'}”不是按行书写的键值对象` };
  }
  const key = path[path.length - 1] ?? '';
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
  const first = parent.items[0]?.key as Node | undefined;
  const indent = first?.range ? column(front, first.range[0]) : 0;
  const lines = fieldYaml(key, value).map((line) => (line ? ' '.repeat(indent) + line : line));
  let start: number;
  let end: number;
  if (pair) {
    const keyNode = pair.key as Node;
    const valueNode = pair.value as Node | null;
    start = lineStart(front, keyNode.range?.[0] ?? 0);
    end = lineEnd(front, lastContent(front, valueNode?.range?.[1] ?? keyNode.range?.[1] ?? 0));
  } else {
    const last = parent.items.at(-1);
    const lastNode = (last?.value ?? last?.key) as Node | null | undefined;
    start = end = lineEnd(front, lastContent(front, lastNode?.range?.[1] ?? 0));
    lines.unshift('');
  }
  const replaced = front.slice(0, start) + lines.join('\n') + front.slice(end);
  return { ok: true, text: mdx.slice(0, offset) + replaced + mdx.slice(offset + front.length) };
}

/** `key: value` as YAML lines at indent 0, ranges written [min, max] as the schema shows them. */
function fieldYaml(key: string, value: unknown): string[] {
  const doc = new Document({ [key]: value });
  const mark = (node: unknown, field?: unknown) => {
    if (isSeq(node) && field === 'target') node.flow = true;
    if (isMap(node))
      for (const p of node.items) mark(p.value, isScalar(p.key) ? p.key.value : undefined);
    if (isSeq(node)) for (const item of node.items) mark(item);
  };
  mark(doc.contents);
  return doc.toString(YAML_OPTIONS).replace(/\n$/, '').split('\n');
}

function column(text: string, index: number): number {
  return index - (text.lastIndexOf('\n', index - 1) + 1);
}
function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}
function lineEnd(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  return end === -1 ? text.length : end;
}
/** The position just after the last non-blank character before `index`. */
function lastContent(text: string, index: number): number {
  let i = index;
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
  return Math.max(0, i - 1);
}
