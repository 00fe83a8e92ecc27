import { escapeHtml } from './escape.ts';

/** What a page tells national government-site monitoring and search about itself. */
export interface GovPageMeta {
  siteName: string;
  /** The host the site is published at, e.g. www.example.gov.cn. */
  siteDomain?: string | undefined;
  /** 网站标识码. */
  siteIdCode?: string | undefined;
  /** The column (栏目) the page belongs to. */
  columnName?: string | undefined;
  articleTitle?: string | undefined;
  /** 发布日期, YYYY-MM-DD. */
  pubDate?: string | undefined;
  contentSource?: string | undefined;
}

/**
 * The `<meta>` tags government sites carry (SiteName, SiteDomain, SiteIDCode, ColumnName,
 * ArticleTitle, PubDate, ContentSource), only those with a value. Written as markup here, with
 * `<` and `>` escaped too, because a title from a content file goes into an attribute and Astro
 * leaves angle brackets in attributes as they are.
 */
export function govMetaTags(meta: GovPageMeta): string {
  const tags: [string, string | undefined][] = [
    ['SiteName', meta.siteName],
    ['SiteDomain', meta.siteDomain],
    ['SiteIDCode', meta.siteIdCode],
    ['ColumnName', meta.columnName],
    ['ArticleTitle', meta.articleTitle],
    ['PubDate', meta.pubDate],
    ['ContentSource', meta.contentSource],
  ];
  return tags
    .filter((tag): tag is [string, string] => Boolean(tag[1]))
    .map(([name, content]) => `<meta name="${name}" content="${escapeHtml(content)}">`)
    .join('');
}
