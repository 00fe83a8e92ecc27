import { z } from 'astro/zod';
import { safeUrlSchema, textSchema } from './common.ts';
import type { Report } from './report.ts';

/** A department (部门) that publishes reports: `content/orgs/<org>.yaml`. */
export const orgSchema = z
  .strictObject({
    /** Full official name, e.g. 重庆市万州区科学技术局. */
    name: textSchema.meta({ title: '部门全称' }),
    /** Short name for navigation and tables, e.g. 万州区科技局. */
    shortName: textSchema.meta({ title: '部门简称' }),
    /** Administrative region, e.g. 重庆市万州区; used to group and filter departments. */
    region: textSchema.meta({ title: '所属地区' }),
    /** The department's own website, if it has one. */
    website: safeUrlSchema.optional().meta({ title: '部门网站' }),
    /** One or two sentences on what the department does, shown on its overview page. */
    description: textSchema.optional().meta({ title: '部门简介' }),
    /** Marks invented demonstration data; such pages carry a visible 演示数据 notice. */
    demo: z.boolean().default(false).meta({ title: '演示数据' }),
  })
  .meta({ title: '部门' });

export type Org = z.infer<typeof orgSchema>;
export type OrgInput = z.input<typeof orgSchema>;

/** A department with its id (the file name, used in addresses) and its reports, oldest first. */
export interface Department {
  id: string;
  org: Org;
  reports: Report[];
}
