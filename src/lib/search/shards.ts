/** Where a search index shard is written: the first is Pagefind's usual `pagefind/`. */
export function shardPath(index: number): string {
  return index === 0 ? 'pagefind' : `pagefind-${index + 1}`;
}

/**
 * Groups departments into search index shards of at most `limit` reports (a department larger
 * than the limit gets a shard of its own), in a stable order, so every build shards alike.
 */
export function searchShards(
  reports: readonly { data: { org: string } }[],
  limit: number,
): string[][] {
  const counts = new Map<string, number>();
  for (const r of reports) counts.set(r.data.org, (counts.get(r.data.org) ?? 0) + 1);
  const shards: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const [org, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (current.length > 0 && size + count > limit) {
      shards.push(current);
      current = [];
      size = 0;
    }
    current.push(org);
    size += count;
  }
  if (current.length > 0) shards.push(current);
  return shards.length > 0 ? shards : [[]];
}
