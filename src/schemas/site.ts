import { z } from 'astro/zod';
import { textSchema } from './common.ts';
import { portalSchema } from './portal.ts';

/** How readers reach the site's operator; either or both may be given. */
export const contactSchema = z
  .strictObject({
    /** A telephone number as printed, e.g. 023-58888888. */
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+()\-—－ 转]{5,40}$/, { error: '电话号码，如 023-58888888' })
      .optional()
      .meta({ title: '联系电话' }),
    /** An e-mail address. */
    email: z
      .email({ error: '电子邮箱地址，如 czj@example.gov.cn' })
      .optional()
      .meta({ title: '电子邮箱' }),
  })
  .meta({ title: '联系方式' });

/**
 * When a year's report is due: `month`/`day` of the year `yearsAfter` the budget year (most
 * districts require 部门整体支出绩效自评报告 by 30 June of the following year). The tracker marks
 * each dated report on time or late against it.
 */
export const deadlineSchema = z
  .strictObject({
    /** Years after the budget year; 1 means the following year. */
    yearsAfter: z.number().int().min(0).max(3).default(1).meta({ title: '间隔年数' }),
    /** Month of the deadline, 1–12. */
    month: z.number().int().min(1).max(12).meta({ title: '月' }),
    /** Day of the month, 1–31 (checked against the month). */
    day: z.number().int().min(1).max(31).meta({ title: '日' }),
  })
  .refine((d) => d.day <= daysIn(d.month), { error: '该月没有这一天', path: ['day'] })
  .meta({ title: '公开期限' });

/**
 * `content/site.yaml`: who runs the site, as 政府网站发展指引 (国办发〔2017〕47号) asks every
 * government site to say in its footer. Only the name is required; what is left out is not
 * shown at all.
 */
export const siteSchema = z
  .strictObject({
    /** The site's name, in the header, page titles, the feed and the SiteName meta tag. */
    name: textSchema.meta({ title: '网站名称' }),
    /** 主办单位: the body responsible for the site, e.g. 重庆市万州区财政局. */
    sponsor: textSchema.optional().meta({ title: '主办单位' }),
    /** 承办单位: the body that runs it day to day. */
    operator: textSchema.optional().meta({ title: '承办单位' }),
    contact: contactSchema.optional(),
    /** 网站标识码, e.g. 5001010001, issued by the State Council office (ten characters). */
    siteCode: z
      .preprocess(
        // Written unquoted, a code of digits is a YAML number; it is still the code.
        (value) => (typeof value === 'number' ? String(value) : value),
        z
          .string()
          .trim()
          .regex(/^[0-9A-Za-z]{10}$/, { error: '十位数字或字母，如 5001010001' }),
      )
      .optional()
      .meta({ title: '网站标识码' }),
    /** ICP备案号, e.g. 渝ICP备12345678号-1; linked to the MIIT filing site. */
    icp: z
      .string()
      .trim()
      .regex(/ICP[备证]/, { error: '含“ICP备”的备案号，如 渝ICP备12345678号-1' })
      .optional()
      .meta({ title: 'ICP备案号' }),
    /** 公安机关备案号, e.g. 渝公网安备 50010102000001号. */
    publicSecurity: z
      .string()
      .trim()
      .regex(/公网安备/, { error: '含“公网安备”的备案号，如 渝公网安备 50010102000001号' })
      .optional()
      .meta({ title: '公安机关备案号' }),
    deadline: deadlineSchema.optional(),
    /** With it, `npm run portal` builds a province portal over these member sites. */
    portal: portalSchema.optional(),
  })
  .meta({ title: '网站信息' });

export type Site = z.infer<typeof siteSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;

function daysIn(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}
