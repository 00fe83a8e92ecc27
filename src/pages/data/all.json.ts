import type { APIRoute } from 'astro';
import { departments } from '../../data/collections.ts';
import { reportData } from '../../lib/dataset.ts';

/** Every report in one file, oldest department-year first. */
export const GET: APIRoute = async () => {
  const reports = (await departments()).flatMap((d) => d.reports.map((r) => reportData(d, r)));
  return new Response(`${JSON.stringify({ reports }, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
