// @ts-check
// The province portal (`npm run portal`): its own Astro entry, so it never loads the report
// collections or renders a report; it reads what `src/cli/portal.ts` collected from the members.

import { defineConfig } from 'astro/config';
import { basePath } from './src/lib/routes.ts';
import { siteUrlMessage, siteUrlProblem } from './src/lib/site-url.ts';

const site = process.env.SITE_URL || 'https://example.gov.cn';
// Checked here too for `npm run dev`, which reads no build options; the build checks it first.
const siteProblem = siteUrlProblem(site);
if (siteProblem) throw new Error(siteUrlMessage(site, siteProblem));

export default defineConfig({
  site,
  base: basePath(site),
  srcDir: './src/portal',
  // The site's own favicon and prefs.js.
  publicDir: './public',
  cacheDir: './node_modules/.astro-portal',
  outDir: process.env.ASTRO_OUT_DIR || './dist-portal',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  prefetch: false,
  // Pages carry a CSP without 'unsafe-inline': Astro must not inline the small search script.
  vite: { build: { assetsInlineLimit: 0 } },
});
