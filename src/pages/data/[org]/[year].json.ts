import type { APIRoute } from 'astro';
import { forReportFiles } from '../../../data/part.ts';
import { type DepartmentViews, departmentViews } from '../../../data/views.ts';
import { reportJson } from '../../../lib/report-files.ts';
import type { ReportView } from '../../../lib/view/index.ts';

/** Every path of this page, whichever run of the build renders it (the sitemap reads them). */
export async function allPaths() {
  return (await departmentViews()).flatMap((department) =>
    department.views.map((view) => ({
      params: { org: department.id, year: String(view.report.year) },
      props: { department, view },
    })),
  );
}

/** The paths this run of the build renders (src/io/parts.ts, src/lib/report-files.ts). */
export const getStaticPaths = () => forReportFiles(allPaths());

export const GET: APIRoute = ({ props }) => {
  const { department, view } = props as { department: DepartmentViews; view: ReportView };
  return new Response(reportJson(department, view), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
