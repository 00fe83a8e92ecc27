// The search page's script: Pagefind finds candidate reports by words; this script turns
// pinyin into the site's Chinese, puts reports with the exact phrase first, rebuilds excerpts
// around the phrase, and keeps query, filters and sort in the address.

import { href } from '../data/href.ts';
import { routes } from '../lib/routes.ts';
import { type Anchor, fragmentSections } from '../lib/search/fragment.ts';
import {
  hasAllWords,
  normalizeQuery,
  phraseExcerpt,
  phraseOffsets,
  queryWords,
  rankCandidates,
} from '../lib/search/phrase.ts';
import {
  isPinyinQuery,
  pinyinToChinese,
  shardsFor,
  type VocabEntry,
} from '../lib/search/pinyin.ts';

interface Fragment {
  url: string;
  content: string;
  anchors: Anchor[];
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Result {
  id: string;
  data(): Promise<Fragment>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(
    query: string | null,
    options?: Record<string, unknown>,
  ): Promise<{ results: Result[] } | null>;
}
interface State {
  q: string;
  dept: string;
  year: string;
  sort: 'relevance' | 'year';
}

// Reports shown, and candidates re-ranked: each candidate costs one fragment download.
const SHOWN = 10;
const CANDIDATES = 10;
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#q');
const status = document.querySelector<HTMLElement>('#search-status');
const output = document.querySelector<HTMLElement>('[data-search-results]');

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = href('/pagefind/pagefind.js');
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    // Result addresses carry the base a district site is served under ("/jxzp/").
    await module.options({ excerptLength: 24, baseUrl: href('/') });
    // Large sites are indexed in shards (see src/cli/build.ts); merge the others into this one.
    const shards = await fetch(href('/pagefind/shards.json')).then((r) =>
      r.ok ? (r.json() as Promise<string[]>) : [],
    );
    for (const shard of shards) await module.mergeIndex(href(shard));
    return module;
  });
  return pagefind;
}

const cache = new Map<string, Promise<unknown>>();
function fetchJson<T>(url: string): Promise<T> {
  if (!cache.has(url))
    cache.set(
      url,
      fetch(url).then((r) => (r.ok ? r.json() : undefined)),
    );
  return cache.get(url) as Promise<T>;
}

function readState(): State {
  const params = new URLSearchParams(location.search);
  return {
    q: params.get('q') ?? '',
    dept: params.get('dept') ?? '',
    year: params.get('year') ?? '',
    sort: params.get('sort') === 'year' ? 'year' : 'relevance',
  };
}

function writeForm(state: State) {
  if (!form) return;
  for (const [name, value] of Object.entries(state)) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = value;
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
  };
}

function addressOf(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.dept) params.set('dept', state.dept);
  if (state.year) params.set('year', state.year);
  if (state.sort === 'year') params.set('sort', 'year');
  const query = params.toString();
  return `/search/${query ? `?${query}` : ''}`;
}

/** The Chinese a pinyin query stands for, from the vocabulary shards it needs. */
async function fromPinyin(query: string): Promise<string | undefined> {
  const shards = await Promise.all(
    shardsFor(query).map((s) => fetchJson<VocabEntry[]>(href(`/search/vocab/${s}.json`))),
  );
  return pinyinToChinese(
    query,
    shards.flatMap((s) => s ?? []),
  );
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

function excerptNode(html: string): HTMLElement {
  const p = element('p', { className: 'excerpt' });
  p.innerHTML = html;
  return p;
}

/**
 * Pagefind's candidates for a phrase. Pagefind matches whole words of its own segmentation, so
 * a phrase cut differently (starting mid-word, say) can find nothing; then each word, or its
 * first two characters, is searched alone and the phrase check decides what is relevant.
 */
async function candidates(
  pf: Pagefind,
  phrase: string,
  options: Record<string, unknown>,
): Promise<Result[]> {
  const direct = (await pf.search(phrase, options))?.results ?? [];
  if (direct.length > 0) return direct;
  const found = new Map<string, Result>();
  const words = queryWords(phrase);
  for (const word of words.length > 0 ? words : [...phrase]) {
    let results = (await pf.search(word, options))?.results ?? [];
    if (results.length === 0 && word.length > 2)
      results = (await pf.search(word.slice(0, 2), options))?.results ?? [];
    for (const result of results) if (!found.has(result.id)) found.set(result.id, result);
  }
  return [...found.values()];
}

let generation = 0;
/** The phrase last searched for (Chinese, even when pinyin was typed). */
let lastPhrase = '';

async function run(state: State) {
  const started = performance.now();
  const mine = ++generation;
  if (!output || !status) return;
  output.replaceChildren();
  document.title = state.q ? `“${state.q}”的搜索结果 - 搜索` : '搜索';
  if (!state.q) {
    status.textContent = '请输入要查找的词语、数字、地名，或其拼音。';
    return;
  }
  status.textContent = '正在搜索…';
  const pinyin = isPinyinQuery(state.q);
  const chinese = pinyin ? await fromPinyin(state.q) : undefined;
  const phrase = normalizeQuery(chinese ?? state.q);
  lastPhrase = phrase;
  const pf = await loadPagefind();
  const filters: Record<string, string> = {};
  if (state.dept) filters['department'] = state.dept;
  if (state.year) filters['year'] = state.year;
  const results = await candidates(pf, phrase, {
    filters,
    ...(state.sort === 'year' ? { sort: { year: 'desc' } } : {}),
  });
  const words = queryWords(phrase);
  const loaded = await Promise.all(
    results.slice(0, CANDIDATES).map(async (result, rank) => {
      const data = await result.data();
      const sections = fragmentSections(data.content, data.anchors);
      const hits = sections.filter((s) => phraseOffsets(s.text, phrase).length > 0);
      const phraseHits = hits.reduce((n, s) => n + phraseOffsets(s.text, phrase).length, 0);
      const relevant =
        phraseHits > 0 ||
        (words.length > 0 && hasAllWords(sections.map((s) => s.text).join('\n'), words));
      return {
        item: { data, hits },
        rank,
        year: Number(data.meta['year'] ?? 0),
        phraseHits,
        relevant,
      };
    }),
  );
  if (mine !== generation) return;
  // Pagefind also returns pages holding only some of the words; a report must hold them all.
  const ranked = rankCandidates(
    loaded.filter((c) => c.relevant),
    state.sort,
  ).slice(0, SHOWN);
  const note = chinese ? `（按拼音“${state.q}”查找“${chinese}”）` : '';
  if (ranked.length === 0) {
    const scoped = state.dept || state.year ? '在所选部门和年度中' : '';
    status.textContent = `${scoped}没有找到与“${state.q}”相关的报告${note}。`;
    output.append(
      element(
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
                  href: addressOf({ ...state, dept: '', year: '' }),
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
      ),
    );
    output.dataset['ms'] = (performance.now() - started).toFixed(1);
    return;
  }
  const exact = ranked.filter((r) => r.phraseHits > 0).length;
  const total = loaded.filter((c) => c.relevant).length;
  status.textContent = `找到 ${total} 份报告${note}，其中 ${exact} 份含有完整的“${phrase}”${total > SHOWN ? `，显示前 ${SHOWN} 份` : ''}。`;
  const list = element('ol', { className: 'results' });
  for (const { item } of ranked) {
    const { data, hits } = item;
    const title = data.meta['title'] ?? data.url;
    const sections =
      hits.length > 0
        ? hits.slice(0, 5).map((s) => ({
            url: s.id ? `${data.url}#${s.id}` : data.url,
            title: s.title || title,
            excerpt: phraseExcerpt(s.text, phrase) ?? '',
          }))
        : (data.sub_results ?? []).filter((s) => s.url !== data.url).slice(0, 5);
    const li = element(
      'li',
      { className: 'result' },
      element('a', { className: 'result-title', href: data.url, textContent: title }),
      element('p', {
        className: 'result-meta',
        textContent: `${data.meta['department'] ?? ''} · ${data.meta['year'] ?? ''}年度`,
      }),
      excerptNode(sections[0]?.excerpt || data.excerpt),
    );
    if (sections.length > 0) {
      li.append(
        element(
          'ul',
          { className: 'sub-results' },
          ...sections.map((s) =>
            element(
              'li',
              {},
              element('a', { href: s.url, textContent: s.title }),
              excerptNode(s.excerpt),
            ),
          ),
        ),
      );
    }
    list.append(li);
  }
  output.append(list);
  // Time from query to rendered results, read by the benchmark.
  output.dataset['ms'] = (performance.now() - started).toFixed(1);
}

// Remember what was searched, so the report page opened from a result can mark the hit.
output?.addEventListener('click', (event) => {
  if ((event.target as Element).closest('a')) {
    try {
      sessionStorage.setItem('search-hit', JSON.stringify({ q: lastPhrase, at: Date.now() }));
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
