import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** The four national grade bands: 优 90–100, 良 80–89, 中 60–79, 差 0–59. */
export const gradeBandSchema = z.enum(['优', '良', '中', '差']).meta({ title: '等级档次' });

/**
 * 自评结论 as printed: the band's own word (优/良/中/差) or the words reports also print
 * (优秀, 良好, 合格, 基本合格, 不合格). `gradeBand` in src/lib/grade.ts maps each to its band.
 */
export const gradeSchema = z
  .enum(['优', '良', '中', '差', '优秀', '良好', '合格', '基本合格', '不合格'])
  .meta({ title: '自评结论' });

/** One row of the 自评表 indicator table (一级 / 二级 / 三级指标). */
export const scoredIndicatorSchema = z
  .strictObject({
    /** 一级指标, e.g. 投入, 过程, 产出, 效果. */
    level1: textSchema.meta({ title: '一级指标' }),
    /** 二级指标, e.g. 预算执行. */
    level2: textSchema.optional().meta({ title: '二级指标' }),
    /** 三级指标, e.g. 预算完成率. */
    level3: textSchema.meta({ title: '三级指标' }),
    /** 指标权重(分). */
    weight: z.number().nonnegative().meta({ title: '指标权重' }),
    /** 指标得分(分); never more than the weight. */
    score: z.number().nonnegative().meta({ title: '指标得分' }),
    /** 年度指标值 as written, e.g. ≥95%. */
    target: textSchema.optional().meta({ title: '指标值' }),
    /** 实际完成值 as written. */
    actual: textSchema.optional().meta({ title: '实际完成值' }),
    /** 偏差原因分析及改进措施. */
    note: textSchema.optional().meta({ title: '偏差原因' }),
  })
  .meta({ title: '自评指标' });

export const evaluationSchema = z
  .strictObject({
    /** 自评分值, 0–100; absent when the report states none. */
    score: z
      .number()
      .min(0)
      .max(100, { error: '自评分值应在 0–100 之间' })
      .optional()
      .meta({ title: '自评分值' }),
    /** 自评结论; absent when the report states none. Checked against the score where both are given. */
    grade: gradeSchema.optional(),
    /** The 自评表 indicator table, when the report comes with one; weights add up to 100. */
    indicators: z.array(scoredIndicatorSchema).min(1).optional().meta({ title: '自评表' }),
    /**
     * The 自评表 is cut off in the source (only some rows survive): its weights then need not
     * add up to 100, and the page says the table is incomplete.
     */
    partial: z.boolean().optional().meta({ title: '自评表不完整' }),
  })
  .meta({ title: '绩效自评' });

export type Grade = z.infer<typeof gradeSchema>;
export type GradeBand = z.infer<typeof gradeBandSchema>;
export type Evaluation = z.infer<typeof evaluationSchema>;
export type ScoredIndicator = z.infer<typeof scoredIndicatorSchema>;
