// How `npm run build` splits a large site between Astro runs, so that no one process holds every
// report's compiled narrative: at 10000 reports one Astro run peaked at 8 GB, of which the report
// pages and their MDX modules were 3.7 GB. Small sites are built in one run, as before.

import { groupDepartments, reportCounts } from '../lib/search/shards.ts';

/**
 * What one Astro run renders: everything (`all`); the district-wide pages and data only
 * (`global`: home, overview, tracker, data index, feeds, sitemap, search), from every report's
 * figures and no narrative; or every page and data file of some departments (`departments`).
 */
export type BuildPart =
  | { kind: 'all' }
  | { kind: 'global' }
  | { kind: 'departments'; orgs: string[] };

/**
 * The runs for a site: one when it has at most `limit` reports; otherwise the district-wide part
 * and groups of whole departments (those without reports too) of at most `limit` reports each,
 * a larger department alone, in a stable order.
 */
export function buildParts(
  orgs: readonly string[],
  reports: readonly { data: { org: string } }[],
  limit: number,
): BuildPart[] {
  if (reports.length <= limit) return [{ kind: 'all' }];
  return [
    { kind: 'global' },
    ...groupDepartments(reportCounts(reports, orgs), limit).map(
      (group): BuildPart => ({ kind: 'departments', orgs: group }),
    ),
  ];
}

/** Whether a run renders the pages of `org`, or the district-wide pages when `org` is absent. */
export function rendersPart(part: BuildPart, org?: string): boolean {
  if (part.kind === 'all') return true;
  if (org === undefined) return part.kind === 'global';
  return part.kind === 'departments' && part.orgs.includes(org);
}

/**
 * Whether a file a run wrote (a path under its output folder, `/`-separated, without the base)
 * belongs to that run: a department run owns its departments' addresses only, since the
 * district-wide pages it also renders (they have no parameters to filter on) see only its
 * departments; the district-wide run owns everything else.
 */
export function ownsFile(part: BuildPart, path: string, orgs: ReadonlySet<string>): boolean {
  if (part.kind === 'all') return true;
  const org = departmentOf(path, orgs);
  return part.kind === 'global' ? org === undefined : org !== undefined && part.orgs.includes(org);
}

/** The department a built file is about (`/<org>/…`, `/data/<org>…`, `/files/<org>/…`). */
function departmentOf(path: string, orgs: ReadonlySet<string>): string | undefined {
  const [first, second] = path.replace(/^\//, '').split('/');
  if (first && orgs.has(first)) return first;
  if ((first === 'data' || first === 'files') && second) {
    const org = second.replace(/\.json$/, '');
    if (orgs.has(org)) return org;
  }
  return undefined;
}
