// @ts-check

import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { reportFilesIntegration } from './src/data/report-files.ts';
import { basePath } from './src/lib/routes.ts';
import { sectionIdsPlugin } from './src/lib/sections.ts';
import { siteUrlMessage, siteUrlProblem } from './src/lib/site-url.ts';

const site = process.env.SITE_URL || 'https://example.gov.cn';
// Checked here too for `npm run dev`, which reads no build options; the build checks it first.
const siteProblem = siteUrlProblem(site);
if (siteProblem) throw new Error(siteUrlMessage(site, siteProblem));

export default defineConfig({
  // The public address the site is published at; feeds, sitemap and canonical links use it.
  site,
  // A district site is often a column of the portal (https://www.example.gov.cn/jxzp/): every
  // link, asset and data file is then served under that path.
  base: basePath(site),
  // `npm run build` points ASTRO_OUT_DIR at a staging folder and swaps it in for OUT_DIR only
  // when every step passed.
  outDir: process.env.ASTRO_OUT_DIR || process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  // Four pages render at a time, so one page's file writes overlap another's rendering: 200
  // reports built in 46–49 s instead of 52–58 s (this 2-core machine, load 18; see README
  // Performance). Pages are small, so memory barely moves.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // No syntax highlighting: it colours code with inline `style` attributes, which the pages'
  // Content-Security-Policy (style-src 'self') forbids; a report's code block is plain text.
  markdown: { processor: satteri({ hastPlugins: [sectionIdsPlugin] }), syntaxHighlight: false },
  // Each report's data files and print stylesheet: see src/data/report-files.ts.
  integrations: [mdx(), reportFilesIntegration()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    // Astro's MDX pipeline emits a `use astro:head-inject` directive on purpose; Rolldown's
    // warning about it is noise that would hide real warnings.
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
  },
});
