// The search page's layer, shared by a district site (src/scripts/search.ts) and the province
// portal (src/search/portal.ts): the form, the address bar, rendering and the error state. What
// is searched and how results rank is the engine's (engine.ts); each page gives it its sources
// and says what it adds (the portal's district filter and member names).

import { type Excerpt, quoted } from '../lib/search/phrase.ts';
import {
  type Outcome,
  planQuery,
  type ResultView,
  type SearchState,
  type Sources,
  search,
} from './engine.ts';

interface State extends SearchState {
  /** How many results are shown (显示更多 adds a page of PAGE). */
  n: number;
  /** The portal's district ('' for all). */
  district: string;
}

export interface PageOptions {
  sources: Sources;
  /** The search page's address, with the site's base. */
  searchPath: string;
  /** Where everything can be browsed without search. */
  browse: { href: string; text: string };
  /** Pagefind filters for a district chosen in the form ('' = every member); the portal only. */
  districtFilter?: (district: string) => Record<string, unknown>;
  /**
   * The member a result belongs to (the portal): results under no member's address are not
   * shown, and the others carry their member's name.
   */
  memberOf?: (url: string) => string | undefined;
  /** Sentences about what this search could not cover (members without pinyin, unreachable). */
  caveats?: () => string[];
}

const PAGE = 10;

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

/** Only web addresses become links: a result's address comes from an index, data to us. */
function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function link(url: string, text: string, className?: string): HTMLElement {
  const safe = safeHref(url);
  return safe
    ? element('a', { href: safe, textContent: text, ...(className ? { className } : {}) })
    : element('span', { textContent: text, ...(className ? { className } : {}) });
}

export function startSearchPage(options: PageOptions): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const output = document.querySelector<HTMLElement>('[data-search-results]');
  const { sources } = options;
  const fields = ['q', 'dept', 'year', 'sort', ...(options.districtFilter ? ['district'] : [])];

  function withFilters(state: Omit<State, 'filters'>): State {
    return options.districtFilter
      ? { ...state, filters: options.districtFilter(state.district) }
      : state;
  }

  function readState(): State {
    const params = new URLSearchParams(location.search);
    const n = Number(params.get('n'));
    return withFilters({
      q: params.get('q') ?? '',
      dept: params.get('dept') ?? '',
      year: params.get('year') ?? '',
      sort: params.get('sort') === 'year' ? 'year' : 'relevance',
      district: params.get('district') ?? '',
      // At most 20 pages from an address: each shown result costs a fragment download.
      n: Number.isInteger(n) && n > PAGE ? Math.min(Math.ceil(n / PAGE), 20) * PAGE : PAGE,
    });
  }

  function writeForm(state: State) {
    if (!form) return;
    for (const name of fields) {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (field) field.value = String(state[name as keyof State] ?? '');
    }
  }

  function formState(): State {
    const data = new FormData(form ?? undefined);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    return withFilters({
      q: value('q'),
      dept: value('dept'),
      year: value('year'),
      sort: value('sort') === 'year' ? 'year' : 'relevance',
      district: value('district'),
      n: PAGE,
    });
  }

  function addressOf(state: State): string {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    if (state.dept) params.set('dept', state.dept);
    if (state.year) params.set('year', state.year);
    if (state.district && options.districtFilter) params.set('district', state.district);
    if (state.sort === 'year') params.set('sort', 'year');
    if (state.n > PAGE) params.set('n', String(state.n));
    const query = params.toString();
    return `${options.searchPath}${query ? `?${query}` : ''}`;
  }

  let generation = 0;
  /** The terms last shown (Chinese, even when pinyin was typed), for the report page's mark. */
  let lastShown = '';

  function noResults(state: State): HTMLElement {
    const scoped = state.dept || state.year || state.district;
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
                href: addressOf({ ...state, dept: '', year: '', district: '', n: PAGE }),
                textContent: options.districtFilter
                  ? '清除区县和年度筛选后重新搜索'
                  : '清除部门和年度筛选后重新搜索',
              }),
            ),
          ]
        : []),
      element('p', {}, element('a', { ...options.browse, textContent: options.browse.text })),
    );
  }

  function resultItem(result: ResultView, member: string | undefined): HTMLElement {
    const meta = `${member ? `${member} · ` : ''}${result.department} · ${result.year}年度`;
    const li = element(
      'li',
      { className: 'result' },
      link(result.url, result.title, 'result-title'),
      element('p', { className: 'result-meta', textContent: meta }),
      excerptNode(result.excerpt),
    );
    if (result.hits.length > 0)
      li.append(
        element(
          'ul',
          { className: 'sub-results' },
          ...result.hits.map((hit) =>
            element('li', {}, link(hit.url, hit.title), excerptNode(hit.excerpt)),
          ),
        ),
      );
    return li;
  }

  function render(state: State, outcome: Outcome) {
    if (!output || !status) return;
    const { plan } = outcome;
    const caveats = options.caveats?.() ?? [];
    const note = plan.notes.length > 0 ? `（${plan.notes.join('；')}）` : '';
    const after = caveats.length > 0 ? `${caveats.join('；')}。` : '';
    const scoped =
      state.dept || state.year || state.district
        ? options.districtFilter
          ? '在所选区县和年度中'
          : '在所选部门和年度中'
        : '';
    // The portal shows a result only under a member's address; anything else is left out.
    const shown = outcome.results.flatMap((result): { result: ResultView; member?: string }[] => {
      if (!options.memberOf) return [{ result }];
      const member = options.memberOf(result.url);
      return member ? [{ result, member }] : [];
    });
    const dropped = outcome.results.length - shown.length;
    if (shown.length === 0) {
      status.textContent = `${scoped}没有找到与${quoted(state.q)}相关的报告${note}。${after}`;
      output.replaceChildren(noResults(state));
      return;
    }
    const list = element('ol', { className: 'results' });
    for (const { result, member } of shown) list.append(resultItem(result, member));
    const children: HTMLElement[] = [];
    if (outcome.partial) {
      status.textContent = `没有报告同时包含${plan.terms.map(quoted).join('和')}${note}。${after}`;
      children.push(element('p', { className: 'notice', textContent: '以下结果只包含部分词语。' }));
    } else {
      const exact = shown.filter((s) => s.result.exact).length;
      const words = plan.terms.length > 1 ? `同时包含${plan.terms.map(quoted).join('和')}的` : '';
      const phrase =
        exact > 0 && exact < shown.length
          ? `，显示的 ${shown.length} 份中 ${exact} 份含有完整的${quoted(plan.phrase)}`
          : '';
      status.textContent = `${scoped}找到 ${outcome.total - dropped} 份${words}报告${note}${phrase}${
        outcome.more ? `，显示前 ${shown.length} 份` : ''
      }。${after}`;
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
        element('p', {}, element('a', { ...options.browse, textContent: options.browse.text })),
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
  for (const name of fields.slice(1))
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
}
