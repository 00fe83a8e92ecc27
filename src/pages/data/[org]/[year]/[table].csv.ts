import type { APIRoute } from 'astro';
import { forReportFiles } from '../../../../data/part.ts';
import { departmentViews } from '../../../../data/views.ts';

/** Every path of this page, whichever run of the build renders it (the sitemap reads them). */
export async function allPaths() {
  return (await departmentViews()).flatMap((department) =>
    department.views.flatMap((view) =>
      view.csv.map((table) => ({
        params: { org: department.id, year: String(view.report.year), table: table.name },
        props: { csv: table.csv },
      })),
    ),
  );
}

/** The paths this run of the build renders (src/io/parts.ts, src/lib/report-files.ts). */
export const getStaticPaths = () => forReportFiles(allPaths());

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
