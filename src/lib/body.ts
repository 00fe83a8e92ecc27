import { mdxToMdast } from 'satteri';

export interface BodyProblem {
  /** 1-based line within the body. */
  line: number;
  expected: string;
  found: string;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

// Report bodies are prose: no code, no components, no tags that run or load anything.
const FORBIDDEN_TAGS = new Set([
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
]);

/**
 * Checks a report's narrative the way the build will parse it (MDX, through Sätteri), so a
 * syntax error is reported with its line before the build starts, and rejects what has no
 * place in a report: import/export, code expressions, components and active HTML tags.
 */
export function checkBody(body: string): BodyProblem[] {
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
    return [
      { line, expected: '合法的 MDX 正文（标签成对、花括号成对）', found: `语法错误：${detail}` },
    ];
  }
  const problems: BodyProblem[] = [];
  const walk = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxjsEsm') {
      problems.push({
        line,
        expected: '正文只含文字，不使用 import / export',
        found: (node.value ?? '').split('\n')[0] ?? '',
      });
    }
    if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      !/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')
    ) {
      problems.push({
        line,
        expected: '正文中的花括号只用于注释 {/* … */}；要显示花括号请写 \\{',
        found: `{${node.value ?? ''}}`,
      });
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (FORBIDDEN_TAGS.has(name.toLowerCase())) {
        problems.push({ line, expected: '正文中不使用会执行或加载内容的标签', found: `<${name}>` });
      } else if (/^[A-Z]/.test(name) || name.includes('.')) {
        problems.push({ line, expected: '正文中不使用组件', found: `<${name}>` });
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return problems;
}
