import type { ReportData } from '../schemas/data.ts';
import type { Department } from '../schemas/org.ts';
import { routes } from './routes.ts';
import type { ReportView } from './view/index.ts';

export { TABLE_NAMES } from './view/index.ts';

export function dataPath(org: string, year: number, table?: string): string {
  return table ? routes.reportCsv(org, year, table) : routes.reportJson(org, year);
}

/** A report as published in `/data/<org>/<year>.json`: its frontmatter and the view's derived values. */
export function reportData(department: Department, view: ReportView): ReportData {
  // Provenance is the importer's working record for the author, not part of the report.
  const { provenance: _provenance, ...stated } = view.report;
  // A list the report states nothing in is left out, as the README promises (no "problems": [],
  // no goal area's "indicators": []).
  const report = withoutEmptyLists(stated) as ReportData['report'];
  return {
    department: { id: department.id, ...department.org },
    report,
    derived: view.derived,
    links: {
      page: routes.report(report.org, report.year),
      csv: Object.fromEntries(
        view.csv.map((t) => [t.name, dataPath(report.org, report.year, t.name)]),
      ),
    },
  };
}

/** A copy without the keys whose value is an empty list, at any depth. */
function withoutEmptyLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyLists);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k, withoutEmptyLists(v)]),
  );
}
