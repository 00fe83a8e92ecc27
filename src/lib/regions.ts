// Which departments may be added up together. A district total means something only over real
// departments of one region: a department of another region, or an invented demo department,
// is shown apart with its own 本站合计, never mixed into the site's.

import type { Issue } from '../schemas/issues.ts';
import type { Org } from '../schemas/org.ts';
import type { Site } from '../schemas/site.ts';

export type RegionKind = 'main' | 'region' | 'demo';

/** Departments that may be summed together: real ones of one region, or demo ones of one region. */
export interface RegionGroup<T> {
  /** `main` for the site's own region; `region-1`, `demo-1` … for the others, by region name. */
  id: string;
  kind: RegionKind;
  region: string;
  /** The heading the overview gives the group. */
  title: string;
  members: T[];
}

type Member = { org: Pick<Org, 'region' | 'demo'> };

/**
 * The region the site adds up: as site.yaml names it, otherwise the one region all real
 * departments share (none when they span several: then nothing is the district).
 */
export function siteRegion(
  orgs: readonly Pick<Org, 'region' | 'demo'>[],
  configured: string | undefined,
): string | undefined {
  if (configured) return configured;
  const regions = new Set(orgs.filter((o) => !o.demo).map((o) => o.region));
  return regions.size === 1 ? [...regions][0] : undefined;
}

/**
 * Splits departments into groups that may be summed: the site's region first (always present
 * when known, even if empty, so the page can say it holds none), then other regions, then demo
 * departments, each by region name.
 */
export function regionGroups<T extends Member>(
  items: readonly T[],
  configured: string | undefined,
): RegionGroup<T>[] {
  const main = siteRegion(
    items.map((i) => i.org),
    configured,
  );
  const groups: RegionGroup<T>[] = [];
  if (main !== undefined)
    groups.push({
      id: 'main',
      kind: 'main',
      region: main,
      title: main,
      members: items.filter((i) => !i.org.demo && i.org.region === main),
    });
  const byRegion = (demo: boolean) => {
    const rest = items.filter((i) => i.org.demo === demo && (demo || i.org.region !== main));
    const regions = [...new Set(rest.map((i) => i.org.region))].sort((a, b) =>
      a.localeCompare(b, 'zh-CN'),
    );
    return regions.map(
      (region, n): RegionGroup<T> => ({
        id: `${demo ? 'demo' : 'region'}-${n + 1}`,
        kind: demo ? 'demo' : 'region',
        region,
        title: demo ? `演示部门（虚构，${region}）` : `其他地区：${region}`,
        members: rest.filter((i) => i.org.region === region),
      }),
    );
  };
  return [...groups, ...byRegion(false), ...byRegion(true)];
}

/**
 * Checks site.yaml against the departments: a warning when real departments span several
 * regions (the overview then shows them apart), an error for a required department id that has
 * no org file.
 */
export function regionIssues(site: Site, orgs: ReadonlyMap<string, Org>, file: string): Issue[] {
  const issues: Issue[] = [];
  const real = [...orgs.values()].filter((o) => !o.demo);
  const regions = [...new Set(real.map((o) => o.region))];
  const main = siteRegion(real, site.region);
  if (regions.length > 1 || (main !== undefined && regions.some((r) => r !== main)))
    issues.push({
      file,
      path: 'region',
      label: '本站所属地区',
      expected: main
        ? `本站部门都属于本站所属地区“${main}”`
        : '在 site.yaml 中用 region 写明本站所属地区',
      found: main
        ? `有真实部门不属于本站所属地区：${regions.filter((r) => r !== main).join('、')}；全区概览只加总“${main}”的真实部门，其他地区分开显示、单独合计`
        : `真实部门属于多个地区（${regions.join('、')}）；全区概览不计算全区合计，各地区分开显示、单独合计`,
      severity: 'warning',
    });
  (site.requiredDepartments ?? []).forEach((entry, i) => {
    if (typeof entry === 'string' && !orgs.has(entry))
      issues.push({
        file,
        path: `requiredDepartments[${i}]`,
        label: `应公开部门 › 第${i + 1}项`,
        expected: '已登记部门的标识（content/orgs/<标识>.yaml），或 name: 部门全称',
        found: `未登记的部门“${entry}”`,
      });
  });
  return issues;
}
