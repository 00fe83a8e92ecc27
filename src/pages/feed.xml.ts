import type { APIRoute } from 'astro';
import { departments } from '../data/collections.ts';
import { absoluteUrl } from '../data/href.ts';
import { siteInfo } from '../data/site.ts';
import { atomFeed } from '../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    atomFeed(await departments(), (path) => absoluteUrl(path, site), siteInfo().name),
    {
      headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
    },
  );
