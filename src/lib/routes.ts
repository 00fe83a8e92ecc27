// The one place the site's addresses are spelled. Every function returns a site path relative to
// the site's base ("/wanzhou-kjj/2020/"); pages turn it into a link with `href()` from
// `src/data/href.ts`, which adds the base a district site may be served under ("/jxzp/").

export const routes = {
  home: () => '/',
  search: () => '/search/',
  /** An image site.yaml names (emblem, badge), served from the content folder. */
  siteImage: (file: string) => `/site/${file}`,
  data: () => '/data/',
  feed: () => '/feed.xml',
  sitemap: () => '/sitemap.xml',
  allJson: () => '/data/all.json',
  schemaJson: () => '/data/schema.json',
  favicon: () => '/favicon.svg',
  prefsScript: () => '/prefs.js',
  org: (org: string) => `/${org}/`,
  orgJson: (org: string) => `/data/${org}.json`,
  report: (org: string, year: number) => `/${org}/${year}/`,
  reportPrintCss: (org: string, year: number) => `/${org}/${year}/print.css`,
  reportJson: (org: string, year: number) => `/data/${org}/${year}.json`,
  reportCsv: (org: string, year: number, table: string) => `/data/${org}/${year}/${table}.csv`,
  compare: (org: string, a: number, b: number) => `/${org}/compare/${a}-${b}/`,
  compareYears: (org: string) => `/${org}/compare/`,
  overview: () => '/overview/',
  overviewYear: (year: number) => `/overview/${year}/`,
  /** A table of the district overview: `/data/overview/<year>/<table>.csv|json` ("all" for every year). */
  overviewData: (year: number | 'all', table: string, format: 'csv' | 'json') =>
    `/data/overview/${year}/${table}.${format}`,
  disclosure: () => '/disclosure/',
  disclosureData: (format: 'csv' | 'json') => `/data/disclosure.${format}`,
  /** An original document published beside a report, under its own file name. */
  attachment: (org: string, year: number, file: string) => `/files/${org}/${year}/${file}`,
  /** One shard of the pinyin vocabulary: the site's words whose pinyin starts with `letter`. */
  searchVocabulary: (letter: string) => `/search/vocab/${letter}.json`,
} as const;

/**
 * Prefixes a site path with the base the site is served under. `base` is Astro's BASE_URL:
 * "/" for a site at the root of its host, "/jxzp/" (with or without the trailing slash) for a
 * column of a portal. Fragments and absolute URLs pass through unchanged.
 */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const prefix = base.replace(/\/+$/, '');
  return `${prefix}${path}`;
}

/** The base path of a public site address: "https://x.gov.cn/jxzp" gives "/jxzp/". */
export function basePath(siteUrl: string): string {
  const path = new URL(siteUrl).pathname.replace(/\/+$/, '');
  return `${path}/`;
}
