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
const CJK_SPACE = /(?<=\p{Script=Han})[ \u00a0\u3000]+(?=\p{Script=Han})/gu;

// Spaces that are printed, not left by extraction: between two issuing bodies set side by side
// (中共湖南省委办公厅  湖南省人民政府办公厅) and after a heading number (一 绩效管理工作开展情况).
const ORGAN_END =
  /(?:办公厅|办公室|委员会|人民政府|政府|政协|人大|常委会|[局厅委办院部处署会所站队馆社]|中心)$/u;
const NUMBER_ONLY = /(?:^|\n)\s*[（(]?[一二三四五六七八九十百]+[）)]?$/u;

/** Whether the space at `index` of `text` is one a printed document has. */
function printedSpace(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return ORGAN_END.test(before) || NUMBER_ONLY.test(before);
}

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
      const value = node.value;
      const match = [...value.matchAll(CJK_SPACE)].find((m) => !printedSpace(value, m.index));
      if (match) {
        const before = value.slice(0, match.index).split('\n').length - 1;
        warnings.push({
          line: (node.position?.start.line ?? 1) + before,
          expected: '中文词语中间没有空格（从 PDF 复制的文字常留下空格）',
          found: `“${excerpt(value, match.index - 1, match[0].length + 2)}”`,
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
