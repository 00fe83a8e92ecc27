import type { APIRoute } from 'astro';
import { departmentViews } from '../../../../data/views.ts';

export async function getStaticPaths() {
  return (await departmentViews()).flatMap((department) =>
    department.views.flatMap((view) =>
      view.csv.map((table) => ({
        params: { org: department.id, year: String(view.report.year), table: table.name },
        props: { csv: table.csv },
      })),
    ),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
