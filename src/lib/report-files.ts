// Each report's files beside its page: its data as JSON and as CSV tables, and its print
// stylesheet, from the report's view model. src/io/report-files.ts is their one writer.
import type { Department } from '../schemas/org.ts';
import type { Report } from '../schemas/report.ts';
import { reportData } from './dataset.ts';
import { printCss } from './print.ts';
import { routes } from './routes.ts';
import type { ReportView } from './view/index.ts';

/** A file of the built site: its site path (as `routes` spells it) and its text. */
export interface SiteFile {
  path: string;
  text: string;
}

/** `/data/<org>/<year>.json`. */
export function reportJson(department: Department, view: ReportView): string {
  return `${JSON.stringify(reportData(department, view), null, 2)}\n`;
}

/** Every file published beside one report's page. */
export function reportFiles(department: Department, view: ReportView): SiteFile[] {
  const { org, year } = view.report;
  return [
    { path: routes.reportJson(org, year), text: reportJson(department, view) },
    ...view.csv.map((table) => ({
      path: routes.reportCsv(org, year, table.name),
      text: table.csv,
    })),
    { path: routes.reportPrintCss(org, year), text: printCss(department.org.name, year) },
  ];
}

/**
 * Every report's files, one department at a time, from validated content: the departments as
 * `departmentsOf` orders them, each report with its view model (worked out once per build).
 */
export function* allReportFiles(
  departments: readonly Department[],
  viewOf: (report: Report) => ReportView,
): Generator<SiteFile> {
  for (const department of departments)
    for (const report of department.reports) yield* reportFiles(department, viewOf(report));
}
