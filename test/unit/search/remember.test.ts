import { describe, expect, it } from 'vitest';
import type { PagefindLike } from '../../../src/search/engine.ts';
import { rememberSearches } from '../../../src/search/remember.ts';

/** Pagefind that answers with the query as the one result id, counting what it was asked. */
function counting(fail: Set<string> = new Set()) {
  const asked: string[] = [];
  const pf: PagefindLike = {
    async search(query, options) {
      asked.push(`${query} ${JSON.stringify(options ?? {})}`);
      if (fail.has(query)) throw new Error('503');
      return {
        results: [
          { id: query, data: async () => ({ url: '', content: '', anchors: [], meta: {} }) },
        ],
      };
    },
  };
  return { pf, asked };
}

describe('rememberSearches', () => {
  it('answers a repeated search from memory, per query and options', async () => {
    const { pf, asked } = counting();
    const kept = rememberSearches(pf);
    await kept.search('科技', { filters: {} });
    const again = await kept.search('科技', { filters: {} });
    expect(again?.results[0]?.id).toBe('科技');
    await kept.search('科技', { filters: { year: '2020' } });
    expect(asked).toEqual(['科技 {"filters":{}}', '科技 {"filters":{"year":"2020"}}']);
  });

  it('keeps the most recently used searches only', async () => {
    const { pf, asked } = counting();
    const kept = rememberSearches(pf, 2);
    for (const q of ['a', 'b', 'a', 'c', 'a', 'b']) await kept.search(q, {});
    // b was dropped when c came (a had been used since); a stayed.
    expect(asked.map((a) => a.split(' ')[0])).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not keep a failed search', async () => {
    const fail = new Set(['科技']);
    const { pf, asked } = counting(fail);
    const kept = rememberSearches(pf);
    await expect(kept.search('科技', {})).rejects.toThrow('503');
    fail.clear();
    expect((await kept.search('科技', {}))?.results[0]?.id).toBe('科技');
    expect(asked).toHaveLength(2);
  });
});
