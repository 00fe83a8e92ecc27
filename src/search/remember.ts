// The last few Pagefind searches, kept: 显示更多 and the browser's back button search again for
// the same words, and Pagefind 1.6 does the whole search each time (for a word on every page of
// a 1000-report site, 40–100 ms of its WebAssembly and the copy of every match back from its
// worker).

import type { PagefindLike } from './engine.ts';

type Found = Awaited<ReturnType<PagefindLike['search']>>;

/**
 * A cache of the `size` most recently used promises by key, for results that are costly to
 * get again: a promise that rejects is forgotten, so a failure is tried again next time.
 */
export function keepRecent<V>(size: number): (key: string, make: () => Promise<V>) => Promise<V> {
  const kept = new Map<string, Promise<V>>();
  return (key, make) => {
    let value = kept.get(key);
    if (value) {
      // Most recently used last, so the oldest is dropped first.
      kept.delete(key);
    } else {
      const pending = make();
      pending.catch(() => {
        if (kept.get(key) === pending) kept.delete(key);
      });
      value = pending;
    }
    kept.set(key, value);
    if (kept.size > size) kept.delete(kept.keys().next().value ?? '');
    return value;
  };
}

/**
 * Pagefind that answers a search it answered lately from memory; failures are not kept. A
 * search holds every match's word positions (megabytes on a large site), so only a few are.
 */
export function rememberSearches(pf: PagefindLike, size = 3): PagefindLike {
  const kept = keepRecent<Found>(size);
  return {
    search: (query, options) =>
      kept(JSON.stringify([query, options ?? {}]), () => pf.search(query, options)),
  };
}
