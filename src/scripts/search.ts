// The search page's thin layer: the form, the address bar, rendering and the error state.
// What is searched and how results rank is the engine's (src/search/engine.ts); this file
// only wires it to Pagefind, the vocabulary and the page.

import { href } from '../data/href.ts';
import { routes } from '../lib/routes.ts';
import { type Excerpt, quoted } from '../lib/search/phrase.ts';
import type { VocabEntry } from '../lib/search/pinyin.ts';
import {
  type Outcome,
  type PagefindLike,
  planQuery,
  type SearchState,
  type Sources,
  search,
} from '../search/engine.ts';
import { directFragments } from '../search/fragments.ts';
import { rememberSearches } from '../search/remember.ts';

interface Pagefind extends PagefindLike {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string): Promise<void>;
}
interface State extends SearchState {
  /** How many results are shown (显示更多 adds a page of PAGE). */
  n: number;
}

const PAGE = 10;
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#q');
const status = document.querySelector<HTMLElement>('#search-status');
const output = document.querySelector<HTMLElement>('[data-search-results]');

/** A load shared by every search, forgotten when it fails so the next search tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}：${response.status}`);
  return (await response.json()) as T;
}

const loadPagefind = once(async () => {
  const module = (await import(/* @vite-ignore */ href('/pagefind/pagefind.js'))) as Pagefind;
  // Result addresses carry the base a district site is served under ("/jxzp/").
  await module.options({ excerptLength: 24, baseUrl: href('/') });
  // Large sites are indexed in shards (see src/cli/build.ts); merge the others into this one.
  const shards = await fetchJson<string[]>(href('/pagefind/shards.json'));
  for (const shard of shards) await module.mergeIndex(href(shard));
  // With one index every fragment is under pagefind/fragment/; a merged index's results do
  // not say which shard they came from, so those are read through Pagefind.
  if (shards.length > 0) return rememberSearches(module);
  return rememberSearches(
    directFragments(module, {
      fragmentUrl: (id) => href(`/pagefind/fragment/${id}.pf_fragment`),
      baseUrl: href('/'),
    }),
  );
});

const vocabulary = new Map<string, () => Promise<VocabEntry[]>>();
const loadConverter = once(async () => {
  // Traditional (Taiwan, Hong Kong variants) to simplified, words then characters: the
  // dictionaries opencc-js's t2cn preset uses, loaded only when a query holds Chinese.
  const [{ ConverterFactory }, tw, cn] = await Promise.all([
    import('opencc-js/core'),
    import('opencc-js/from/tw'),
    import('opencc-js/to/cn'),
  ]);
  return ConverterFactory(tw.default, cn.default);
});

const sources: Sources = {
  pagefind: loadPagefind,
  vocabulary(letter) {
    let load = vocabulary.get(letter);
    if (!load) {
      load = once(() => fetchJson<VocabEntry[]>(href(`/search/vocab/${letter}.json`)));
      vocabulary.set(letter, load);
    }
    return load();
  },
  simplified: async (text) => (await loadConverter())(text),
};

function readState(): State {
  const params = new URLSearchParams(location.search);
  const n = Number(params.get('n'));
  return {
    q: params.get('q') ?? '',
    dept: params.get('dept') ?? '',
    year: params.get('year') ?? '',
    sort: params.get('sort') === 'year' ? 'year' : 'relevance',
    // At most 20 pages from an address: each shown result costs a fragment download.
    n: Number.isInteger(n) && n > PAGE ? Math.min(Math.ceil(n / PAGE), 20) * PAGE : PAGE,
  };
}

function writeForm(state: State) {
  if (!form) return;
  for (const name of ['q', 'dept', 'year', 'sort'] as const) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = state[name];
  }
}

function formState(): State {
  const data = new FormData(form ?? undefined);
  const value = (name: string) => String(data.get(name) ?? '').trim();
  return {
    q: value('q'),
    dept: value('dept'),
    year: value('year'),
    sort: value('sort') === 'year' ? 'year' : 'relevance',
    n: PAGE,
  };
}

function addressOf(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.dept) params.set('dept', state.dept);
  if (state.year) params.set('year', state.year);
  if (state.sort === 'year') params.set('sort', 'year');
  if (state.n > PAGE) params.set('n', String(state.n));
  const query = params.toString();
  return href(`${routes.search()}${query ? `?${query}` : ''}`);
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

/** An excerpt as text nodes and <mark>s: page text never reaches the page as markup. */
function excerptNode(excerpt: Excerpt): HTMLElement {
  const p = element('p', { className: 'excerpt' });
  let at = 0;
  for (const [start, end] of excerpt.marks) {
    p.append(excerpt.text.slice(at, start), element('mark', {}, excerpt.text.slice(start, end)));
    at = end;
  }
  p.append(excerpt.text.slice(at));
  return p;
}

let generation = 0;
/** The terms last shown (Chinese, even when pinyin was typed), for the report page's mark. */
let lastShown = '';

function noResults(state: State): HTMLElement {
  const scoped = state.dept || state.year;
  return element(
    'div',
    { className: 'no-results' },
    element('p', {
      textContent: '建议：检查是否有错别字，换用更短或更常见的词，或输入拼音（如 keji）。',
    }),
    ...(scoped
      ? [
          element(
            'p',
            {},
            element('a', {
              href: addressOf({ ...state, dept: '', year: '', n: PAGE }),
              textContent: '清除部门和年度筛选后重新搜索',
            }),
          ),
        ]
      : []),
    element(
      'p',
      {},
      element('a', { href: href(routes.home()), textContent: '按部门和年度浏览全部报告' }),
    ),
  );
}

function render(state: State, outcome: Outcome) {
  if (!output || !status) return;
  const { plan } = outcome;
  const note = plan.notes.length > 0 ? `（${plan.notes.join('；')}）` : '';
  const scoped = state.dept || state.year ? '在所选部门和年度中' : '';
  if (outcome.results.length === 0) {
    status.textContent = `${scoped}没有找到与${quoted(state.q)}相关的报告${note}。`;
    output.replaceChildren(noResults(state));
    return;
  }
  const list = element('ol', { className: 'results' });
  for (const result of outcome.results) {
    const li = element(
      'li',
      { className: 'result' },
      element('a', { className: 'result-title', href: result.url, textContent: result.title }),
      element('p', {
        className: 'result-meta',
        textContent: `${result.department} · ${result.year}年度`,
      }),
      excerptNode(result.excerpt),
    );
    if (result.hits.length > 0)
      li.append(
        element(
          'ul',
          { className: 'sub-results' },
          ...result.hits.map((hit) =>
            element(
              'li',
              {},
              element('a', { href: hit.url, textContent: hit.title }),
              excerptNode(hit.excerpt),
            ),
          ),
        ),
      );
    list.append(li);
  }
  const children: HTMLElement[] = [];
  if (outcome.partial) {
    status.textContent = `没有报告同时包含${plan.terms.map(quoted).join('和')}${note}。`;
    children.push(element('p', { className: 'notice', textContent: '以下结果只包含部分词语。' }));
  } else {
    const exact = outcome.results.filter((r) => r.exact).length;
    const shown = outcome.results.length;
    const words = plan.terms.length > 1 ? `同时包含${plan.terms.map(quoted).join('和')}的` : '';
    const phrase =
      exact > 0 && exact < shown
        ? `，显示的 ${shown} 份中 ${exact} 份含有完整的${quoted(plan.phrase)}`
        : '';
    status.textContent = `${scoped}找到 ${outcome.total} 份${words}报告${note}${phrase}${
      outcome.more ? `，显示前 ${shown} 份` : ''
    }。`;
  }
  children.push(list);
  if (outcome.more) {
    const more = element('button', {
      type: 'button',
      className: 'more',
      textContent: '显示更多',
    });
    more.addEventListener('click', async () => {
      const next = { ...state, n: state.n + PAGE };
      history.replaceState(null, '', addressOf(next));
      await run(next);
      // The button is gone with the old list: keyboard users continue at the first new result.
      output.querySelectorAll<HTMLElement>('.results > li > a')[state.n]?.focus();
    });
    children.push(element('p', {}, more));
  }
  output.replaceChildren(...children);
}

function failed(state: State, error: unknown) {
  if (!output || !status) return;
  console.error(error);
  status.textContent = '搜索暂时无法完成：搜索索引没有加载成功。';
  const retry = element('button', { type: 'button', textContent: '重试' });
  retry.addEventListener('click', () => run(state));
  output.replaceChildren(
    element(
      'div',
      { className: 'search-error' },
      element('p', { textContent: '请检查网络连接后重试。' }),
      element('p', {}, retry),
      element(
        'p',
        {},
        element('a', { href: href(routes.home()), textContent: '按部门和年度浏览全部报告' }),
      ),
    ),
  );
}

async function run(state: State) {
  const started = performance.now();
  const mine = ++generation;
  if (!output || !status) return;
  document.title = state.q ? `${quoted(state.q)}的搜索结果 - 搜索` : '搜索';
  if (!state.q) {
    output.replaceChildren();
    status.textContent = '请输入要查找的词语、数字、地名，或其拼音。';
    return;
  }
  status.textContent = '正在搜索…';
  try {
    const plan = await planQuery(state.q, sources);
    const outcome = await search(state, sources, state.n, plan);
    // A newer search started while this one waited: it owns the page now.
    if (mine !== generation) return;
    lastShown = outcome.results[0]?.exact ? plan.phrase : (plan.terms[0] ?? plan.phrase);
    render(state, outcome);
  } catch (error) {
    if (mine !== generation) return;
    failed(state, error);
  }
  // Time from query to rendered results, read by the benchmark.
  output.dataset['ms'] = (performance.now() - started).toFixed(1);
}

// Remember what was searched, so the report page opened from a result can mark the hit.
output?.addEventListener('click', (event) => {
  if ((event.target as Element).closest('a')) {
    try {
      sessionStorage.setItem('search-hit', JSON.stringify({ q: lastShown, at: Date.now() }));
    } catch {
      // Storage may be disabled; the link still works.
    }
  }
});

function submit(event?: Event) {
  event?.preventDefault();
  const state = formState();
  const address = addressOf(state);
  if (address !== `${location.pathname}${location.search}`) history.pushState(null, '', address);
  run(state);
}

form?.addEventListener('submit', submit);
for (const name of ['dept', 'year', 'sort'])
  document.getElementById(name)?.addEventListener('change', () => submit());
window.addEventListener('popstate', () => {
  const state = readState();
  writeForm(state);
  run(state);
});

const initial = readState();
writeForm(initial);
run(initial);
if (!initial.q) input?.focus();
