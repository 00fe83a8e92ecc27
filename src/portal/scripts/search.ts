// The portal's search: the portal's own Pagefind instance with every member site's bundle merged
// in (`mergeIndex`), each tagged with a `district` filter. Kept apart from the district site's
// search page (src/scripts/search.ts) on purpose: it ranks across independent sites and must
// tolerate a member that is down, so it shares only Pagefind.
import { href } from '../../data/href.ts';
import { routes } from '../../lib/routes.ts';

interface Member {
  name: string;
  url: string;
  bundles: string[];
}
interface Result {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options: { filters: Record<string, unknown> },
  ): Promise<{ results: { data(): Promise<Result> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#q');
const district = document.querySelector<HTMLSelectElement>('#district');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLElement>('[data-search-results]');
const members = JSON.parse(form?.dataset['members'] ?? '[]') as Member[];
const origins = new Set(members.map((m) => new URL(m.url).origin));
const PAGE = 20;

let ready: Promise<{ pagefind: Pagefind; unreachable: string[] }> | undefined;
/** Loads the portal's Pagefind and merges every member; a member that fails is named, not fatal. */
function load() {
  ready ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ href('/pagefind/pagefind.js'))) as Pagefind;
    await pagefind.options({ excerptLength: 40 });
    const unreachable: string[] = [];
    for (const m of members) {
      try {
        for (const bundle of m.bundles)
          await pagefind.mergeIndex(bundle, { baseUrl: m.url, mergeFilter: { district: m.name } });
      } catch {
        unreachable.push(m.name);
      }
    }
    return { pagefind, unreachable };
  })();
  return ready;
}

/** Pagefind's excerpt as DOM: text and <mark> only, whatever a member's index holds. */
function excerpt(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  for (const node of parsed.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else fragment.append(document.createTextNode(node.textContent ?? ''));
  }
  return fragment;
}

async function run(query: string, only: string) {
  if (!status || !list) return;
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = '请输入搜索词。';
    return;
  }
  status.textContent = '正在搜索…';
  const { pagefind, unreachable } = await load();
  const names = members.map((m) => m.name).filter((n) => !unreachable.includes(n));
  // The `district` filter also leaves out the portal's own page, which carries none.
  const search = await pagefind.search(query, {
    filters: { district: only ? only : { any: names } },
  });
  const results = await Promise.all(search.results.slice(0, PAGE).map((r) => r.data()));
  // Pagefind does not return a merged index's filter with the result: the address names the
  // member, and a result outside every member's address is not shown.
  const memberOf = (url: string) => members.find((m) => url.startsWith(m.url));
  const shown = results.filter((r) => {
    try {
      return origins.has(new URL(r.url).origin) && memberOf(r.url) !== undefined;
    } catch {
      return false;
    }
  });
  for (const r of shown) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = r.url;
    link.textContent = r.meta.title ?? r.url;
    const where = document.createElement('span');
    where.className = 'search-district';
    where.textContent = `（${memberOf(r.url)?.name ?? ''}）`;
    const text = document.createElement('p');
    text.append(excerpt(r.excerpt));
    item.append(link, where, text);
    list.append(item);
  }
  const total = search.results.length;
  const missing = unreachable.length > 0 ? `；${unreachable.join('、')}暂时无法搜索` : '';
  status.textContent =
    total === 0
      ? `没有找到“${query}”${missing}。`
      : `找到 ${total} 份报告${total > shown.length ? `，显示前 ${shown.length} 份` : ''}${missing}。`;
}

function fromAddress() {
  const params = new URLSearchParams(location.search);
  const q = params.get('q') ?? '';
  const only = params.get('district') ?? '';
  if (input) input.value = q;
  if (district) district.value = members.some((m) => m.name === only) ? only : '';
  if (q) void run(q, district?.value ?? '');
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input?.value ?? '';
  const only = district?.value ?? '';
  const params = new URLSearchParams({ q, ...(only ? { district: only } : {}) });
  history.pushState(null, '', `${href(routes.search())}?${params}`);
  void run(q, only);
});
window.addEventListener('popstate', fromAddress);
fromAddress();
