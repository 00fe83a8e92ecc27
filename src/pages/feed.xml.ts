import type { APIRoute } from 'astro';
import { departments } from '../data/collections.ts';
import { absoluteUrl } from '../data/href.ts';
import { atomFeed } from '../lib/feeds.ts';
import { SITE_NAME } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    atomFeed(await departments(), (path) => absoluteUrl(path, site), SITE_NAME),
    {
      headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
    },
  );
