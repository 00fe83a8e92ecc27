/** Where a search index shard is written: the first is Pagefind's usual `pagefind/`. */
export function shardPath(index: number): string {
  return index === 0 ? 'pagefind' : `pagefind-${index + 1}`;
}

/**
 * Groups departments, given with their number of reports, into groups of at most `limit`
 * reports (a department larger than the limit is a group of its own), in a stable order, so
 * every build groups alike. Search index shards and the build's Astro runs are both cut so.
 */
export function groupDepartments(counts: ReadonlyMap<string, number>, limit: number): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const [org, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (current.length > 0 && size + count > limit) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(org);
    size += count;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The number of reports of each department (`orgs` first, so those without reports count 0). */
export function reportCounts(
  reports: readonly { data: { org: string } }[],
  orgs: readonly string[] = [],
): Map<string, number> {
  const counts = new Map(orgs.map((org) => [org, 0]));
  for (const r of reports) counts.set(r.data.org, (counts.get(r.data.org) ?? 0) + 1);
  return counts;
}

/** Groups departments into search index shards of at most `limit` reports (`groupDepartments`). */
export function searchShards(
  reports: readonly { data: { org: string } }[],
  limit: number,
): string[][] {
  const shards = groupDepartments(reportCounts(reports), limit);
  return shards.length > 0 ? shards : [[]];
}
