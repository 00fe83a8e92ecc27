import type { APIRoute } from 'astro';
import { departments } from '../../../../data/collections.ts';
import { csvTables } from '../../../../lib/dataset.ts';

export async function getStaticPaths() {
  return (await departments()).flatMap((department) =>
    department.reports.flatMap((report) =>
      Object.entries(csvTables(report)).map(([table, csv]) => ({
        params: { org: department.id, year: String(report.year), table },
        props: { csv },
      })),
    ),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
