import { z } from 'astro/zod';
import { amountSchema, changeAmountSchema, textSchema } from './common.ts';

/** Income budget by source (收入预算); a source the report does not list is left out, not set to 0. */
export const incomeSourcesSchema = z
  .strictObject({
    /** 一般公共预算拨款 */
    generalBudget: amountSchema.optional().meta({ title: '一般公共预算拨款' }),
    /** 政府性基金预算拨款 */
    governmentFund: amountSchema.optional().meta({ title: '政府性基金预算拨款' }),
    /** 国有资本经营预算收入 */
    stateCapital: amountSchema.optional().meta({ title: '国有资本经营预算收入' }),
    /** 事业收入 */
    businessIncome: amountSchema.optional().meta({ title: '事业收入' }),
    /** 事业单位经营收入 */
    operatingIncome: amountSchema.optional().meta({ title: '事业单位经营收入' }),
    /** 其他收入 */
    other: amountSchema.optional().meta({ title: '其他收入' }),
  })
  .meta({ title: '收入来源' });

/** A year-on-year change as the report states it ("较去年减少156.76万元" is -156.76). */
export const incomeChangeSchema = z
  .strictObject({
    /** Signed change against the previous year's budget. */
    amount: changeAmountSchema.meta({ title: '较上年增减' }),
    /** The reason the report gives, quoted. */
    reason: textSchema.optional().meta({ title: '增减原因' }),
  })
  .meta({ title: '较上年变化' });

export const incomeSchema = z
  .strictObject({
    /** 收入预算合计 (年初预算数). */
    total: amountSchema.meta({ title: '收入预算合计' }),
    sources: incomeSourcesSchema,
    change: incomeChangeSchema.optional(),
  })
  .meta({ title: '收入预算' });

/** One function class (功能分类) of the expenditure budget, e.g. 科学技术支出. */
export const expenditureClassSchema = z
  .strictObject({
    /** Class name, e.g. 科学技术支出. */
    name: textSchema.meta({ title: '支出功能分类' }),
    /** Budgeted amount. */
    amount: amountSchema.meta({ title: '金额' }),
  })
  .meta({ title: '功能分类' });

/** Expenditure change against the previous year, with the 基本支出 / 项目支出 split where given. */
export const expenditureChangeSchema = z
  .strictObject({
    /** Signed change of the total. */
    amount: changeAmountSchema.meta({ title: '较上年增减' }),
    /** Signed change of 基本支出 (staff and running costs). */
    basic: changeAmountSchema.optional().meta({ title: '基本支出增减' }),
    /** Signed change of 项目支出 (programme spending). */
    project: changeAmountSchema.optional().meta({ title: '项目支出增减' }),
    /** The reason the report gives, quoted. */
    reason: textSchema.optional().meta({ title: '增减原因' }),
  })
  .meta({ title: '较上年变化' });

/** The split of this year's expenditure into 基本支出 and 项目支出, where the report gives it. */
export const expenditureSplitSchema = z
  .strictObject({
    /** 基本支出 */
    basic: amountSchema.meta({ title: '基本支出' }),
    /** 项目支出 */
    project: amountSchema.meta({ title: '项目支出' }),
  })
  .meta({ title: '按支出性质' });

/** Budget execution as in the 自评表 header: 年初预算数, 全年(调整)预算数, 全年执行数. */
export const executionSchema = z
  .strictObject({
    /** 年初预算数 */
    initial: amountSchema.meta({ title: '年初预算数' }),
    /** 全年(调整)预算数 */
    adjusted: amountSchema.meta({ title: '全年预算数' }),
    /** 全年执行数 */
    actual: amountSchema.meta({ title: '全年执行数' }),
  })
  .meta({ title: '预算执行' });

export const expenditureSchema = z
  .strictObject({
    /** 支出预算合计 (年初预算数). */
    total: amountSchema.meta({ title: '支出预算合计' }),
    /** By function class, in the report's order; an open list. */
    classes: z.array(expenditureClassSchema).min(1).meta({ title: '功能分类' }),
    split: expenditureSplitSchema.optional(),
    change: expenditureChangeSchema.optional(),
    execution: executionSchema.optional(),
  })
  .meta({ title: '支出预算' });

export type Income = z.infer<typeof incomeSchema>;
export type IncomeSources = z.infer<typeof incomeSourcesSchema>;
export type Expenditure = z.infer<typeof expenditureSchema>;
export type Execution = z.infer<typeof executionSchema>;
