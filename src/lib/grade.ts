import type { Grade } from '../schemas/evaluation.ts';

/** National grade bands for a self-evaluation score (财政部门通用): lower bound inclusive. */
export const GRADE_BANDS: readonly { grade: Grade; min: number; max: number }[] = [
  { grade: '优', min: 90, max: 100 },
  { grade: '良', min: 80, max: 90 },
  { grade: '中', min: 60, max: 80 },
  { grade: '差', min: 0, max: 60 },
];

/** The grade a score earns: 优 90–100, 良 80–89, 中 60–79, 差 0–59. */
export function gradeForScore(score: number): Grade {
  const band = GRADE_BANDS.find((b) => score >= b.min);
  return band?.grade ?? '差';
}

export function bandText(grade: Grade): string {
  const band = GRADE_BANDS.find((b) => b.grade === grade);
  if (!band) return grade;
  return band.max === 100 ? `${band.min}–100 分` : `${band.min}–${band.max - 1} 分`;
}
