import type { APIRoute } from 'astro';
import { departments } from '../../data/collections.ts';
import { siteInfo } from '../../data/site.ts';
import { tableJson } from '../../lib/overview.ts';
import { tracker, trackerTable } from '../../lib/tracker.ts';

export const GET: APIRoute = async () =>
  new Response(
    tableJson(
      trackerTable(
        tracker(await departments(), siteInfo().deadline, siteInfo().requiredDepartments),
      ),
    ),
    {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  );
