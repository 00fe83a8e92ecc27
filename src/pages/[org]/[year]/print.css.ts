import { getCollection, getEntry } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { forReportFiles } from '../../../data/part.ts';
import { printCss } from '../../../lib/print.ts';

/** Every path of this page, whichever run of the build renders it. */
export const allPaths = (async () => {
  const reports = await getCollection('reports');
  return reports.map((entry) => ({
    params: { org: entry.data.org, year: String(entry.data.year) },
  }));
}) satisfies GetStaticPaths;

/** The paths this run of the build renders (src/io/parts.ts, src/lib/report-files.ts). */
export const getStaticPaths = () => forReportFiles(allPaths());

export const GET: APIRoute = async ({ params }) => {
  const org = await getEntry('orgs', params.org ?? '');
  if (!org) throw new Error(`Unknown org ${params.org}`);
  return new Response(printCss(org.data.name, Number(params.year)), {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
};
