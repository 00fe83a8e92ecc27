import { Tokenizer, TokenizerMode } from 'parse5';

/** Problems the post-build check finds in the built site, one line each, naming page and cause. */
export interface SiteProblem {
  /** The page's address on the site, e.g. `/jxzp/wanzhou-kjj/2020/`. */
  page: string;
  problem: string;
  /** The content files the page is built from, e.g. `reports/wanzhou-kjj/2020.mdx`. */
  sources?: string[];
}

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

/** A start tag as the HTML tokenizer reads it: lowercase name, attributes decoded. */
interface Tag {
  name: string;
  attrs: Record<string, string>;
}

// Elements whose content is text to the tokenizer until their end tag, as the HTML standard's
// tree builder switches it (so `<script>` text is never read as tags).
const TEXT_STATE: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

/**
 * The doctype and every start tag of a page, read by parse5's tokenizer: attributes quoted
 * either way or not at all, entities, comments and text that looks like markup are read as a
 * browser reads them. The tokenizer rather than the full tree: the check needs tags, not their
 * nesting, and building the tree would make the check several times slower on 10,000 pages.
 */
function scan(html: string): { doctype: boolean; tags: Tag[] } {
  const tags: Tag[] = [];
  let doctype = false;
  let foreign = 0;
  const ignore = () => {};
  const tokenizer: Tokenizer = new Tokenizer(
    {},
    {
      onStartTag(token) {
        const name = token.tagName;
        tags.push({ name, attrs: Object.fromEntries(token.attrs.map((a) => [a.name, a.value])) });
        if (name === 'svg' || name === 'math') foreign += token.selfClosing ? 0 : 1;
        tokenizer.inForeignNode = foreign > 0;
        // A page's tag name is text: `<constructor>` must not find Object.prototype's.
        const state =
          foreign === 0 && Object.hasOwn(TEXT_STATE, name) ? TEXT_STATE[name] : undefined;
        if (state !== undefined) tokenizer.state = state;
      },
      onEndTag(token) {
        if ((token.tagName === 'svg' || token.tagName === 'math') && foreign > 0) foreign--;
        tokenizer.inForeignNode = foreign > 0;
      },
      onDoctype(token) {
        if (tags.length === 0 && token.name === 'html') doctype = true;
      },
      onComment: ignore,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
    },
  );
  tokenizer.write(html, true);
  return { doctype, tags };
}

/** Ids of a page, for anchor checks. */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of scan(html).tags) if (tag.attrs['id']) ids.add(tag.attrs['id']);
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
  const { doctype, tags } = scan(html);
  // Most anchors point into the page itself: its ids come from this scan, not a second read.
  const ownIds = new Set(tags.flatMap((t) => (t.attrs['id'] ? [t.attrs['id']] : [])));
  const idsAt = (target: string) => (target === pagePath ? ownIds : site.ids(target));
  if (!doctype || tags[0]?.name !== 'html' || tags[0].attrs['lang'] !== 'zh-CN')
    add('缺少 <html lang="zh-CN">');
  const csp = tags.some(
    (t) =>
      t.name === 'meta' &&
      t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy' &&
      Boolean(t.attrs['content']),
  );
  if (!csp) add('缺少 Content-Security-Policy');
  const scripts: string[] = [];
  let inlineStyle = false;
  for (const { name: tag, attrs } of tags) {
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
    if (hash && target.endsWith('.html') && !idsAt(target)?.has(decoded(hash))) {
      add(`锚点不存在：${url}`);
    }
  }
  if (inlineStyle) add('含有内联 style 属性');
  const extra = scripts.filter((s) => s !== `${base.slice(0, -1)}${ALLOWED_SCRIPT}`);
  if (!SEARCH_PAGES.test(page) && extra.length > 0)
    add(`加载了偏好设置以外的脚本：${extra.join('、')}`);
  return problems;
}
