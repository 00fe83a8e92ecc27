import type { APIRoute } from 'astro';
import { departments } from '../data/collections.ts';
import { absoluteUrl } from '../data/href.ts';
import { pagePaths, sitemap } from '../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    sitemap(pagePaths(await departments()), (path) => absoluteUrl(path, site)),
    {
      headers: { 'content-type': 'application/xml; charset=utf-8' },
    },
  );
