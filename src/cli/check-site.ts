// Post-build check of a built site (the staging folder during `npm run build`, or any OUT_DIR
// with `npm run check`): links, anchors, HTML validity, CSP, scripts and outside requests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { outDir } from '../lib/paths.ts';
import { basePath } from '../lib/routes.ts';
import { checkPage, idsOf, type SiteProblem } from '../lib/site-check.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${relative(dir, join(e.parentPath, e.name)).split(sep).join('/')}`)
    .sort();
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Chinese text has no spaces to break on; long unbroken lines are normal.
    'long-title': 'off',
  },
});

/**
 * Which pages html-validate reads: all of them on sites up to 500 pages. On larger sites, where
 * it would dominate the build, a fixed sample: every page of the first three departments, every
 * top-level page, every 5th report page (narratives are already parsed and checked as MDX before
 * the build) and every 20th other page (templates filled with validated numbers). Links,
 * anchors, CSP and scripts are still checked on every page.
 */
export function validatedPages(pages: readonly string[]): string[] {
  if (pages.length <= 500) return [...pages];
  const report = /^\/[^/]+\/\d{4}\/index\.html$/;
  const orgs = [...new Set(pages.filter((p) => report.test(p)).map((p) => p.split('/')[1]))].slice(
    0,
    3,
  );
  return pages.filter(
    (p, i) =>
      orgs.includes(p.split('/')[1]) ||
      !p.slice(1).includes('/') ||
      i % (report.test(p) ? 5 : 20) === 0,
  );
}

/** `base` is the path the site is served under (Astro's base, from SITE_URL): "/" or "/jxzp/". */
export async function checkSite(dir: string, base = '/'): Promise<SiteProblem[]> {
  const files = listFiles(dir);
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
    problems.push(...checkPage(page, text, index));
    if (!validate.has(page)) continue;
    const report = await validator.validateString(text, page);
    for (const message of report.results.flatMap((r) => r.messages)) {
      problems.push({
        page: page.replace(/index\.html$/, ''),
        problem: `HTML 校验（${message.ruleId}）：${message.message}，第 ${message.line} 行 ${message.selector ?? ''}`,
      });
    }
  }
  return problems;
}

export function formatSiteProblems(problems: readonly SiteProblem[]): string {
  return problems.map((p) => `✗ ${p.page}：${p.problem}`).join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(sep).join('/'))) {
  const dir = outDir();
  const problems = await checkSite(
    dir,
    basePath(process.env['SITE_URL'] || 'https://example.gov.cn'),
  );
  if (problems.length > 0) {
    console.error(formatSiteProblems(problems));
    process.exit(1);
  }
  console.log(`✓ ${dir}：链接、锚点、HTML、安全策略与脚本检查全部通过。`);
}
