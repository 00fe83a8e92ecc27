import { z } from 'astro/zod';
import { amountSchema, changeAmountSchema, textSchema } from './common.ts';

/*
 * Every block and field here is optional: real reports state any subset of these figures, and
 * a figure the report does not state is left out (the site then says 报告未说明), never set to 0.
 */

/** A stated percentage (35.08 for 35.08%), as printed. */
const percentSchema = z.number().min(0).max(1000);

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
    /** 收入预算合计 (年初预算数), as stated; absent when the report gives only sources or only a change. */
    total: amountSchema.optional().meta({ title: '收入预算合计' }),
    /** By source, where the report lists them. */
    sources: incomeSourcesSchema.optional(),
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

/**
 * The split of this year's expenditure into 基本支出 and 项目支出, with the shares the report prints
 * (基本支出244.41万元，占35.08%). Stated shares are checked against the amounts.
 */
export const expenditureSplitSchema = z
  .strictObject({
    /** 基本支出 */
    basic: amountSchema.optional().meta({ title: '基本支出' }),
    /** 项目支出 */
    project: amountSchema.optional().meta({ title: '项目支出' }),
    /** 基本支出占比 (%) as printed. */
    basicPercent: percentSchema.optional().meta({ title: '基本支出占比' }),
    /** 项目支出占比 (%) as printed. */
    projectPercent: percentSchema.optional().meta({ title: '项目支出占比' }),
  })
  .meta({ title: '按支出性质' });

/**
 * Budget and its execution, in any combination the report states: 上年结转 + 年初预算 + 追加(调整)
 * = 全年预算 (checked when all four are stated); 全年执行数 (决算, 实际支出) against 全年预算, or
 * 年初预算 where no 全年预算 is stated; a stated 执行率 / 预算完成率 is checked against that rate.
 */
export const executionSchema = z
  .strictObject({
    /** 上年结转 */
    carryover: amountSchema.optional().meta({ title: '上年结转' }),
    /** 年初预算数 */
    initial: amountSchema.optional().meta({ title: '年初预算数' }),
    /** 追加（调整）预算: signed, a cut is negative. */
    supplement: changeAmountSchema.optional().meta({ title: '追加（调整）预算' }),
    /** 全年(调整)预算数 */
    adjusted: amountSchema.optional().meta({ title: '全年预算数' }),
    /** 全年执行数 / 决算数 / 实际支出 */
    actual: amountSchema.optional().meta({ title: '全年执行数（决算）' }),
    /** 执行率 / 预算完成率 (%) as printed, e.g. 97.60. */
    ratePercent: percentSchema.optional().meta({ title: '执行率' }),
  })
  .meta({ title: '预算执行' });

export const expenditureSchema = z
  .strictObject({
    /** 支出预算合计 (年初预算数), as stated. */
    total: amountSchema.optional().meta({ title: '支出预算合计' }),
    /** By function class, in the report's order; an open list. */
    classes: z.array(expenditureClassSchema).min(1).optional().meta({ title: '功能分类' }),
    /**
     * The report names only some classes: their sum may fall short of the total, and the rest is
     * shown as a computed 其他（报告未列明） row. Without it the classes must add up to the total.
     */
    classesPartial: z.boolean().optional().meta({ title: '功能分类未列全' }),
    split: expenditureSplitSchema.optional(),
    change: expenditureChangeSchema.optional(),
    execution: executionSchema.optional(),
  })
  .meta({ title: '支出预算' });

/** Budget and actual (决算) of one 三公经费 item, as the report states them. */
export const budgetActualSchema = z
  .strictObject({
    /** 预算数 */
    budget: amountSchema.optional().meta({ title: '预算数' }),
    /** 决算数 / 实际支出 */
    actual: amountSchema.optional().meta({ title: '决算数' }),
  })
  .meta({ title: '预算与决算' });

/** 公务用车购置及运行费, with 购置费 and 运行费 apart where the report splits them. */
export const vehicleCostSchema = budgetActualSchema
  .extend({
    /** 公务用车购置费 */
    purchase: budgetActualSchema.optional().meta({ title: '公务用车购置费' }),
    /** 公务用车运行维护费 */
    operation: budgetActualSchema.optional().meta({ title: '公务用车运行维护费' }),
  })
  .meta({ title: '公务用车购置及运行费' });

/** 三公经费: each item's budget and actual; totals are checked against the items. */
export const threePublicSchema = z
  .strictObject({
    /** 三公经费合计 */
    total: budgetActualSchema.optional().meta({ title: '三公经费合计' }),
    /** 因公出国（境）费 */
    abroad: budgetActualSchema.optional().meta({ title: '因公出国（境）费' }),
    vehicles: vehicleCostSchema.optional(),
    /** 公务接待费 */
    reception: budgetActualSchema.optional().meta({ title: '公务接待费' }),
    /** The total's change against the previous year, as stated. */
    change: incomeChangeSchema.optional(),
  })
  .meta({ title: '三公经费' });

export type Income = z.infer<typeof incomeSchema>;
export type IncomeSources = z.infer<typeof incomeSourcesSchema>;
export type Expenditure = z.infer<typeof expenditureSchema>;
export type Execution = z.infer<typeof executionSchema>;
export type BudgetActual = z.infer<typeof budgetActualSchema>;
export type ThreePublic = z.infer<typeof threePublicSchema>;
