import { z } from 'astro/zod';
import { countSchema, textSchema } from './common.ts';

/** Staffing of one unit (the department itself or a subordinate unit), section 人员情况. */
export const staffingUnitSchema = z
  .strictObject({
    /** The unit's name as the report prints it, e.g. 区科技信息中心. */
    unit: textSchema.meta({ title: '单位名称' }),
    /** 编制数: authorised posts. */
    authorized: countSchema.meta({ title: '编制数' }),
    /** 在职在编人员: staff in post at the reporting date. */
    active: countSchema.meta({ title: '在职在编人员' }),
    /** 退休人员: retired staff the unit supports. */
    retired: countSchema.optional().meta({ title: '退休人员' }),
    /** The reporting date as the report words it, e.g. 2020年末. */
    asOf: textSchema.optional().meta({ title: '统计时点' }),
  })
  .meta({ title: '单位人员' });

export const staffingSchema = z.array(staffingUnitSchema).meta({ title: '人员情况' });

export type StaffingUnit = z.infer<typeof staffingUnitSchema>;
