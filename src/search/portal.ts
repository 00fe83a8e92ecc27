// The province portal's search page: the same engine and page layer as a district site, over
// the portal's own Pagefind with every member's bundles merged in (each tagged with a `district`
// filter), and pinyin from every member's vocabulary, fetched from the member when a query
// needs it. A member that cannot be reached, or whose vocabulary cannot be read, costs only that
// member, and the page says so.

import { routes, withBase } from '../lib/routes.ts';
import type { VocabEntry } from '../lib/search/pinyin.ts';
import type { PagefindLike, Sources } from './engine.ts';
import { fetchJson, loadConverter, once } from './load.ts';
import { startSearchPage } from './page.ts';
import { rememberSearches } from './remember.ts';

/** A site path as a link on the portal (Vite's BASE_URL; src/data/href.ts is the Astro side's). */
const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/** A member as the portal's build lists it (src/lib/portal.ts LiveMember). */
interface Member {
  name: string;
  url: string;
  bundles: string[];
}
interface Pagefind extends PagefindLike {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const members = (JSON.parse(form?.dataset['members'] ?? '[]') as Member[]).filter((m) => {
  try {
    return /^https?:$/.test(new URL(m.url).protocol);
  } catch {
    return false;
  }
});
/** Members whose index could not be merged: left out of every search, and named. */
const unreachable = new Set<string>();
/** Members whose vocabulary could not be read for the last pinyin query. */
const withoutPinyin = new Set<string>();

const loadPagefind = once(async () => {
  const module = (await import(/* @vite-ignore */ href('/pagefind/pagefind.js'))) as Pagefind;
  await module.options({ excerptLength: 24 });
  for (const m of members) {
    try {
      // Pagefind keeps an index whose merge failed, and every later search then fails with it:
      // a member is merged only when each of its bundles answers.
      for (const bundle of m.bundles) {
        const entry = await fetch(new URL('pagefind-entry.json', bundle));
        if (!entry.ok) throw new Error(`${bundle}: ${entry.status}`);
      }
      for (const bundle of m.bundles)
        await module.mergeIndex(bundle, { baseUrl: m.url, mergeFilter: { district: m.name } });
    } catch (error) {
      console.warn(`${m.name}: index not merged`, error);
      unreachable.add(m.name);
    }
  }
  if (unreachable.size === members.length) throw new Error('no member index could be merged');
  return rememberSearches(module);
});

const vocabularies = new Map<string, () => Promise<VocabEntry[]>>();
/** One member's shard; a member that fails is searched without its own words' pinyin. */
async function memberShard(member: Member, letter: string): Promise<VocabEntry[]> {
  const key = `${member.name}\n${letter}`;
  let load = vocabularies.get(key);
  if (!load) {
    load = once(() =>
      fetchJson<VocabEntry[]>(new URL(routes.searchVocabulary(letter).slice(1), member.url).href),
    );
    vocabularies.set(key, load);
  }
  try {
    const entries = await load();
    if (!Array.isArray(entries)) throw new Error('not a list');
    withoutPinyin.delete(member.name);
    return entries;
  } catch (error) {
    console.warn(`${member.name}: vocabulary ${letter} not read`, error);
    withoutPinyin.add(member.name);
    return [];
  }
}

const sources: Sources = {
  pagefind: loadPagefind,
  async vocabulary(letter) {
    const shards = await Promise.all(
      members.filter((m) => !unreachable.has(m.name)).map((m) => memberShard(m, letter)),
    );
    return shards.flat();
  },
  simplified: async (text) => (await loadConverter())(text),
};

/** The member whose site an address is under; none for anything else. */
function memberOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return members.find((m) => {
      const base = new URL(m.url);
      return parsed.origin === base.origin && parsed.pathname.startsWith(base.pathname);
    })?.name;
  } catch {
    return undefined;
  }
}

startSearchPage({
  sources,
  searchPath: href(routes.search()),
  browse: { href: href(routes.home()), text: '进入各区县网站浏览' },
  // The `district` filter also leaves out the portal's own page, which carries none.
  districtFilter: (district) => ({
    district: members.some((m) => m.name === district)
      ? district
      : { any: members.map((m) => m.name).filter((n) => !unreachable.has(n)) },
  }),
  memberOf,
  caveats: () => [
    ...(unreachable.size > 0 ? [`${[...unreachable].join('、')}暂时无法搜索`] : []),
    ...(withoutPinyin.size > 0
      ? [`${[...withoutPinyin].join('、')}的拼音词表未能读取，按拼音查找时不含该区县的词语`]
      : []),
  ],
});
