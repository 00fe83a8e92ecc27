import type { APIRoute } from 'astro';
import { forPart } from '../../../data/part.ts';
import { type DepartmentViews, departmentViews } from '../../../data/views.ts';
import { reportData } from '../../../lib/dataset.ts';
import type { ReportView } from '../../../lib/view.ts';

/** Every path of this page, whichever run of the build renders it (the sitemap reads them). */
export async function allPaths() {
  return (await departmentViews()).flatMap((department) =>
    department.views.map((view) => ({
      params: { org: department.id, year: String(view.report.year) },
      props: { department, view },
    })),
  );
}

/** The paths this run of the build renders (src/lib/parts.ts). */
export const getStaticPaths = () => forPart(allPaths());

export const GET: APIRoute = ({ props }) => {
  const { department, view } = props as { department: DepartmentViews; view: ReportView };
  return new Response(`${JSON.stringify(reportData(department, view), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
