import { z } from 'astro/zod';

/** A member of the province portal: one district's own site, built and hosted by the district. */
export const portalSiteSchema = z
  .strictObject({
    /** The district's name as the portal shows it and as its search filter names it, e.g. 万州区. */
    name: z.string().trim().min(1, { error: '不能为空' }).meta({ title: '区县名称' }),
    /**
     * The member site's public address, with the path it is served under, e.g.
     * https://www.wz.gov.cn/jxzp/. The portal reads `data/all.json` and `pagefind/` below it.
     */
    url: z
      .url({ protocol: /^https?$/, error: '以 http:// 或 https:// 开头的网址' })
      .meta({ title: '站点地址' }),
    /**
     * A local copy of the member's `data/all.json`, relative to site.yaml, for building offline:
     * used when the site cannot be reached (or always with PORTAL_OFFLINE=1).
     */
    localCopy: z.string().min(1).optional().meta({ title: '本地数据副本' }),
  })
  .meta({ title: '成员站点' });

/** The `portal` key of `content/site.yaml`: with it, `npm run portal` builds a province portal. */
export const portalSchema = z
  .strictObject({
    /** The portal's title, e.g. 重庆市部门整体支出绩效自评报告公开平台. */
    title: z.string().trim().min(1, { error: '不能为空' }).meta({ title: '门户名称' }),
    /** The member sites, in the order the portal lists them. */
    sites: z
      .array(portalSiteSchema)
      .min(1, { error: '至少一个成员站点' })
      .refine((sites) => new Set(sites.map((s) => s.name)).size === sites.length, {
        error: '区县名称不能重复',
      })
      .meta({ title: '成员站点' }),
  })
  .meta({ title: '省级门户' });

export type PortalSite = z.infer<typeof portalSiteSchema>;

/** The longest name, title or address the portal takes from a member. */
export const MEMBER_TEXT_LIMIT = 500;
/** The most reports the portal takes from one member (far above any district's). */
export const MEMBER_REPORTS_LIMIT = 100_000;
export type Portal = z.infer<typeof portalSchema>;

/**
 * What the portal needs from a member's `/data/all.json`: a tolerant view of the published
 * dataset (extra fields are ignored), so members built by another version still federate.
 */
export const memberDatasetSchema = z
  .object({
    /**
     * Every report of the member site. Bounded, as every string below: a member is untrusted, and
     * the portal keeps its figures in memory and in every page.
     */
    reports: z
      .array(
        z.object({
          department: z.object({
            id: z.string().max(MEMBER_TEXT_LIMIT),
            name: z.string().max(MEMBER_TEXT_LIMIT),
            shortName: z.string().max(MEMBER_TEXT_LIMIT),
          }),
          report: z.object({
            year: z.number().int().min(1900).max(2200),
            title: z.string().max(MEMBER_TEXT_LIMIT),
            evaluation: z.object({ score: z.number(), grade: z.string().max(MEMBER_TEXT_LIMIT) }),
          }),
          /** Site-relative addresses; `page` is the report page (held to the member's site). */
          links: z.object({ page: z.string().startsWith('/').max(MEMBER_TEXT_LIMIT) }),
        }),
      )
      .max(MEMBER_REPORTS_LIMIT),
  })
  .meta({ title: '成员站点数据（data/all.json）' });

export type MemberDataset = z.infer<typeof memberDatasetSchema>;
