import { z } from 'astro/zod';
import { goalAreaSchema, goalStatusSchema, indicatorSchema } from './goals.ts';
import { orgSchema } from './org.ts';
import { findingSchema, reportSchema } from './report.ts';

/*
 * In the published JSON a figure the report does not state is absent (the key is left out),
 * never 0 or null: the report's own fields as in its frontmatter, derived values likewise.
 */

/** The 12 standard items a 部门整体支出绩效自评报告 should state (公开要素). */
export const disclosureKeySchema = z
  .enum([
    'functions',
    'organisation',
    'income',
    'expenditure',
    'change',
    'execution',
    'threePublic',
    'goals',
    'indicators',
    'evaluation',
    'problems',
    'measures',
  ])
  .meta({ title: '公开要素' });

/** Whether a report states one 公开要素, and where. */
export const disclosureItemSchema = z
  .strictObject({
    key: disclosureKeySchema,
    /** The item's Chinese name, e.g. 三公经费. */
    label: z.string().meta({ title: '要素名称' }),
    /** True when the frontmatter holds the item's figures, or a heading or a line's label names it. */
    stated: z.boolean().meta({ title: '是否说明' }),
    /**
     * `stated`; `unrecognised` (本站未能识别: the text mentions the item, or was not read, but the
     * site cannot find where it is stated); `not-stated` (报告未说明: neither the figures nor the
     * text say a word of it).
     */
    status: z.enum(['stated', 'unrecognised', 'not-stated']).meta({ title: '判断' }),
    /**
     * `data` (structured figures in the frontmatter), `text` (a heading of the narrative) or
     * `paragraph` (a line or table cell that opens with the item's label).
     */
    source: z.enum(['data', 'text', 'paragraph']).optional().meta({ title: '依据' }),
    /** Anchor on the report page where the item is shown, without #. */
    anchor: z.string().optional().meta({ title: '页内位置' }),
  })
  .meta({ title: '公开要素' });

/** A stated change's implied previous-year figure: always derived, never stated by a report. */
export const previousYearSchema = z
  .strictObject({
    year: z.number().int(),
    /** The budget the change is stated for: expenditure, or income where only that is stated. */
    basis: z.enum(['expenditure', 'income']),
    /** This year's total minus the stated change. */
    total: z.number(),
    /** The change as stated. */
    change: z.number(),
    /** Change in percent of the previous year; absent when that was 0. */
    changeRatePercent: z.number().optional(),
  })
  .meta({ title: '由增减推算的上年数' });

/** Values computed from a report by `src/lib/view.ts`, published beside it so users need not redo them. */
export const derivedSchema = z
  .strictObject({
    /**
     * Each function class's share of the expenditure total, in percent (one decimal). A computed
     * 其他（报告未列明） row is added where the named classes do not cover the stated total.
     */
    expenditureShares: z
      .array(
        z.strictObject({
          name: z.string(),
          amount: z.number(),
          sharePercent: z.number().optional(),
          /** Set on the computed remainder row. */
          computed: z.boolean().optional(),
        }),
      )
      .min(1)
      .optional(),
    /** The previous year's total implied by the stated change; absent when no change is stated. */
    previousYear: previousYearSchema.optional(),
    /** Kept for earlier users of the JSON: `previousYear.total`. */
    previousTotal: z.number().optional(),
    /** Kept for earlier users of the JSON: `previousYear.changeRatePercent`. */
    changeRatePercent: z.number().optional(),
    /** 全年执行数 / 全年预算数 (or 年初预算数) in percent; absent without both figures. */
    executionRatePercent: z.number().optional(),
    /** Each goal indicator's status: met, not-met, not-stated, not-judged (by the report) or qualitative. */
    /** Absent when the report states no goal indicator. */
    goals: z
      .array(
        z.strictObject({
          id: z.string(),
          status: goalStatusSchema,
          estimated: z.boolean(),
          achievementRatio: z.number().optional(),
        }),
      )
      .min(1)
      .optional(),
    /** Counts by status; absent when the report states no goals and no tasks (never all zeros). */
    goalSummary: z
      .strictObject({
        total: z.number().int(),
        quantitative: z.number().int(),
        met: z.number().int(),
        notMet: z.number().int(),
        notStated: z.number().int(),
        notJudged: z.number().int(),
        qualitative: z.number().int(),
        qualitativeNotStated: z.number().int(),
        estimated: z.number().int(),
        tasks: z.number().int(),
        tasksNotStated: z.number().int(),
      })
      .optional(),
    /** The 12 公开要素 and whether this report states each. */
    disclosure: z.array(disclosureItemSchema),
  })
  .meta({ title: '派生数值' });

/** One published report as `/data/<org>/<year>.json`: department, the report's figures, derived values, links. */
export const reportDataSchema = z
  .strictObject({
    /** The department, with its id (the address segment). */
    department: z.strictObject({ id: z.string(), ...orgSchema.shape }),
    /** The frontmatter as published: problems and measures the report states none of are left out. */
    report: reportSchema.extend({
      problems: z.array(findingSchema).min(1).optional().meta({ title: '存在的问题' }),
      measures: z.array(findingSchema).min(1).optional().meta({ title: '改进措施' }),
      goals: z
        .array(
          goalAreaSchema.extend({
            indicators: z.array(indicatorSchema).min(1).optional().meta({ title: '绩效指标' }),
          }),
        )
        .min(1)
        .optional()
        .meta({ title: '年度工作目标' }),
    }),
    derived: derivedSchema,
    /** Site-relative addresses of the page and of each CSV table of this report. */
    links: z.strictObject({ page: z.string(), csv: z.record(z.string(), z.string()) }),
  })
  .meta({
    title: '绩效自评报告数据',
    description:
      '部门整体支出绩效自评报告的结构化数据；金额单位见 report.unit。报告未说明的项目不出现（既不为 0，也不为 null）。',
  });

export type ReportData = z.infer<typeof reportDataSchema>;
export type Derived = z.infer<typeof derivedSchema>;
export type DisclosureItem = z.infer<typeof disclosureItemSchema>;
export type DisclosureKey = z.infer<typeof disclosureKeySchema>;
export type PreviousYear = z.infer<typeof previousYearSchema>;
