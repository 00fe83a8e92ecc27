import type { MemberDataset, PortalSite } from '../schemas/portal.ts';

/** One department of a member site, as the portal's overview lists it. */
export interface MemberDepartment {
  name: string;
  /** Absolute address of its latest report on the member site. */
  latestUrl: string;
  latestYear: number;
  years: number;
}

/** A member the portal federates: its figures counted from its `all.json`, its search bundles. */
export interface LiveMember {
  name: string;
  url: string;
  /** Where the figures came from: fetched from the site, or its local copy. */
  source: 'site' | 'copy';
  departments: MemberDepartment[];
  /** Number of reports, counted by the portal (本站统计). */
  reports: number;
  firstYear: number;
  lastYear: number;
  /** Absolute addresses of the member's Pagefind bundles: `pagefind/` and any shards. */
  bundles: string[];
}

/** A member left out of this build, with the reason the portal shows and prints. */
export interface SkippedMember {
  name: string;
  url: string;
  reason: string;
}

export interface PortalData {
  title: string;
  members: LiveMember[];
  skipped: SkippedMember[];
  /** Origins of every listed member: the pages' CSP admits exactly these. */
  origins: string[];
}

/** An address below a member site's base: `resolve('https://x.gov.cn/jxzp/', '/a/2020/')`. */
export function memberUrl(base: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), base.endsWith('/') ? base : `${base}/`).href;
}

/** Counts a member's departments and reports from its dataset, newest report per department. */
export function summarizeMember(
  site: PortalSite,
  dataset: MemberDataset,
  bundles: string[],
  source: LiveMember['source'],
): LiveMember {
  const byOrg = new Map<string, MemberDataset['reports']>();
  for (const r of dataset.reports) {
    const list = byOrg.get(r.department.id) ?? [];
    list.push(r);
    byOrg.set(r.department.id, list);
  }
  const departments = [...byOrg.values()].map((reports): MemberDepartment => {
    const latest = reports.reduce((a, b) => (b.report.year > a.report.year ? b : a));
    return {
      name: latest.department.name,
      latestUrl: memberUrl(site.url, latest.links.page),
      latestYear: latest.report.year,
      years: new Set(reports.map((r) => r.report.year)).size,
    };
  });
  const years = dataset.reports.map((r) => r.report.year);
  return {
    name: site.name,
    url: site.url,
    source,
    departments: departments.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    reports: dataset.reports.length,
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    bundles,
  };
}

/** The origins the portal's pages may fetch from besides their own: exactly the listed members. */
export function memberOrigins(sites: readonly PortalSite[]): string[] {
  return [...new Set(sites.map((s) => new URL(s.url).origin))];
}
