import type { APIRoute } from 'astro';
import { departments } from '../../data/collections.ts';
import { reportData } from '../../lib/dataset.ts';
import type { Department } from '../../schemas/org.ts';

/** One department's reports, oldest first: the data behind its trend and comparison views. */
export async function getStaticPaths() {
  return (await departments()).map((department) => ({
    params: { org: department.id },
    props: { department },
  }));
}

export const GET: APIRoute = ({ props }) => {
  const { department } = props as { department: Department };
  const reports = department.reports.map((r) => reportData(department, r));
  return new Response(`${JSON.stringify({ reports }, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
