import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { PathSegment } from '../schemas/issues.ts';

/**
 * Limits that keep a hostile or broken file from exhausting the build: aliases expand
 * exponentially (billion laughs), and nesting drives recursive code into stack overflows.
 */
export const YAML_LIMITS = { maxAliasCount: 100, maxDepth: 32 } as const;

export interface ParsedSource {
  data: unknown;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** 1-based line of a frontmatter field in the whole file. */
  locate: (path: readonly PathSegment[]) => number | undefined;
}

export type SourceResult =
  | { ok: true; source: ParsedSource }
  | { ok: false; line?: number; path?: readonly PathSegment[]; expected: string; found: string };

/** Decodes bytes as strict UTF-8; Word and Excel often save GBK or UTF-16, which must not pass. */
export function decodeUtf8(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; found: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: false, found: '文件以字节顺序标记（BOM）开头' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, found: '不是有效的 UTF-8 编码（可能是 GBK 或 UTF-16）' };
  }
}

/** Authors' words for the YAML mistakes they make most. */
const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: '同一字段写了两次',
  BAD_INDENT: '缩进不正确',
  MISSING_CHAR: '缺少配对的引号或括号',
  MULTILINE_IMPLICIT_KEY: '字段名后缺少冒号，或缩进不正确',
  TAB_AS_INDENT: '用了 Tab 缩进，请改用空格',
  BLOCK_AS_IMPLICIT_KEY: '缩进不正确',
};

/** Parses YAML text, keeping a map from field paths to lines. `offset` is the lines before it. */
export function parseYaml(text: string, offset = 0): SourceResult {
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(1 + offset);
    throw error;
  }
  const error = doc.errors[0];
  // yaml catches its own stack overflow on deeply nested flow collections and reports it.
  if (error?.message.includes('Maximum call stack')) return tooDeep(undefined);
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line + offset;
    const detail = error.message.split('\n')[0] ?? error.code;
    return {
      ok: false,
      line,
      expected: '合法的 YAML',
      found: `${YAML_ERRORS[error.code] ?? 'YAML 语法错误'}（${detail}）`,
    };
  }
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line + offset : undefined;
  };
  const deep = deepestNode(doc.contents);
  if (deep) return tooDeep(lineOf(deep));
  const odd = oddNumber(doc.contents);
  if (odd) {
    const line = lineOf(odd.node);
    return {
      ok: false,
      ...(line ? { line } : {}),
      ...(odd.path.length > 0 ? { path: odd.path } : {}),
      expected: DECIMAL_EXPECTED,
      found: `“${odd.written}”（${odd.kind}）`,
    };
  }
  const locate = (path: readonly PathSegment[]) => {
    // A missing field points at its nearest present parent; a missing top-level field has no line.
    for (let depth = path.length; depth >= 1; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      const pair = findKeyNode(
        doc.getIn(path.slice(0, depth - 1), true) ?? doc.contents,
        path[depth - 1],
      );
      const line = lineOf(pair ?? node);
      if (line) return line;
    }
    return undefined;
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount }) ?? {};
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount.
    if (!(error instanceof ReferenceError || error instanceof RangeError)) throw error;
    const line = lineOf(firstAlias(doc.contents));
    return {
      ok: false,
      ...(line ? { line } : {}),
      expected: `不使用或少量使用 YAML 别名（*名称），展开后不超过 ${YAML_LIMITS.maxAliasCount} 处`,
      found: 'YAML 别名展开过多（可能是恶意构造的文件）',
    };
  }
  const bad = badValue(data);
  if (bad) {
    const line = locate(bad.path);
    return { ok: false, ...(line ? { line } : {}), path: bad.path, ...bad.problem };
  }
  return { ok: true, source: { data, body: '', bodyLine: 1, locate } };
}

/** A figure as a report prints it: digits, an optional minus sign and one decimal point. */
const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** A figure with digit separators (1_000, 1,000.5), unquoted. */
const GROUPED = /^[-+]?(?:\d+(?:_\d+)+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

export const DECIMAL_EXPECTED =
  '按报告原样书写的十进制数字（只用数字、负号和小数点，如 19、-3.5、0.25）';

/** Names, in an author's words, the way a number was written that no report prints. */
export function numberWriting(written: string): string {
  const text = written.trim().toLowerCase();
  if (/^[-+]?0x/.test(text)) return '十六进制写法';
  if (/^[-+]?0o/.test(text)) return '八进制写法';
  if (/^[-+]?0b/.test(text)) return '二进制写法';
  if (/nan$/.test(text)) return '非数字 .nan';
  if (/inf$/.test(text)) return '无穷大 .inf';
  if (/_/.test(text)) return '含数字分隔符';
  if (/:/.test(text)) return '六十进制写法';
  if (/^\d+(?:\.\d+)?e|^[-+]?[\d.]+e/.test(text)) return '科学计数法';
  if (text.startsWith('+')) return '以加号开头';
  if (/^-?0\d/.test(text)) return '以 0 开头，旧版 YAML 会读作八进制';
  if (/^-?\./.test(text) || /\.$/.test(text)) return '小数点前后缺少数字';
  return '不是普通的十进制写法';
}

/**
 * The first scalar that YAML reads as a number but whose text is not a plain decimal. YAML 1.2
 * reads 0x13, 0o23, 1.9e1, +19 and .inf as numbers (and YAML 1.1, chosen with a `%YAML 1.1`
 * line, also 1_000 and 023); a typo or a hostile edit would then publish a different figure.
 * Checked on the source text, for every value and key of every file, so no field can forget it.
 */
function oddNumber(
  root: unknown,
): { node: unknown; path: PathSegment[]; written: string; kind: string } | undefined {
  const stack: [unknown, PathSegment[]][] = [[root, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [unknown, PathSegment[]];
    if (isScalar(node)) {
      if (typeof node.value === 'number' || typeof node.value === 'bigint') {
        const written = node.source ?? String(node.value);
        if (!DECIMAL.test(written)) return { node, path, written, kind: numberWriting(written) };
      } else if (
        node.type === 'PLAIN' &&
        typeof node.value === 'string' &&
        GROUPED.test(node.value)
      )
        // YAML 1.2 leaves 1_000 and 1,000 as text: in a text field it would be published as
        // written, in a number field it would fail with a less helpful message.
        return { node, path, written: node.value, kind: '含数字分隔符' };
    } else if (isMap(node)) {
      for (const pair of [...node.items].reverse()) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        const at = [...path, typeof key === 'number' ? key : String(key)];
        stack.push([pair.value, at], [pair.key, at]);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push([node.items[i], [...path, i]]);
    }
  }
  return undefined;
}

function tooDeep(line: number | undefined): SourceResult {
  return {
    ok: false,
    ...(line ? { line } : {}),
    expected: `嵌套不超过 ${YAML_LIMITS.maxDepth} 层的 YAML`,
    found: '嵌套层数过多',
  };
}

/** The first node nested deeper than the limit, found without recursion. */
function deepestNode(root: unknown): unknown {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (depth > YAML_LIMITS.maxDepth) return node;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) stack.push([item.value, depth + 1]);
        else stack.push([item, depth + 1]);
      }
    }
  }
  return undefined;
}

function firstAlias(root: unknown): unknown {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) return node;
    if (isMap(node) || isSeq(node))
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
  }
  return undefined;
}

// C0 controls other than tab, line feed and carriage return, DEL and the C1 controls: invisible,
// they break XML (feed.xml) and hide text; Word pastes bring them in.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters rejected
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Names a control character the way an author can look it up. */
export function describeControl(char: string): string {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return char === '\u0000' ? `${code}（空字符 NUL）` : `${code}（不可见的控制字符）`;
}

/** The first control character in a text and its 1-based line, if any. */
export function findControl(text: string): { line: number; char: string } | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  return { line: text.slice(0, match.index).split('\n').length, char: match[0] };
}

// Numbers beyond this lose digits in JavaScript; no figure in a report comes near it.
const LARGEST = Number.MAX_SAFE_INTEGER;

/** The first value no report can hold: a number that is not finite or too large, or hidden characters. */
function badValue(
  root: unknown,
): { path: PathSegment[]; problem: { expected: string; found: string } } | undefined {
  const stack: [unknown, PathSegment[]][] = [[root, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, PathSegment[]];
    if (typeof value === 'number') {
      if (Number.isNaN(value))
        return { path, problem: { expected: '数字', found: '非数字（.nan）' } };
      if (!Number.isFinite(value))
        return { path, problem: { expected: '有限的数字', found: '无穷大或超出范围的数字' } };
      if (Math.abs(value) > LARGEST)
        return {
          path,
          problem: { expected: '不超过 9007199254740991 的数字', found: `超出范围的数字 ${value}` },
        };
    } else if (typeof value === 'string') {
      const control = findControl(value);
      if (control)
        return {
          path,
          problem: {
            expected: '不含控制字符的文字',
            found: `含有${describeControl(control.char)}`,
          },
        };
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push([item, [...path, i]]);
      });
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push([item, [...path, key]]);
    }
  }
  return undefined;
}

function findKeyNode(parent: unknown, key: PathSegment | undefined): unknown {
  if (isMap(parent))
    return parent.items.find((pair) => (pair.key as { value?: unknown })?.value === key)?.key;
  if (isSeq(parent) && typeof key === 'number') return parent.items[key];
  return undefined;
}

/** Where the YAML frontmatter of an MDX file lies: the one rule every reader and writer shares. */
export interface FrontmatterSplit {
  /** The YAML text between the `---` lines, with its final line break. */
  yaml: string;
  /** Offset of the YAML text in the file (after the opening `---` line). */
  yamlStart: number;
  /** Offset of the body (after the closing `---` line). */
  bodyStart: number;
}

/**
 * Finds the frontmatter: a first line `---`, then YAML, then a line `---` (followed by a line
 * break or the end of the file). `undefined` when there is none.
 */
export function splitFrontmatter(text: string): FrontmatterSplit | undefined {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  return {
    yaml: match[1] ?? '',
    yamlStart: match[0].indexOf('\n') + 1,
    bodyStart: match[0].length,
  };
}

/** Splits an MDX file into YAML frontmatter and body, parsing the frontmatter. */
export function parseMdx(text: string): SourceResult {
  const split = splitFrontmatter(text);
  if (!split) {
    const opened = /^---\r?\n/.test(text);
    return {
      ok: false,
      line: 1,
      expected: opened
        ? '以单独一行的 --- 结束 YAML 头部（frontmatter）'
        : '以 --- 开始、以 --- 结束的 YAML 头部（frontmatter）',
      found: opened
        ? '第 1 行的 --- 之后没有单独一行的 ---（头部没有结束）'
        : text.trim() === ''
          ? '空文件'
          : `第一行为“${text.split('\n')[0]?.slice(0, 40)}”`,
    };
  }
  const result = parseYaml(split.yaml, 1);
  if (!result.ok) return result;
  const bodyLine = text.slice(0, split.bodyStart).split('\n').length;
  return {
    ok: true,
    source: { ...result.source, body: text.slice(split.bodyStart), bodyLine },
  };
}
