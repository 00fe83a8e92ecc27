import type { APIRoute } from 'astro';
import { departmentViews } from '../../../../data/views.ts';
import { type DataTable, overviewTables, tableJson } from '../../../../lib/overview.ts';

export async function getStaticPaths() {
  return overviewTables(await departmentViews()).map(({ year, table }) => ({
    params: { year: String(year), table: table.id },
    props: { table },
  }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(tableJson((props as { table: DataTable }).table), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
