import type { BodyTree, ParsedBody } from './headings.ts';
import { skippedLevels } from './sections.ts';

export interface TextWarning {
  /** 1-based line within the body. */
  line: number;
  expected: string;
  found: string;
}

// A space between two CJK ideographs is almost always left by PDF text extraction ("发展战 略");
// Chinese prose never spaces words. Latin words and numbers beside Chinese may be spaced.
const CJK_SPACE = /\p{Script=Han}[ \u00a0\u3000]+\p{Script=Han}/u;

/**
 * Warnings about a report's narrative that never block publishing: headings that skip a level
 * (kept, and given a place in the outline by `sectionIds`) and spaces inside Chinese words.
 * The body is read through the same MDX parser as the build; a body that does not parse gets
 * its error from `checkBody`, not here.
 */
export function textWarnings({ tree, headings }: ParsedBody): TextWarning[] {
  if (!tree) return [];
  const warnings: TextWarning[] = [];
  const walk = (node: BodyTree) => {
    if (node.type === 'text' && node.value) {
      const match = CJK_SPACE.exec(node.value);
      if (match) {
        const before = node.value.slice(0, match.index).split('\n').length - 1;
        warnings.push({
          line: (node.position?.start.line ?? 1) + before,
          expected: '中文词语中间没有空格（从 PDF 复制的文字常留下空格）',
          found: `“${excerpt(node.value, match.index, match[0].length)}”`,
        });
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  for (const i of skippedLevels(headings.map((h) => h.depth))) {
    const h = headings[i];
    const previous = headings[i - 1]?.depth ?? 1;
    if (!h) continue;
    warnings.push({
      line: h.line,
      expected: `标题逐级编排（上一个标题为 ${'#'.repeat(previous)}，此处宜为 ${'#'.repeat(previous + 1)}）；已按原样保留并列入目录`,
      found: `${'#'.repeat(h.depth)} ${h.text}`,
    });
  }
  return warnings.sort((a, b) => a.line - b.line);
}

function excerpt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 6);
  return text.slice(start, index + length + 6).replace(/\s*\n\s*/g, ' ');
}
