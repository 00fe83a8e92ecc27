// The last few Pagefind searches, kept: 显示更多 and the browser's back button search again for
// the same words, and Pagefind 1.6 does the whole search each time (for a word on every page of
// a 1000-report site, 40–100 ms of its WebAssembly and the copy of every match back from its
// worker).

import type { PagefindLike } from './engine.ts';

type Found = Awaited<ReturnType<PagefindLike['search']>>;

/**
 * Pagefind that answers a search it answered lately from memory; failures are not kept. A
 * search holds every match's word positions (megabytes on a large site), so only a few are.
 */
export function rememberSearches(pf: PagefindLike, size = 3): PagefindLike {
  const kept = new Map<string, Promise<Found>>();
  return {
    search(query, options) {
      const key = JSON.stringify([query, options ?? {}]);
      let found = kept.get(key);
      if (found) {
        // Most recently used last, so the oldest is dropped first.
        kept.delete(key);
      } else {
        const pending = pf.search(query, options);
        pending.catch(() => {
          if (kept.get(key) === pending) kept.delete(key);
        });
        found = pending;
      }
      kept.set(key, found);
      if (kept.size > size) kept.delete(kept.keys().next().value ?? '');
      return found;
    },
  };
}
