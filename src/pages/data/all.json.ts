import type { APIRoute } from 'astro';
import { departmentViews } from '../../data/views.ts';
import { reportData } from '../../lib/dataset.ts';

/** Every report in one file, oldest department-year first. */
export const GET: APIRoute = async () => {
  const reports = (await departmentViews()).flatMap((d) => d.views.map((v) => reportData(d, v)));
  return new Response(`${JSON.stringify({ reports }, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
