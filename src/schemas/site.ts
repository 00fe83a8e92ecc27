import { z } from 'astro/zod';
import { idSchema, safeUrlSchema, textSchema } from './common.ts';
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

/** A link the site's operator configures: the words shown and where they lead. */
export const siteLinkSchema = z
  .strictObject({
    /** The words of the link, e.g. 示例区人民政府. */
    label: textSchema.meta({ title: '链接文字' }),
    /** An absolute http(s) address or a path on this site starting with `/`. */
    url: safeUrlSchema.meta({ title: '链接地址' }),
  })
  .meta({ title: '链接' });

/**
 * An image file in the content folder (beside site.yaml), served by the site itself so no
 * request leaves it: a plain file name such as `emblem.png`.
 */
export const siteImageFileSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.(?:png|jpe?g|gif|webp|svg)$/i, {
    error: '内容文件夹中的图片文件名（png、jpg、gif、webp 或 svg），如 emblem.png',
  })
  .meta({ title: '图片文件' });

/** The emblem (徽标) or banner (横幅) shown at the top of every page. */
export const emblemSchema = z
  .strictObject({
    /** The image file, beside site.yaml in the content folder. */
    file: siteImageFileSchema,
    /** The text alternative, e.g. 示例区人民政府徽标; read aloud and shown when images are off. */
    alt: textSchema.meta({ title: '替代文字' }),
    /** `emblem` sits before the site name; `banner` spans the header above it. */
    kind: z.enum(['emblem', 'banner']).default('emblem').meta({ title: '样式（徽标或横幅）' }),
  })
  .meta({ title: '网站标志' });

/**
 * The 党政机关 identification (党政机关网站标识): the address of the site's verification page
 * issued by the 中央机构编制委员会办公室, and the badge image as a local file. Never shipped with
 * invented values: absent, nothing is shown.
 */
export const governmentIdSchema = z
  .strictObject({
    /** The verification address as issued for this site. */
    url: safeUrlSchema.meta({ title: '标识验证地址' }),
    /** The badge image, beside site.yaml; without it the link is shown as the words 党政机关. */
    image: siteImageFileSchema.optional(),
  })
  .meta({ title: '党政机关标识' });

/**
 * A department the site's finance bureau requires to publish: the id of a department on this
 * site (`content/orgs/<id>.yaml`), or the name of one that has no file here yet, so the tracker
 * can show that it never published.
 */
export const requiredDepartmentSchema = z
  .union([
    idSchema,
    z.strictObject({
      /** Full official name. */
      name: textSchema.meta({ title: '部门全称' }),
      /** Short name for the tracker; the full name is used without it. */
      shortName: textSchema.optional().meta({ title: '部门简称' }),
    }),
  ])
  .meta({ title: '应公开部门' });

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
    /**
     * The administrative region the site covers, e.g. 重庆市万州区. The overview adds up only real
     * departments of this region; others and demo departments are shown apart.
     */
    region: textSchema.optional().meta({ title: '本站所属地区' }),
    emblem: emblemSchema.optional(),
    governmentId: governmentIdSchema.optional(),
    /** The address of the national 我为政府网站找错 page as issued for this site. */
    errorReportUrl: safeUrlSchema.optional().meta({ title: '我为政府网站找错地址' }),
    /** Where readers apply for information to be disclosed (依申请公开). */
    applyForDisclosure: siteLinkSchema.optional().meta({ title: '依申请公开' }),
    /** Related sites (相关链接), in the footer, in this order. */
    relatedLinks: z.array(siteLinkSchema).optional().meta({ title: '相关链接' }),
    /** Departments required to publish; the tracker lists those that never did. */
    requiredDepartments: z.array(requiredDepartmentSchema).optional().meta({ title: '应公开部门' }),
    /** With it, `npm run portal` builds a province portal over these member sites. */
    portal: portalSchema.optional(),
  })
  .meta({ title: '网站信息' });

export type Site = z.infer<typeof siteSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type SiteLink = z.infer<typeof siteLinkSchema>;
export type RequiredDepartment = z.infer<typeof requiredDepartmentSchema>;

function daysIn(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}
