import { getCollection, getEntry } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { printCss } from '../../../lib/print.ts';

export const getStaticPaths = (async () => {
  const reports = await getCollection('reports');
  return reports.map((entry) => ({
    params: { org: entry.data.org, year: String(entry.data.year) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const org = await getEntry('orgs', params.org ?? '');
  if (!org) throw new Error(`Unknown org ${params.org}`);
  return new Response(printCss(org.data.name, Number(params.year)), {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
};
