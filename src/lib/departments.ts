import type { Department, Org } from '../schemas/org.ts';
import type { Report } from '../schemas/report.ts';

/**
 * Every department with its reports oldest first, in the order of their short names: the one
 * order every page, data file and list of the site uses.
 */
export function departmentsOf(
  orgs: Iterable<readonly [id: string, org: Org]>,
  reports: readonly Report[],
): Department[] {
  return [...orgs]
    .map(([id, org]) => ({
      id,
      org,
      reports: reports.filter((r) => r.org === id).sort((a, b) => a.year - b.year),
    }))
    .sort((a, b) => a.org.shortName.localeCompare(b.org.shortName, 'zh-CN'));
}
