import type { Department } from '../schemas/org.ts';
import { comparisonPaths } from './compare.ts';
import { escapeHtml } from './escape.ts';
import { routes } from './routes.ts';

const xml = escapeHtml;

/** Site-relative addresses of every HTML page, for the sitemap. */
export function pagePaths(departments: readonly Department[]): string[] {
  return [
    routes.home(),
    routes.data(),
    ...departments.flatMap((d) => [
      routes.org(d.id),
      ...d.reports.map((r) => routes.report(d.id, r.year)),
      ...comparisonPaths(
        d.id,
        d.reports.map((r) => r.year),
      ),
    ]),
  ];
}

/** Turns a site path into the absolute address it is published at (site URL and base). */
export type Absolute = (path: string) => string;

export function sitemap(paths: readonly string[], absolute: Absolute): string {
  const urls = paths.map((p) => `  <url><loc>${xml(absolute(p))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

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
      `    <summary>${xml(`${d.org.name}${r.year}年度自评 ${r.evaluation.score} 分（${r.evaluation.grade}）${r.published ? '' : '；报告未注明发布日期'}${d.org.demo ? '（演示数据）' : ''}`)}</summary>`,
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
