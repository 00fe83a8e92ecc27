import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { PathSegment } from '../schemas/issues.ts';

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
  | { ok: false; line?: number; expected: string; found: string };

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
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
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
  const locate = (path: readonly PathSegment[]) => {
    // A missing field points at its nearest present parent; a missing top-level field has no line.
    for (let depth = path.length; depth >= 1; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      const pair = findKeyNode(
        doc.getIn(path.slice(0, depth - 1), true) ?? doc.contents,
        path[depth - 1],
      );
      const range = (pair ?? node) as { range?: [number, number, number] } | null | undefined;
      if (range?.range) return lineCounter.linePos(range.range[0]).line + offset;
    }
    return undefined;
  };
  return { ok: true, source: { data: doc.toJS() ?? {}, body: '', bodyLine: 1, locate } };
}

function findKeyNode(parent: unknown, key: PathSegment | undefined): unknown {
  if (isMap(parent))
    return parent.items.find((pair) => (pair.key as { value?: unknown })?.value === key)?.key;
  if (isSeq(parent) && typeof key === 'number') return parent.items[key];
  return undefined;
}

/** Splits an MDX file into YAML frontmatter and body, parsing the frontmatter. */
export function parseMdx(text: string): SourceResult {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    return {
      ok: false,
      line: 1,
      expected: '以 --- 开始、以 --- 结束的 YAML 头部（frontmatter）',
      found: text.trim() === '' ? '空文件' : `第一行为“${text.split('\n')[0]?.slice(0, 40)}”`,
    };
  }
  const result = parseYaml(match[1] ?? '', 1);
  if (!result.ok) return result;
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { ok: true, source: { ...result.source, body: text.slice(match[0].length), bodyLine } };
}
