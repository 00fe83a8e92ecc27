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
  return new URL(path.replace(/^\/+/, ''), memberBase(base)).href;
}

/** A member's base address as the portal keeps it: parsed, with one trailing slash. */
export function memberBase(base: string): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url.href;
}

/** The most a member's `all.json` may hold, read streamed and cut off beyond (README). */
export const MEMBER_DATA_LIMIT = 20 * 2 ** 20;
/** The most a member's small Pagefind files (entry, shard list) may hold. */
export const MEMBER_INDEX_LIMIT = 2 ** 20;

export type MemberAddress = { ok: true; href: string } | { ok: false; why: string };

// C0 and C1 controls, DEL, and the line and paragraph separators: browsers drop or reinterpret them
// inside addresses (`/<tab>//evil.example/` becomes `//evil.example/`).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * A site path a member published (`/kjj/2020/`), held to the member's own site: resolved against
 * its base and accepted only if the result keeps the base's scheme, host and port and stays under
 * its path. Backslashes, control characters, scheme-relative (`//x`) and absolute (`x:`) forms are
 * refused before resolving, since browsers read them differently from the URL parser.
 */
export function memberAddress(base: string, value: string): MemberAddress {
  if (CONTROL.test(value)) return { ok: false, why: '含有控制字符' };
  if (value.includes('\\')) return { ok: false, why: '含有反斜杠' };
  if (!value.startsWith('/')) return { ok: false, why: '应为以 / 开头的站内地址' };
  if (value.startsWith('//')) return { ok: false, why: '以 // 开头（指向其他站点的地址）' };
  // A colon in the path would turn into a scheme wherever the leading slash is dropped
  // (`/javascript:…`); no page this project publishes has one.
  if (/^[^?#]*:/.test(value)) return { ok: false, why: '路径含有冒号（可能被当作协议）' };
  const root = new URL(memberBase(base));
  let url: URL;
  try {
    url = new URL(`.${value}`, root);
  } catch {
    return { ok: false, why: '不是合法的地址' };
  }
  if (
    url.protocol !== root.protocol ||
    url.host !== root.host ||
    url.port !== root.port ||
    url.username !== '' ||
    url.password !== '' ||
    !url.pathname.startsWith(root.pathname)
  )
    return { ok: false, why: `超出成员站点 ${root.href} 的范围` };
  return { ok: true, href: url.href };
}

/**
 * Whether an absolute address (a search result's, say) lies on the member site at `base`: same
 * scheme, host and port, and under its path, by path segments. For the portal's search page, which
 * shows a merged member's result only under the member whose site it is on.
 */
export function onMemberSite(base: string, address: string): boolean {
  if (CONTROL.test(address) || address.includes('\\')) return false;
  try {
    const root = new URL(memberBase(base));
    const url = new URL(address);
    return (
      url.protocol === root.protocol &&
      url.host === root.host &&
      url.username === '' &&
      url.password === '' &&
      url.pathname.startsWith(root.pathname)
    );
  } catch {
    return false;
  }
}

/**
 * The member, among `bases`, whose site holds `address`: the one with the longest base path, so a
 * member at `https://x/b/` is not taken for one at `https://x/`. `undefined` when none does.
 */
export function memberOfAddress<T extends { url: string }>(
  members: readonly T[],
  address: string,
): T | undefined {
  let best: T | undefined;
  for (const m of members)
    if (
      onMemberSite(m.url, address) &&
      (!best || memberBase(m.url).length > memberBase(best.url).length)
    )
      best = m;
  return best;
}

/** Where a member's data names an address the portal refuses: the field and why. */
export interface RefusedAddress {
  field: string;
  value: string;
  why: string;
}

/** Every address of a member's dataset held to its site (`memberAddress`); the first refusals. */
export function refusedAddresses(base: string, dataset: MemberDataset, most = 3): RefusedAddress[] {
  const refused: RefusedAddress[] = [];
  for (const [i, r] of dataset.reports.entries()) {
    const address = memberAddress(base, r.links.page);
    if (!address.ok) {
      refused.push({ field: `reports[${i}].links.page`, value: r.links.page, why: address.why });
      if (refused.length >= most) break;
    }
  }
  return refused;
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
    const address = memberAddress(site.url, latest.links.page);
    return {
      name: latest.department.name,
      // Checked by `refusedAddresses` before: a member with a refused address is skipped.
      latestUrl: address.ok ? address.href : memberBase(site.url),
      latestYear: latest.report.year,
      years: new Set(reports.map((r) => r.report.year)).size,
    };
  });
  // A loop, not Math.min(...years): a spread of 200 000 arguments overflows the stack.
  let firstYear = Number.POSITIVE_INFINITY;
  let lastYear = Number.NEGATIVE_INFINITY;
  for (const r of dataset.reports) {
    firstYear = Math.min(firstYear, r.report.year);
    lastYear = Math.max(lastYear, r.report.year);
  }
  return {
    name: site.name,
    url: memberBase(site.url),
    source,
    departments: departments.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    reports: dataset.reports.length,
    firstYear,
    lastYear,
    bundles,
  };
}

/** The origins the portal's pages may fetch from besides their own: exactly the listed members. */
export function memberOrigins(sites: readonly PortalSite[]): string[] {
  return [...new Set(sites.map((s) => new URL(s.url).origin))];
}
