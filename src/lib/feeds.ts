import type { Department } from '../schemas/org.ts';
import type { Report } from '../schemas/report.ts';
import { escapeHtml } from './escape.ts';
import { routes } from './routes.ts';

const xml = escapeHtml;

/** One page in the sitemap: its site path and, where known, when it last changed (YYYY-MM-DD). */
export interface SitemapEntry {
  path: string;
  lastmod?: string;
}

/** A page file's route as Astro reads it from `src/pages`: "./[org]/[year]/index.astro" → "/[org]/[year]/". */
export function routeOf(file: string): string {
  const route = file.replace(/^\.?\//, '/').replace(/(index)?\.astro$/, '');
  return route.endsWith('/') ? route : `${route}/`;
}

/**
 * The addresses a route gives for the params its `getStaticPaths` returns ("/[org]/[year]/" with
 * `{ org: 'a', year: '2020' }` → "/a/2020/"). Reading the pages' own paths means the sitemap
 * lists exactly the pages that are built, whichever pages come and go.
 */
export function addressesOf(
  route: string,
  params: readonly Record<string, string | number | undefined>[],
): string[] {
  if (!route.includes('[')) return [route];
  return params.map((p) =>
    route
      .replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => String(p[name] ?? ''))
      .replace(/\/{2,}/g, '/'),
  );
}

/**
 * When each page last changed, as far as the reports say: a report page on its 发布日期, a
 * department's pages on its newest dated report. Undated pages get no lastmod rather than the
 * build time, so builds stay reproducible.
 */
export function lastModified(departments: readonly Department[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const d of departments) {
    const published = d.reports.flatMap((r) => (r.published ? [r.published] : [])).sort();
    const newest = published.at(-1);
    if (newest) dates.set(routes.org(d.id), newest);
    for (const r of d.reports) if (r.published) dates.set(routes.report(d.id, r.year), r.published);
  }
  return dates;
}

export function sitemap(entries: readonly SitemapEntry[], absolute: Absolute): string {
  const urls = [...entries]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(
      (e) =>
        `  <url><loc>${xml(absolute(e.path))}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Turns a site path into the absolute address it is published at (site URL and base). */
export type Absolute = (path: string) => string;

/**
 * An Atom feed of every report, newest publication first. Reports without a publication date
 * are dated 1 January of the year after the budget year, the earliest they can have appeared.
 * `updated` is the newest entry's date, never the build time, so builds stay reproducible.
 */
export function atomFeed(
  departments: readonly Department[],
  absolute: Absolute,
  title: string,
): string {
  const entries = departments
    .flatMap((d) =>
      d.reports.map((r) => ({
        d,
        r,
        date: r.published ?? `${r.year + 1}-01-01`,
        url: absolute(routes.report(d.id, r.year)),
      })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
  const updated = entries[0]?.date ?? '1970-01-01';
  const body = entries.map(({ d, r, date, url }) =>
    [
      '  <entry>',
      `    <title>${xml(r.title)}</title>`,
      `    <link href="${xml(url)}"/>`,
      `    <id>${xml(url)}</id>`,
      `    <updated>${date}T00:00:00Z</updated>`,
      `    <author><name>${xml(d.org.name)}</name></author>`,
      `    <summary>${xml(`${d.org.name}${r.year}年度自评${evaluationText(r)}${r.published ? '' : '；报告未注明发布日期'}${d.org.demo ? '（演示数据）' : ''}`)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${xml(title)}</title>`,
    `  <link href="${xml(absolute(routes.home()))}"/>`,
    `  <link rel="self" href="${xml(absolute(routes.feed()))}"/>`,
    `  <id>${xml(absolute(routes.home()))}</id>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    ...body,
    '</feed>',
    '',
  ].join('\n');
}

/** The score and grade as stated, or the plain statement that the report gives neither. */
function evaluationText(r: Report): string {
  const score = r.evaluation?.score;
  const grade = r.evaluation?.grade;
  if (score === undefined && grade === undefined) return '：报告未说明自评得分和等级';
  return ` ${score === undefined ? '得分未说明' : `${score} 分`}（${grade ?? '等级未说明'}）`;
}
