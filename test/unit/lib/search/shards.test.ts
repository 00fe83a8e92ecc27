import { describe, expect, it } from 'vitest';
import { searchShards, shardPath } from '../../../../src/lib/search/shards.ts';

const reports = (org: string, n: number) => Array.from({ length: n }, () => ({ data: { org } }));

describe('searchShards', () => {
  it('keeps a site within the limit in one shard', () => {
    expect(searchShards([...reports('b', 3), ...reports('a', 2)], 2000)).toEqual([['a', 'b']]);
  });

  it('splits by whole departments, in a stable order, never splitting one', () => {
    const all = [...reports('c', 4), ...reports('a', 3), ...reports('b', 2), ...reports('d', 9)];
    expect(searchShards(all, 5)).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('names the first shard as Pagefind does', () => {
    expect([0, 1, 2].map(shardPath)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
  });
});
