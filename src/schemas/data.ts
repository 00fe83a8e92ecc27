import { z } from 'astro/zod';
import { orgSchema } from './org.ts';
import { reportSchema } from './report.ts';

/** Values computed from a report by `src/lib`, published beside it so users need not redo them. */
export const derivedSchema = z
  .strictObject({
    /** Each function class's share of the expenditure total, in percent (one decimal). */
    expenditureShares: z.array(
      z.strictObject({ name: z.string(), amount: z.number(), sharePercent: z.number() }),
    ),
    /** The previous year's total implied by the stated change; absent when no change is stated. */
    previousTotal: z.number().optional(),
    /** Change of the total against the previous year in percent; absent when unknown. */
    changeRatePercent: z.number().optional(),
    /** 全年执行数 / 全年预算数 in percent; absent without an execution block. */
    executionRatePercent: z.number().optional(),
    /** Each goal indicator's status: met, not-met, not-stated (by the report) or qualitative. */
    goals: z.array(
      z.strictObject({
        id: z.string(),
        status: z.enum(['met', 'not-met', 'not-stated', 'qualitative']),
        estimated: z.boolean(),
        achievementRatio: z.number().optional(),
      }),
    ),
    goalSummary: z.strictObject({
      total: z.number().int(),
      quantitative: z.number().int(),
      met: z.number().int(),
      notMet: z.number().int(),
      notStated: z.number().int(),
      qualitative: z.number().int(),
      estimated: z.number().int(),
    }),
  })
  .meta({ title: '派生数值' });

/** One published report as `/data/<org>/<year>.json`: department, the report's figures, derived values, links. */
export const reportDataSchema = z
  .strictObject({
    /** The department, with its id (the address segment). */
    department: z.strictObject({ id: z.string(), ...orgSchema.shape }),
    report: reportSchema,
    derived: derivedSchema,
    /** Site-relative addresses of the page and of each CSV table of this report. */
    links: z.strictObject({ page: z.string(), csv: z.record(z.string(), z.string()) }),
  })
  .meta({
    title: '绩效自评报告数据',
    description: '部门整体支出绩效自评报告的结构化数据；金额单位见 report.unit。',
  });

export type ReportData = z.infer<typeof reportDataSchema>;
