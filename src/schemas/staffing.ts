import { z } from 'astro/zod';
import { countSchema, textSchema } from './common.ts';

/*
 * Reports state staffing in many shapes: per unit or for a whole 系统, 编制 by kind or not at all,
 * extra categories of staff, retirees as one figure or apart. Every count is optional; a total
 * the report prints is kept as printed and checked against its parts, never replaced by a sum.
 */

/** 编制 by kind, any subset. */
export const postsByKindSchema = z
  .strictObject({
    /** 行政编制 */
    administrative: countSchema.optional().meta({ title: '行政编制' }),
    /** 参照公务员法管理事业编制（参公） */
    civilServiceManaged: countSchema.optional().meta({ title: '参照公务员法管理事业编制' }),
    /** 事业编制 */
    institution: countSchema.optional().meta({ title: '事业编制' }),
    /** 工勤编制 */
    worker: countSchema.optional().meta({ title: '工勤编制' }),
  })
  .meta({ title: '编制类别' });

/** A freely named category of staff beyond those in post, e.g. 协管员, 临聘人员. */
export const staffCategorySchema = z
  .strictObject({
    /** The category as the report names it. */
    name: textSchema.meta({ title: '人员类别' }),
    /** Head count. */
    count: countSchema.meta({ title: '人数' }),
  })
  .meta({ title: '其他人员' });

/** Staffing of one unit, or of a whole 系统 in one row, section 人员情况. */
export const staffingUnitSchema = z
  .strictObject({
    /** The unit's name as the report prints it, e.g. 区科技信息中心, or 区城管系统. */
    unit: textSchema.meta({ title: '单位名称' }),
    /** For a row that covers a whole 系统: how many units it covers (共17个单位). */
    units: z.number().int().min(1).optional().meta({ title: '所含单位数' }),
    /** 编制数 as stated: authorised posts in total. */
    authorized: countSchema.optional().meta({ title: '编制数' }),
    posts: postsByKindSchema.optional(),
    /** 在职在编人员: staff in post at the reporting date. */
    active: countSchema.optional().meta({ title: '在职在编人员' }),
    /** Other staff (协管员, 临聘人员, 市场化公司聘用人员 …), in the report's order. */
    others: z.array(staffCategorySchema).min(1).optional().meta({ title: '其他人员' }),
    /** 实有人员 / 现有人员 as printed; checked against 在职在编 plus the other categories. */
    total: countSchema.optional().meta({ title: '实有人员合计' }),
    /** 离退休人员 as one figure, as printed. */
    retirees: countSchema.optional().meta({ title: '离退休人员' }),
    /** 离休人员 */
    retiredVeterans: countSchema.optional().meta({ title: '离休人员' }),
    /** 退休人员: retired staff the unit supports. */
    retired: countSchema.optional().meta({ title: '退休人员' }),
    /** 公务用车（辆） */
    vehicles: countSchema.optional().meta({ title: '公务用车（辆）' }),
    /** The reporting date as the report words it, e.g. 2020年末. */
    asOf: textSchema.optional().meta({ title: '统计时点' }),
  })
  .meta({ title: '单位人员' });

export const staffingSchema = z.array(staffingUnitSchema).meta({ title: '人员情况' });

/** The staffing columns a stated total can add up. */
export const staffingColumnSchema = z
  .enum(['authorized', 'active', 'total', 'retirees', 'retired'])
  .meta({ title: '合计的人员项' });

/**
 * A total the report states across its staffing rows (现有人员合计1894人 over 局本级 and 环卫处),
 * shown as printed; checked against the rows' `of` column where every row states it.
 */
export const staffingTotalSchema = z
  .strictObject({
    /** The words as printed, e.g. 现有人员合计. */
    label: textSchema.meta({ title: '合计名称' }),
    /** The count as printed. */
    count: countSchema.meta({ title: '人数' }),
    /** Which column of the rows it adds up, e.g. total (实有人员) or authorized (编制数). */
    of: staffingColumnSchema.optional(),
  })
  .meta({ title: '人员合计（报告所述）' });

/** Counts of the department's divisions and units (内设机构17个, 下属单位3个), as stated. */
export const organisationSchema = z
  .strictObject({
    /** 内设机构 */
    divisions: z.number().int().nonnegative().optional().meta({ title: '内设机构数' }),
    /** 下属单位 / 所属单位 */
    subordinateUnits: z.number().int().nonnegative().optional().meta({ title: '下属单位数' }),
  })
  .meta({ title: '机构设置' });

export type StaffingUnit = z.infer<typeof staffingUnitSchema>;
export type StaffingTotal = z.infer<typeof staffingTotalSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type PostsByKind = z.infer<typeof postsByKindSchema>;
