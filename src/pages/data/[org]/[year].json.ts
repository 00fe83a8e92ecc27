import type { APIRoute } from 'astro';
import { departments } from '../../../data/collections.ts';
import { reportData } from '../../../lib/dataset.ts';
import type { Department } from '../../../schemas/org.ts';
import type { Report } from '../../../schemas/report.ts';

export async function getStaticPaths() {
  return (await departments()).flatMap((department) =>
    department.reports.map((report) => ({
      params: { org: department.id, year: String(report.year) },
      props: { department, report },
    })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { department, report } = props as { department: Department; report: Report };
  return new Response(`${JSON.stringify(reportData(department, report), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
