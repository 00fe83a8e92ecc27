import type { APIRoute } from 'astro';
import { type DepartmentViews, departmentViews } from '../../../data/views.ts';
import { reportData } from '../../../lib/dataset.ts';
import type { ReportView } from '../../../lib/view.ts';

export async function getStaticPaths() {
  return (await departmentViews()).flatMap((department) =>
    department.views.map((view) => ({
      params: { org: department.id, year: String(view.report.year) },
      props: { department, view },
    })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { department, view } = props as { department: DepartmentViews; view: ReportView };
  return new Response(`${JSON.stringify(reportData(department, view), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
