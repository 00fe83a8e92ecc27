// The site's identity (`content/site.yaml`) as the pages read it. The build has already
// validated the file (`loadContent`), so an invalid file never reaches a page.

import { contentDir } from '../io/paths.ts';
import { loadSite } from '../io/site.ts';
import type { Site } from '../schemas/site.ts';

export type { Site };

let cached: Site | undefined;

/** The validated `content/site.yaml`, read once per build. */
export function siteInfo(): Site {
  if (!cached) {
    const { site, issues } = loadSite(contentDir());
    if (issues.length > 0) throw new Error(`content/site.yaml is invalid; run npm run validate`);
    cached = site;
  }
  return cached;
}
