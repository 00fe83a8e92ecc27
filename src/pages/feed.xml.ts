import type { APIRoute } from 'astro';
import { departments } from '../data/collections.ts';
import { atomFeed } from '../lib/feeds.ts';
import { SITE_NAME } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await departments(), site ?? new URL('http://localhost/'), SITE_NAME), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
