import type { Grade, GradeBand } from '../schemas/evaluation.ts';

/** National grade bands for a self-evaluation score (财政部门通用): lower bound inclusive. */
export const GRADE_BANDS: readonly { grade: GradeBand; min: number; max: number }[] = [
  { grade: '优', min: 90, max: 100 },
  { grade: '良', min: 80, max: 90 },
  { grade: '中', min: 60, max: 80 },
  { grade: '差', min: 0, max: 60 },
];

/**
 * The band each printed word stands for. 优秀 / 良好 / 合格 / 不合格 are the four-level scheme
 * (90 / 80 / 60); 基本合格, printed by some provinces between 合格 and 不合格, falls in the same
 * 60–79 band as 合格, since no national scheme puts it elsewhere.
 */
const BAND_OF: Readonly<Record<Grade, GradeBand>> = {
  优: '优',
  良: '良',
  中: '中',
  差: '差',
  优秀: '优',
  良好: '良',
  合格: '中',
  基本合格: '中',
  不合格: '差',
};

/** The band a printed grade stands for, for comparisons and checks. */
export function gradeBand(grade: Grade): GradeBand {
  return BAND_OF[grade];
}

/** The band a score earns: 优 90–100, 良 80–89, 中 60–79, 差 0–59. */
export function gradeForScore(score: number): GradeBand {
  const band = GRADE_BANDS.find((b) => score >= b.min);
  return band?.grade ?? '差';
}

/** Whether a printed grade agrees with a score (both in the same band). */
export function gradeFitsScore(grade: Grade, score: number): boolean {
  return gradeBand(grade) === gradeForScore(score);
}

/** The score range of a grade's band, as reports print it: “90–100 分”. */
export function bandText(grade: Grade): string {
  const band = GRADE_BANDS.find((b) => b.grade === gradeBand(grade));
  if (!band) return grade;
  return band.max === 100 ? `${band.min}–100 分` : `${band.min}–${band.max - 1} 分`;
}
