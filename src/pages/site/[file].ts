// The images site.yaml names (emblem or banner, the 党政机关 badge), served from the content
// folder by the site itself, so no page loads an image from another host.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { forPart } from '../../data/part.ts';
import { siteInfo } from '../../data/site.ts';
import { contentDir } from '../../io/paths.ts';
import { siteImages } from '../../io/site.ts';

const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

/** Every path of this page, whichever run of the build renders it (the sitemap reads them). */
export async function allPaths() {
  return [...new Set(siteImages(siteInfo()).map((i) => i.file))].map((file) => ({
    params: { file },
  }));
}

/** The paths this run of the build renders (src/lib/parts.ts). */
export const getStaticPaths = () => forPart(allPaths());

export const GET: APIRoute = ({ params }) => {
  const file = String(params['file']);
  const ext = file.split('.').pop()?.toLowerCase() ?? '';
  // site.yaml's schema allows only a plain file name, and validation checked that it exists.
  return new Response(readFileSync(join(contentDir(), file)), {
    headers: { 'content-type': MIME[ext] ?? 'application/octet-stream' },
  });
};
