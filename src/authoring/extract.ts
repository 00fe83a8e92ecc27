import { formatPath } from '../schemas/issues.ts';
import type { Heading } from './docx-to-mdx.ts';
import { budgetFigures } from './extract-budget.ts';
import { executionFigures } from './extract-execution.ts';
import { staffingFigures } from './extract-staffing.ts';
import { threePublicFigures } from './extract-three-public.ts';
import { type Figure, Figures } from './figure.ts';
import { asciiDigits, sentences } from './text.ts';

const SCORE = /自评(?:总)?(?:得分|分值|分数|评分)(?:为|是|：|:)?\s*(\d+(?:\.\d+)?)\s*分/;
const GRADE =
  /(?:自评结论|自评等级|评价等级|评价结论|自评结果|评定等级)(?:为|是|：|:)?\s*[“"「『]?(优秀|良好|基本合格|不合格|合格|中等|较差|优|良|中|差)(?![\u4e00-\u9fa5])/;
// The model takes 优秀 and 良好 as printed; 中等 and 较差 are written 中 and 差 (with a note).
const GRADES: Record<string, string> = { 中等: '中', 较差: '差' };

export interface ReadFigures {
  figures: Figure[];
  notes: string[];
  /** The money unit the budget figures are given in. */
  unit?: '万元' | '元';
}

/**
 * Every figure the standard phrasing of a 部门整体支出绩效自评报告 states: budget and its execution,
 * the 三公经费, staffing, score and grade. Amounts in a unit other than the report's are left out rather than converted.
 */
export function readFigures(paragraphs: readonly string[]): ReadFigures {
  const into = new Figures();
  budgetFigures(paragraphs, into);
  executionFigures(paragraphs, into);
  threePublicFigures(paragraphs, into);
  staffingFigures(paragraphs, into);
  for (const paragraph of paragraphs) {
    for (const sentence of sentences(paragraph)) {
      const text = asciiDigits(sentence);
      const score = SCORE.exec(text);
      if (score) into.add({ path: ['evaluation', 'score'], value: Number(score[1]), sentence });
      const grade = GRADE.exec(text)?.[1];
      if (grade) {
        const value = GRADES[grade] ?? grade;
        const note = value === grade ? undefined : `原文作“${grade}”，记为“${value}”`;
        into.add({ path: ['evaluation', 'grade'], value, sentence, ...(note ? { note } : {}) });
      }
    }
  }
  const unit = into.list.find((f) => f.unit)?.unit;
  const figures = into.list.filter((f) => !f.unit || f.unit === unit);
  const notes = [...into.notes];
  for (const f of into.list.filter((f) => f.unit && f.unit !== unit)) {
    notes.push(
      `${formatPath(f.path)} 在原文中以“${f.unit}”为单位（“${f.sentence}”），与本报告其他金额的“${unit}”不同，未导入，请换算后填写。`,
    );
  }
  const fallback = paragraphs.map((p) => /单位[:：]\s*(万元|元)/.exec(p)?.[1]).find(Boolean);
  const chosen = unit ?? (fallback === '万元' || fallback === '元' ? fallback : undefined);
  return { figures, notes, ...(chosen ? { unit: chosen } : {}) };
}

export interface Finding {
  id: string;
  title: string;
  /** The heading as written, with its numbering. */
  heading: string;
}

/**
 * Problems and measures: the headings under 存在的问题 and 改进措施. Their titles are the report's
 * words; ids cannot be derived from Chinese words, so they are numbered (problem-1, measure-1)
 * and the author may rename them.
 */
export function findings(headings: readonly Heading[]): {
  problems: Finding[];
  measures: Finding[];
} {
  const under = (re: RegExp, other: RegExp, prefix: string) =>
    headings
      .filter((h) => h.parent && re.test(h.parent) && !other.test(h.parent))
      .map((h, i) => ({ id: `${prefix}-${i + 1}`, title: h.title, heading: h.text }));
  return {
    problems: under(/问题/, /措施|建议/, 'problem'),
    measures: under(/措施|建议/, /问题/, 'measure'),
  };
}

/**
 * The report title from the first lines: Word reports put the department on one line and
 * 20XX年度部门整体支出绩效自评报告 on the next. Returns the title and how many lines it took.
 */
export function findTitle(lines: readonly string[]): { title: string; lines: number } | undefined {
  const head = lines.slice(0, 3).map((l) => l.trim());
  // Some titles go on after 报告 (…自评报告及评分表（整体支出和…专项支出）).
  const end = head.findIndex((l) => /(?:报告|评分表|自评表)(?:[（(][^）)]*[）)])?$/.test(l));
  if (end === -1) return undefined;
  const parts = head.slice(0, end + 1);
  if (parts.some((p) => p.length > 80 || /[。，；：]/.test(p))) return undefined;
  return { title: parts.join(''), lines: end + 1 };
}
