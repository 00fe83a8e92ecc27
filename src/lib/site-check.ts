import { type DefaultTreeAdapterTypes, parse } from 'parse5';

/** Problems the post-build check finds in the built site, one line each, naming page and cause. */
export interface SiteProblem {
  /** The page's address on the site, e.g. `/jxzp/wanzhou-kjj/2020/`. */
  page: string;
  problem: string;
  /** The content files the page is built from, e.g. `reports/wanzhou-kjj/2020.mdx`. */
  sources?: string[];
}

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

/** The pages where search's own scripts are allowed. */
const SEARCH_PAGES = /^\/search\/$/;
const ALLOWED_SCRIPT = '/prefs.js';
/** Elements whose address loads or links something. */
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

/** Every element of a parsed page, in document order (template contents included). */
function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if (node.nodeName === 'template')
    yield* elements((node as DefaultTreeAdapterTypes.Template).content as unknown as Node);
}

function attributes(element: Element): Record<string, string> {
  return Object.fromEntries(element.attrs.map((a) => [a.name.toLowerCase(), a.value]));
}

// A real HTML parser rather than patterns: attributes quoted either way or not at all, entities,
// comments and text that looks like markup are all read as a browser reads them.
const read = (html: string) => parse(html);

/** Ids of a page, for anchor checks. */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const element of elements(read(html))) {
    const id = element.attrs.find((a) => a.name === 'id')?.value;
    if (id) ids.add(id);
  }
  return ids;
}

export interface SiteIndex {
  /** Site path of every file, e.g. `/wanzhou-kjj/2020/index.html`, `/prefs.js`. */
  files: Set<string>;
  /** Ids per HTML page path. */
  ids: (pagePath: string) => Set<string> | undefined;
  /** The base the site is built for ("/" or "/jxzp/"): links carry it, files sit without it. */
  base?: string;
}

/** The file a site-relative URL path is served from, as a static server resolves it. */
export function resolvePath(files: Set<string>, path: string): string | undefined {
  let clean: string;
  try {
    clean = decodeURI(path);
  } catch {
    return undefined;
  }
  if (files.has(clean)) return clean;
  const index = `${clean.endsWith('/') ? clean : `${clean}/`}index.html`;
  return files.has(index) ? index : undefined;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The content files a page is built from, relative to the content folder, read back from the
 * addresses `routes` spells: a report page from its report, a department's pages from the
 * department's file and reports. Other pages draw on everything and name nothing.
 */
export function sourcesOf(pagePath: string): string[] {
  const parts = pagePath
    .replace(/index\.html$/, '')
    .split('/')
    .filter(Boolean);
  const [first, second, third] = parts;
  const report = (org: string, year: string) => `reports/${org}/${year}.mdx`;
  if (first === 'data') {
    const year = /^(\d{4})(\.json)?$/.exec(third ?? '')?.[1];
    if (second && year) return [report(second, year)];
    const org = /^(.+)\.json$/.exec(second ?? '')?.[1];
    return org && !third && !['all', 'schema'].includes(org) ? [`orgs/${org}.yaml`] : [];
  }
  if (!first || first === 'search' || first === 'pagefind' || parts.length > 3) return [];
  if (second && /^\d{4}$/.test(second)) return [report(first, second)];
  const pair = second === 'compare' ? /^(\d{4})-(\d{4})$/.exec(third ?? '') : null;
  if (pair) return [report(first, pair[1] ?? ''), report(first, pair[2] ?? '')];
  if (!second) return [`orgs/${first}.yaml`];
  return [];
}

/**
 * Checks one built HTML page: language, Content-Security-Policy, no resource from another host,
 * no inline or extra script, every internal link and #anchor resolving. Links are read as the
 * published site serves them, under `site.base`; files are found without it.
 */
export function checkPage(pagePath: string, html: string, site: SiteIndex): SiteProblem[] {
  const base = (site.base ?? '/').replace(/\/*$/, '/');
  const problems: SiteProblem[] = [];
  const page = pagePath.replace(/index\.html$/, '');
  const address = `${base.slice(0, -1)}${page}`;
  const add = (problem: string) => problems.push({ page: address, problem });
  const document = read(html);
  const all = [...elements(document)];
  const root = all.find((e) => e.tagName === 'html');
  const doctype = document.childNodes[0]?.nodeName === '#documentType';
  if (!doctype || !root || attributes(root)['lang'] !== 'zh-CN') add('缺少 <html lang="zh-CN">');
  const csp = all.some((e) => {
    const a = attributes(e);
    return (
      e.tagName === 'meta' &&
      a['http-equiv']?.toLowerCase() === 'content-security-policy' &&
      Boolean(a['content'])
    );
  });
  if (!csp) add('缺少 Content-Security-Policy');
  const scripts: string[] = [];
  let inlineStyle = false;
  for (const element of all) {
    const tag = element.tagName;
    const attrs = attributes(element);
    if (tag === 'style') add('含有内联样式 <style>');
    if ('style' in attrs) inlineStyle = true;
    if (!CHECKED.has(tag)) continue;
    const url = attrs['href'] ?? attrs['src'] ?? attrs['action'] ?? attrs['data'] ?? '';
    if (tag === 'script') {
      if (!('src' in attrs)) add('含有内联脚本');
      else scripts.push(url);
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
    const served = rawPath === '' ? undefined : new URL(rawPath, `http://x${address}`).pathname;
    const inside = served === undefined || served.startsWith(base);
    const target =
      served === undefined
        ? pagePath
        : inside
          ? resolvePath(site.files, served.slice(base.length - 1))
          : undefined;
    if (!target) {
      add(inside ? `链接指向不存在的地址：${url}` : `链接指向站点路径 ${base} 以外的地址：${url}`);
      continue;
    }
    if (hash && target.endsWith('.html') && !site.ids(target)?.has(decoded(hash))) {
      add(`锚点不存在：${url}`);
    }
  }
  if (inlineStyle) add('含有内联 style 属性');
  const extra = scripts.filter((s) => s !== `${base.slice(0, -1)}${ALLOWED_SCRIPT}`);
  if (!SEARCH_PAGES.test(page) && extra.length > 0)
    add(`加载了偏好设置以外的脚本：${extra.join('、')}`);
  return problems;
}
