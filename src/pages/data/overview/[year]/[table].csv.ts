import type { APIRoute } from 'astro';
import { forPart } from '../../../../data/part.ts';
import { siteInfo } from '../../../../data/site.ts';
import { departmentViews } from '../../../../data/views.ts';
import { type DataTable, overviewTables, tableCsv } from '../../../../lib/overview.ts';

/** Every path of this page, whichever run of the build renders it (the sitemap reads them). */
export async function allPaths() {
  return overviewTables(await departmentViews(), siteInfo().region).map(({ year, table }) => ({
    params: { year: String(year), table: table.id },
    props: { table },
  }));
}

/** The paths this run of the build renders (src/io/parts.ts). */
export const getStaticPaths = () => forPart(allPaths());

export const GET: APIRoute = ({ props }) =>
  new Response(tableCsv((props as { table: DataTable }).table), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
