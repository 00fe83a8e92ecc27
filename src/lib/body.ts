import { parseAst } from 'rolldown/parseAst';
import { mdxToMdast } from 'satteri';
import { isSafeUrl } from '../schemas/common.ts';
import { cuesOf } from './disclosure-cues.ts';
import { type BodyTree, headingsOf, type ParsedBody } from './headings.ts';

export interface BodyProblem {
  /** 1-based line within the body. */
  line: number;
  expected: string;
  found: string;
}

interface Attribute {
  type: string;
  name?: string;
  value?: string | { type: string; value?: string } | null;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  identifier?: string;
  attributes?: Attribute[];
  position?: { start: { line: number } };
  children?: Node[];
}

/**
 * The Markdown (mdast) nodes a report's narrative is made of. Anything else, including node types
 * a future parser adds, is rejected: the allowlist fails closed.
 */
const MARKDOWN_NODES = new Set([
  'root',
  'heading',
  'paragraph',
  'text',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'definition',
  'image',
  'imageReference',
  'break',
  'thematicBreak',
  'blockquote',
  'inlineCode',
  'code',
  'footnoteReference',
  'footnoteDefinition',
]);

/** HTML elements an author may write (Word pastes bring tables, sub/superscripts, line breaks). */
const ELEMENTS: Record<string, readonly string[]> = {
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  p: [],
  br: [],
  ul: [],
  ol: ['start'],
  li: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  em: [],
  strong: [],
  b: [],
  i: [],
  u: [],
  s: [],
  del: [],
  sub: [],
  sup: [],
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
};
/** Tags that run or load something: named as such, since they are the dangerous ones. */
const ACTIVE = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'link',
  'meta',
  'form',
  'input',
  'base',
  'frame',
  'frameset',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'template',
]);

/** Attributes any allowed element may carry. */
const COMMON_ATTRIBUTES = ['title', 'lang'];

/**
 * The deepest a narrative may nest (blockquotes, lists, emphasis and tags, counted as levels of
 * its syntax tree). A report needs about 10; the MDX compiler recurses per level and overflowed
 * its native stack at 1000 (a 7 KB line of `>` or of nested <b>), killing the build.
 */
export const MAX_BODY_DEPTH = 40;

const SAFE_URL = '站内相对地址，或以 http://、https://、mailto: 开头的地址';
const LOCAL_IMAGE = '本站的图片（相对地址，不从其他网站加载）';

/**
 * Checks a report's narrative the way the build parses it (MDX, through Sätteri), so a syntax
 * error is reported with its line before the build starts. The body is treated as data: every
 * node must be of an allowed type, so nothing in it can run (ESM, expressions, attribute
 * expressions, spreads, `set:*` directives), load from elsewhere or carry a dangerous address.
 */
export function checkBody(body: string): BodyProblem[] {
  return checkAndParseBody(body).problems;
}

/**
 * `checkBody`, also giving the body as it parsed (`ParsedBody`), so the content loader parses
 * each narrative once for every check and page.
 */
export function checkAndParseBody(body: string): { problems: BodyProblem[]; parsed: ParsedBody } {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/^(\d+):\d+/.exec(message)?.[1] ?? 1);
    const detail = message
      .replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')
      .replace(/\s*\(\d+:\d+\)/g, '')
      .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
    const problem = {
      line,
      expected: '合法的 MDX 正文（标签成对、花括号成对）',
      found: `语法错误：${detail}`,
    };
    return { problems: [problem], parsed: { headings: [], cues: { leads: [], mentioned: [] } } };
  }
  const problems: BodyProblem[] = [];
  // `![x][ref]` takes its address from `[ref]: …`, wherever that stands: resolved after the walk.
  const definitions = new Map<string, string>();
  const imageReferences: Node[] = [];
  // An explicit stack: a deeply nested body must not overflow the checker's own stack.
  const stack: [Node, number][] = [[tree, 0]];
  let tooDeep = false;
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number];
    const line = node.position?.start.line ?? 1;
    const add = (expected: string, found: string) => problems.push({ line, expected, found });
    if (depth > MAX_BODY_DEPTH) {
      // Once is enough: the rest of the body may be as deep, and this is what the author fixes.
      if (!tooDeep)
        add(
          `正文嵌套（引用、列表、强调、标签层层套叠）不超过 ${MAX_BODY_DEPTH} 层`,
          `超过 ${MAX_BODY_DEPTH} 层的嵌套`,
        );
      tooDeep = true;
      continue;
    }
    if (node.type === 'definition' && node.identifier !== undefined)
      definitions.set(node.identifier, node.url ?? '');
    if (node.type === 'imageReference') imageReferences.push(node);
    switch (node.type) {
      case 'mdxjsEsm':
        add('正文只含文字，不使用 import / export', firstLine(node.value));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value ?? ''))
          add(
            '正文中的花括号只用于注释 {/* … */}；要显示花括号请写 \\{',
            `{${firstLine(node.value)}}`,
          );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, add);
        break;
      default:
        if (!MARKDOWN_NODES.has(node.type))
          add('正文中只用标题、段落、列表、表格、强调和链接', node.type);
        else if (node.type === 'image' && !isLocal(node.url ?? ''))
          add(LOCAL_IMAGE, node.url ?? '');
        else if (node.url !== undefined && !isSafeUrl(node.url)) add(SAFE_URL, node.url);
    }
    if (node.children)
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push([node.children[i] as Node, depth + 1]);
  }
  for (const reference of imageReferences) {
    const url = definitions.get(reference.identifier ?? '');
    if (url !== undefined && !isLocal(url))
      problems.push({
        line: reference.position?.start.line ?? 1,
        expected: LOCAL_IMAGE,
        found: `![${reference.identifier ?? ''}] → ${url}`,
      });
  }
  const headings = headingsOf(tree as BodyTree);
  const parsed = {
    tree: tree as BodyTree,
    headings,
    cues: cuesOf(tree as BodyTree, headings),
  };
  return { problems: problems.sort((a, b) => a.line - b.line), parsed };
}

function checkElement(node: Node, add: (expected: string, found: string) => void): void {
  const name = node.name ?? '';
  const allowed = Object.hasOwn(ELEMENTS, name) ? ELEMENTS[name] : undefined;
  if (!allowed) {
    if (ACTIVE.has(name.toLowerCase())) add('正文中不使用会执行或加载内容的标签', `<${name}>`);
    else if (/^[A-Z]/.test(name) || name.includes('.')) add('正文中不使用组件', `<${name}>`);
    else add('正文中只用标题、段落、列表、表格、强调、链接和换行等标签', `<${name || '>…</'}>`);
    return;
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      add('标签属性只写固定文字，不使用展开 {...}', `<${name} {${attribute.value ?? ''}}>`);
      continue;
    }
    const key = attribute.name ?? '';
    const value = attribute.value;
    if (key.includes(':')) {
      add('标签上不使用指令（如 set:html）', `<${name} ${key}>`);
    } else if (/^on/i.test(key)) {
      add('标签上不使用事件处理（on…）', `<${name} ${key}>`);
    } else if (key === 'style') {
      add('标签上不使用 style，版式由网站统一', `<${name} style>`);
    } else if (!allowed.includes(key) && !COMMON_ATTRIBUTES.includes(key)) {
      add(
        `<${name}> 标签允许的属性：${[...allowed, ...COMMON_ATTRIBUTES].join('、')}`,
        `<${name} ${key}>`,
      );
    } else if (value !== null && typeof value === 'object') {
      add('标签属性只写固定文字，不使用表达式 {…}', `<${name} ${key}={${value.value ?? ''}}>`);
    } else if (key === 'href' && !isSafeUrl(value ?? '')) {
      add(SAFE_URL, `<${name} href="${value ?? ''}">`);
    } else if (key === 'src' && !isLocal(value ?? '')) {
      add(LOCAL_IMAGE, `<${name} src="${value ?? ''}">`);
    }
  }
}

/**
 * Whether an expression holds only comments (`{/* 注 *\/}`, authors' notes). Decided by parsing
 * it as JavaScript with the parser the build uses (Oxc, through Rolldown): a program with no
 * statements. A regex cannot tell `/* a *\/ import('x') /* b *\/` from a comment.
 */
function isCommentOnly(code: string): boolean {
  try {
    return parseAst(code).body.length === 0;
  } catch {
    return false;
  }
}

/** A relative address on this site: no scheme and no host. */
function isLocal(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers strip these before parsing
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '').replaceAll('\\', '/');
  return !/^[a-z][a-z0-9+.-]*:/i.test(cleaned) && !cleaned.startsWith('//');
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0] ?? '';
}
