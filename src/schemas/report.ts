import { z } from 'astro/zod';
import { attachmentSchema } from './attachment.ts';
import { expenditureSchema, incomeSchema, threePublicSchema } from './budget.ts';
import { amountUnitSchema, dateSchema, idSchema, safeUrlSchema, textSchema } from './common.ts';
import { evaluationSchema } from './evaluation.ts';
import { finalAccountsSchema } from './final-accounts.ts';
import { goalsSchema } from './goals.ts';
import { provenanceSchema } from './provenance.ts';
import { publicationSchema } from './publication.ts';
import { organisationSchema, staffingSchema, staffingTotalSchema } from './staffing.ts';

/** A problem (存在的问题) or an improvement measure (改进措施), linked to its heading in the body. */
export const findingSchema = z
  .strictObject({
    /** Stable id, used as the anchor of this item on the pages. */
    id: idSchema.meta({ title: '标识' }),
    /** The item's lead sentence exactly as the body's heading has it. */
    title: textSchema.meta({ title: '标题' }),
  })
  .meta({ title: '条目' });

/** Where the original document is published. */
export const sourceSchema = z
  .strictObject({
    /** Address of the original publication. */
    url: safeUrlSchema.optional().meta({ title: '原文地址' }),
    /** The file name or archive reference of the original. */
    file: textSchema.optional().meta({ title: '原文文件' }),
  })
  .meta({ title: '原文出处' });

/** A related disclosure (budget, final accounts) of the same year. */
export const relatedDocumentSchema = z
  .strictObject({
    title: textSchema.meta({ title: '文件名称' }),
    url: safeUrlSchema.meta({ title: '文件地址' }),
  })
  .meta({ title: '相关文件' });

/** The frontmatter of `content/reports/<org>/<year>.mdx`: one department's self-evaluation for one year. */
export const reportSchema = z
  .strictObject({
    /** Department id: the name of a file in `content/orgs/`. */
    org: idSchema.meta({ title: '部门标识' }),
    /** The budget year evaluated. */
    year: z.number().int().min(1990).max(2100).meta({ title: '年度' }),
    /** The report's title as published. */
    title: textSchema.meta({ title: '报告标题' }),
    /** Publication date; absent when unknown. */
    published: dateSchema.optional().meta({ title: '发布日期' }),
    /** The unit of every amount in this report; required as soon as the report gives any amount. */
    unit: amountUnitSchema.optional(),
    source: sourceSchema.optional(),
    related: z.array(relatedDocumentSchema).optional().meta({ title: '相关文件' }),
    publication: publicationSchema.optional(),
    /** Original documents in `content/reports/<org>/<year>/`; every file there must be listed. */
    attachments: z.array(attachmentSchema).optional().meta({ title: '原文附件' }),
    /*
     * Only org, year and title are required. Every block below is optional: a block or field the
     * report does not state is left out, and the site says 报告未说明 for it.
     */
    staffing: staffingSchema.optional(),
    /** A total the report states across the staffing rows, as printed. */
    staffingTotal: staffingTotalSchema.optional(),
    /** Counts of 内设机构 and 下属单位, as stated. */
    organisation: organisationSchema.optional(),
    income: incomeSchema.optional(),
    expenditure: expenditureSchema.optional(),
    /** 决算: income and spending as accounted, with the change against last year. */
    finalAccounts: finalAccountsSchema.optional(),
    threePublic: threePublicSchema.optional(),
    goals: goalsSchema.optional(),
    evaluation: evaluationSchema.optional(),
    /** 存在的问题, in the report's order. */
    problems: z.array(findingSchema).default([]).meta({ title: '存在的问题' }),
    /** 改进措施, in the report's order. */
    measures: z.array(findingSchema).default([]).meta({ title: '改进措施' }),
    /** Where each imported value came from; values marked unconfirmed block publishing. */
    provenance: provenanceSchema.optional(),
  })
  .meta({ title: '绩效自评报告' });

export type Report = z.infer<typeof reportSchema>;
export type ReportInput = z.input<typeof reportSchema>;
export type AmountUnit = z.infer<typeof amountUnitSchema>;
