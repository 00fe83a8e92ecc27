import type { Department } from '../schemas/org.ts';
import { yearPairs } from './compare.ts';
import { escapeHtml } from './escape.ts';

const xml = escapeHtml;

/** Site-relative addresses of every HTML page, for the sitemap. */
export function pagePaths(departments: readonly Department[]): string[] {
  return [
    '/',
    '/data/',
    ...departments.flatMap((d) => [
      `/${d.id}/`,
      ...d.reports.map((r) => `/${d.id}/${r.year}/`),
      ...yearPairs(d.reports.map((r) => r.year)).map(([a, b]) => `/${d.id}/compare/${a}-${b}/`),
    ]),
  ];
}

export function sitemap(paths: readonly string[], site: URL): string {
  const urls = paths.map((p) => `  <url><loc>${xml(new URL(p, site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * An Atom feed of every report, newest publication first. Reports without a publication date
 * are dated 1 January of the year after the budget year, the earliest they can have appeared.
 * `updated` is the newest entry's date, never the build time, so builds stay reproducible.
 */
export function atomFeed(departments: readonly Department[], site: URL, title: string): string {
  const entries = departments
    .flatMap((d) =>
      d.reports.map((r) => ({
        d,
        r,
        date: r.published ?? `${r.year + 1}-01-01`,
        url: new URL(`/${d.id}/${r.year}/`, site).href,
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
    `  <link href="${xml(new URL('/', site).href)}"/>`,
    `  <link rel="self" href="${xml(new URL('/feed.xml', site).href)}"/>`,
    `  <id>${xml(new URL('/', site).href)}</id>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    ...body,
    '</feed>',
    '',
  ].join('\n');
}
