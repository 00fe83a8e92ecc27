import { z } from 'astro/zod';
import { incomeSourcesSchema } from './budget.ts';
import { amountSchema, changeAmountSchema, textSchema } from './common.ts';

/*
 * 决算 (final accounts) as some reports state them instead of, or beside, the budget: what came
 * in and what was spent in the year, with the change against the year before. Every field is
 * optional and stated figures are kept as printed; sums and rates are checked, never filled in.
 */

/** A stated change of a 决算 figure against the previous year: amount and, where printed, rate. */
export const finalChangeSchema = z
  .strictObject({
    /** Signed change (较上年增加189.25万元 is 189.25; 减少 is negative). */
    amount: changeAmountSchema.meta({ title: '较上年增减' }),
    /** The change in percent of the previous year as printed (增长31.39% is 31.39; 下降 negative). */
    ratePercent: z.number().min(-100).max(100000).optional().meta({ title: '增减率' }),
    /** The reason the report gives, quoted. */
    reason: textSchema.optional().meta({ title: '增减原因' }),
  })
  .meta({ title: '较上年变化' });

/** 收入决算: the year's income as accounted, by source. */
export const finalIncomeSchema = z
  .strictObject({
    /** 收入决算合计 / 本年收入合计. */
    total: amountSchema.optional().meta({ title: '收入决算合计' }),
    /** By source, where the report lists them; checked against the total. */
    sources: incomeSourcesSchema.optional(),
    change: finalChangeSchema.optional(),
  })
  .meta({ title: '收入决算' });

/** One project expenditure (项目支出) the report names, with its amount. */
export const finalProjectSchema = z
  .strictObject({
    /** The project's name as printed. */
    name: textSchema.meta({ title: '项目名称' }),
    /** Amount spent on it. */
    amount: amountSchema.meta({ title: '金额' }),
  })
  .meta({ title: '项目支出' });

/** 支出决算: the year's spending as accounted. */
export const finalExpenditureSchema = z
  .strictObject({
    /** 支出决算合计 / 本年支出合计. */
    total: amountSchema.optional().meta({ title: '支出决算合计' }),
    /** 基本支出; with 项目支出 checked against the total. */
    basic: amountSchema.optional().meta({ title: '基本支出' }),
    /** 项目支出 */
    project: amountSchema.optional().meta({ title: '项目支出' }),
    /** 人员经费 (part of 基本支出); with 公用经费 checked against 基本支出. */
    personnel: amountSchema.optional().meta({ title: '人员经费' }),
    /** 公用经费 (part of 基本支出). */
    publicUse: amountSchema.optional().meta({ title: '公用经费' }),
    change: finalChangeSchema.optional(),
    /** Project expenditures the report names, in its order; they need not cover 项目支出. */
    projects: z.array(finalProjectSchema).min(1).optional().meta({ title: '项目支出明细' }),
  })
  .meta({ title: '支出决算' });

/** 财政拨款 (government appropriations) within the 决算, where the report states them apart. */
export const finalAppropriationSchema = z
  .strictObject({
    /** 财政拨款收入 / 支出 of the year. */
    total: amountSchema.optional().meta({ title: '财政拨款' }),
    change: finalChangeSchema.optional(),
  })
  .meta({ title: '财政拨款' });

/** The report's 决算 block. */
export const finalAccountsSchema = z
  .strictObject({
    income: finalIncomeSchema.optional(),
    expenditure: finalExpenditureSchema.optional(),
    appropriation: finalAppropriationSchema.optional(),
  })
  .meta({ title: '决算' });

export type FinalAccounts = z.infer<typeof finalAccountsSchema>;
export type FinalChange = z.infer<typeof finalChangeSchema>;
