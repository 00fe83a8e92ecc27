// A district site's search page: its own Pagefind index (and shards), its pinyin vocabulary and
// the converter to simplified characters, given to the page layer (src/search/page.ts) that the
// province portal shares.

import { href } from '../data/href.ts';
import { routes } from '../lib/routes.ts';
import type { VocabEntry } from '../lib/search/pinyin.ts';
import type { PagefindLike, Sources } from '../search/engine.ts';
import { directFragments } from '../search/fragments.ts';
import { fetchJson, loadConverter, once } from '../search/load.ts';
import { startSearchPage } from '../search/page.ts';
import { rememberSearches } from '../search/remember.ts';

interface Pagefind extends PagefindLike {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string): Promise<void>;
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

const sources: Sources = {
  pagefind: loadPagefind,
  vocabulary(letter) {
    let load = vocabulary.get(letter);
    if (!load) {
      load = once(() => fetchJson<VocabEntry[]>(href(routes.searchVocabulary(letter))));
      vocabulary.set(letter, load);
    }
    return load();
  },
  simplified: async (text) => (await loadConverter())(text),
};

startSearchPage({
  sources,
  searchPath: href(routes.search()),
  browse: { href: href(routes.home()), text: '按部门和年度浏览全部报告' },
});
