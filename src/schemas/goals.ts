import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

/**
 * How an actual value is compared with the target: ≥ (以上), > (超过), ≤ (以内), < (低于), = (exactly),
 * `range` (a span such as 1–2), or `qualitative` (a goal stated in words only). Left out for a
 * numeric target the report words without 以上 / 以内 (目标318亿元): no comparison is invented.
 */
export const comparatorSchema = z
  .enum(['>=', '>', '<=', '<', '=', 'range', 'qualitative'])
  .meta({ title: '比较方式' });

/**
 * What a numeric target measures: the level itself (the default) or the growth against the previous
 * year in percent (增长6%以上 is `basis: growth`, target 6, compared with `growthRate`).
 */
export const targetBasisSchema = z.enum(['level', 'growth']).meta({ title: '比较对象' });

/** Goal statuses, as the view model derives them; the schema is the one list. */
export const goalStatusSchema = z
  .enum(['met', 'not-met', 'not-stated', 'not-judged', 'qualitative'])
  .meta({ title: '完成状态' });

/** A range target written [min, max], e.g. 新增市级创新平台1-2家 is [1, 2]. */
const rangeSchema = z.tuple([z.number(), z.number()]);

/** One goal indicator with its target and, where the report states one, its actual value. */
export const indicatorSchema = z
  .strictObject({
    /** Stable id that matches this indicator across years even when its wording changes. */
    id: idSchema.meta({ title: '指标标识' }),
    /** Indicator name, e.g. 科技型企业数量. */
    name: textSchema.meta({ title: '指标名称' }),
    /** Unit of target and actual, e.g. 家, 篇, 人次; absent for qualitative goals. */
    unit: textSchema.optional().meta({ title: '计量单位' }),
    /** Absent where the report words a numeric target without 以上 / 以内. */
    comparator: comparatorSchema.optional(),
    /** `growth` where the target is a growth rate in percent (增长6%以上). */
    basis: targetBasisSchema.optional(),
    /** A number for ≥ > ≤ < =, [min, max] for a range, words for a qualitative goal. */
    target: z.union([z.number(), rangeSchema, textSchema]).meta({ title: '目标值' }),
    /** The stated outcome; absent means the report does not state it (never guess one). */
    actual: z.union([z.number(), textSchema]).optional().meta({ title: '实际完成值' }),
    /** The actual is an estimate (预计). */
    estimated: z.boolean().default(false).meta({ title: '预计值' }),
    /**
     * The report's own judgement (完成 / 未完成), where it gives one. Needed for a status where no
     * comparator is stated; where one is, it must agree with the comparison.
     */
    met: z.boolean().optional().meta({ title: '报告判断是否完成' }),
    /** The previous year's value, where the report gives it. */
    previous: z.number().optional().meta({ title: '上年值' }),
    /** Growth against the previous year in percent as stated (同比增长38.7% is 38.7). */
    growthRate: z.number().optional().meta({ title: '同比增长率' }),
    /** The sentence of the goals section the target comes from, quoted. */
    targetQuote: textSchema.optional().meta({ title: '目标原文' }),
    /** The sentence of the outcomes section the actual comes from, quoted. */
    quote: textSchema.optional().meta({ title: '完成情况原文' }),
  })
  .meta({ title: '绩效指标' });

/** A task the report sets without an indicator, with its 完成情况 in words. */
export const taskSchema = z
  .strictObject({
    /** The task as the report words it. */
    title: textSchema.meta({ title: '工作任务' }),
    /** 完成情况 as the report words it; absent when the report does not say. */
    result: textSchema.optional().meta({ title: '完成情况' }),
  })
  .meta({ title: '工作任务' });

/** A goal area (年度工作目标 item) grouping its indicators and its tasks without indicators. */
export const goalAreaSchema = z
  .strictObject({
    /** The area's title as the report words it, e.g. 加快培育科技创新主体. */
    area: textSchema.meta({ title: '目标领域' }),
    indicators: z.array(indicatorSchema).default([]).meta({ title: '绩效指标' }),
    tasks: z.array(taskSchema).optional().meta({ title: '工作任务' }),
  })
  .meta({ title: '年度工作目标' });

export const goalsSchema = z.array(goalAreaSchema).meta({ title: '年度工作目标' });

export type Comparator = z.infer<typeof comparatorSchema>;
export type GoalStatus = z.infer<typeof goalStatusSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type GoalArea = z.infer<typeof goalAreaSchema>;
export type Task = z.infer<typeof taskSchema>;
