import { withBase } from './routes.ts';

/** Problems the post-build check finds in the built site, one line each, naming page and cause. */
export interface SiteProblem {
  page: string;
  problem: string;
}

/** The pages where search's own scripts are allowed. */
const SEARCH_PAGES = /^\/search\/$/;
const ALLOWED_SCRIPT = '/prefs.js';

// Every start tag, with quoted attribute values taken whole, so that `<script>` written inside
// an attribute (as text) is not mistaken for a tag.
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const CHECKED = new Set([
  'a',
  'link',
  'script',
  'img',
  'source',
  'iframe',
  'form',
  'object',
  'embed',
]);
const ATTR = /\s([a-zA-Z-:]+)(?:="([^"]*)")?/g;

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) out[(m[1] ?? '').toLowerCase()] = m[2] ?? '';
  return out;
}

function decode(value: string): string {
  return value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

/** Ids of a page, for anchor checks. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1] ?? '')));
}

export interface SiteIndex {
  /** Site path of every file, e.g. `/wanzhou-kjj/2020/index.html`, `/prefs.js`. */
  files: Set<string>;
  /** Ids per HTML page path. */
  ids: (pagePath: string) => Set<string> | undefined;
  /**
   * The base the site is served under ("/jxzp/"; default "/"): links carry it, files do not.
   * A link outside the base cannot reach this site's files.
   */
  base?: string;
}

/** A URL path as a site path: the base taken off, or undefined when it lies outside the base. */
export function stripBase(path: string, base = '/'): string | undefined {
  if (base === '/' || base === '') return path;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (path === prefix.slice(0, -1)) return '/';
  return path.startsWith(prefix) ? path.slice(prefix.length - 1) : undefined;
}

/** The file a site-relative URL path is served from, as a static server resolves it. */
export function resolvePath(files: Set<string>, path: string): string | undefined {
  const clean = decodeURI(path);
  if (files.has(clean)) return clean;
  const index = `${clean.endsWith('/') ? clean : `${clean}/`}index.html`;
  return files.has(index) ? index : undefined;
}

/**
 * Checks one built HTML page: language, Content-Security-Policy, no resource from another host,
 * no inline or extra script, every internal link and #anchor resolving.
 */
export function checkPage(pagePath: string, html: string, site: SiteIndex): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const page = pagePath.replace(/index\.html$/, '');
  const add = (problem: string) => problems.push({ page, problem });
  if (!/^<!DOCTYPE html><html lang="zh-CN"/i.test(html)) add('缺少 <html lang="zh-CN">');
  if (!/<meta http-equiv="Content-Security-Policy" content="[^"]+"/.test(html))
    add('缺少 Content-Security-Policy');
  const scripts: string[] = [];
  let inlineStyle = false;
  for (const m of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(TAG)) {
    const tag = (m[1] ?? '').toLowerCase();
    const attrs = attributes(m[2] ?? '');
    if (tag === 'style') add('含有内联样式 <style>');
    if ('style' in attrs) inlineStyle = true;
    if (!CHECKED.has(tag)) continue;
    const url = decode(attrs['href'] ?? attrs['src'] ?? attrs['action'] ?? attrs['data'] ?? '');
    if (tag === 'script') {
      if (!attrs['src']) add('含有内联脚本');
      else scripts.push(stripBase(url, site.base) ?? url);
    }
    if (/^(https?:)?\/\//i.test(url)) {
      // Following a link is the reader's choice; loading a resource from elsewhere is not.
      if (
        tag !== 'a' &&
        !(tag === 'link' && ['canonical', 'alternate'].includes(attrs['rel'] ?? ''))
      ) {
        add(`从其他主机加载资源：<${tag}> ${url}`);
      }
      continue;
    }
    if (tag !== 'a' && tag !== 'link' && tag !== 'script' && tag !== 'img') continue;
    if (!url || /^(mailto|tel|data):/i.test(url)) continue;
    const [rawPath = '', hash] = url.split('#');
    const sitePath =
      rawPath === ''
        ? undefined
        : stripBase(
            new URL(rawPath, `http://x${withBase(site.base ?? '/', page)}`).pathname,
            site.base,
          );
    const target = rawPath === '' ? pagePath : sitePath && resolvePath(site.files, sitePath);
    if (!target) {
      add(`链接指向不存在的地址：${url}`);
      continue;
    }
    if (hash && target.endsWith('.html') && !site.ids(target)?.has(decodeURIComponent(hash))) {
      add(`锚点不存在：${url}`);
    }
  }
  if (inlineStyle) add('含有内联 style 属性');
  const extra = scripts.filter((s) => s !== ALLOWED_SCRIPT);
  if (!SEARCH_PAGES.test(page) && extra.length > 0)
    add(`加载了偏好设置以外的脚本：${extra.join('、')}`);
  return problems;
}
