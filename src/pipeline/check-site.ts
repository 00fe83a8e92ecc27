// Post-build check of a built site (the staging folder during `npm run build`, or any OUT_DIR
// with `npm run check`): links, anchors, HTML validity, CSP, scripts and outside requests.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { contentDir } from '../io/paths.ts';
import { siteFiles } from '../io/site-files.ts';
import { basePath } from '../lib/routes.ts';
import { checkPage, idsOf, type SiteProblem, sourcesOf } from './site-check.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Chinese text has no spaces to break on; long unbroken lines are normal.
    'long-title': 'off',
    // `<img>` and `<img />` are both valid HTML; MDX writes an author's image the second way.
    'void-style': 'off',
  },
});

/** At most this many report pages, and as many other pages, are read by html-validate. */
export const HTML_SAMPLE = 100;

/**
 * Which pages html-validate reads: all of them on sites up to 500 pages. On larger sites, where
 * it would dominate the build (68 % of the check's time at 1000 reports), a fixed sample: every
 * page of the first department (one of each kind of page), every top-level page, and up to
 * `HTML_SAMPLE` report pages and as many other pages, spread evenly over the site. Report pages
 * are templates filled with validated figures around narratives already parsed and checked as
 * MDX, and every other page is a template filled with validated figures, so a larger sample
 * finds nothing new while its cost would grow with the site. Links, anchors, CSP and scripts
 * are still checked on every page.
 */
export function validatedPages(pages: readonly string[]): string[] {
  if (pages.length <= 500) return [...pages];
  const report = /^\/[^/]+\/\d{4}\/index\.html$/;
  const reports = pages.filter((p) => report.test(p));
  const first = reports[0]?.split('/')[1];
  const evenly = (list: readonly string[]) => {
    const stride = Math.max(1, Math.ceil(list.length / HTML_SAMPLE));
    return list.filter((_, i) => i % stride === 0);
  };
  const chosen = new Set([
    ...evenly(reports),
    ...evenly(pages.filter((p) => !report.test(p))),
    ...pages.filter((p) => p.split('/')[1] === first || !p.slice(1).includes('/')),
  ]);
  return pages.filter((p) => chosen.has(p));
}

export interface CheckOptions {
  /** The base the site was built for ("/jxzp/"); default: the base path of `SITE_URL`. */
  base?: string;
  /** The content folder the site was built from, to name a failing page's sources. */
  content?: string;
}

/** The base the build used: the path of `SITE_URL`, as `astro.config` reads it. */
export function baseFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env['SITE_URL'] ? basePath(env['SITE_URL']) : '/';
}

export async function checkSite(dir: string, options: CheckOptions = {}): Promise<SiteProblem[]> {
  const base = options.base ?? baseFromEnv();
  const content = options.content ?? contentDir();
  const files = siteFiles(dir);
  const pages = files.filter((f) => f.endsWith('.html'));
  // Pages are read one at a time, and only the ids of pages that anchors point at are kept, so
  // memory stays flat however large the site.
  const read = (page: string) => readFileSync(join(dir, page), 'utf8');
  const ids = new Map<string, Set<string>>();
  const index = {
    base,
    files: new Set(files),
    ids: (page: string) => {
      if (!ids.has(page) && page.endsWith('.html') && index.files.has(page))
        ids.set(page, idsOf(read(page)));
      return ids.get(page);
    },
  };
  const problems: SiteProblem[] = [];
  const validate = new Set(validatedPages(pages));
  for (const page of pages) {
    const text = read(page);
    const found = checkPage(page, text, index);
    if (validate.has(page)) {
      const report = await validator.validateString(text, page);
      for (const message of report.results.flatMap((r) => r.messages)) {
        found.push({
          page: `${base.replace(/\/$/, '')}${page.replace(/index\.html$/, '')}`,
          problem: `HTML 校验（${message.ruleId}）：${message.message}，第 ${message.line} 行 ${message.selector ?? ''}`,
        });
      }
    }
    if (found.length === 0) continue;
    // Name the content files the page comes from, so an author knows which file to open.
    const sources = sourcesOf(page)
      .map((s) => join(content, s))
      .filter((s) => existsSync(s))
      .map((s) => relative(process.cwd(), s).split(sep).join('/'));
    problems.push(...found.map((p) => (sources.length > 0 ? { ...p, sources } : p)));
  }
  return problems;
}

export function formatSiteProblems(problems: readonly SiteProblem[]): string {
  return problems
    .map((p) => `✗ ${p.page}${p.sources ? `（来自 ${p.sources.join('、')}）` : ''}：${p.problem}`)
    .join('\n');
}
