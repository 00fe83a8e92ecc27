import { pinyin } from 'pinyin-pro';

/** Indicator names as compared across tables and years: no blanks, half-width brackets. */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/**
 * Stable ids for indicators read from a table. An indicator already known by the same name (in
 * this report or an earlier year's) keeps its id, so trends across years stay linked; a new one
 * gets the first free `indicator-<n>`, which the author may rename. Ids are unique in the result.
 */
export function assignIds(names: readonly string[], known: ReadonlyMap<string, string>): string[] {
  const used = new Set<string>();
  // An id that means another indicator in some year is never handed to a new one.
  const reserved = new Set(known.values());
  const ids: (string | undefined)[] = names.map((name) => {
    const id = known.get(nameKey(name));
    if (!id || used.has(id)) return undefined;
    used.add(id);
    return id;
  });
  let n = 0;
  return ids.map((id) => {
    if (id) return id;
    do n++;
    while (used.has(`indicator-${n}`) || reserved.has(`indicator-${n}`));
    used.add(`indicator-${n}`);
    return `indicator-${n}`;
  });
}

/** Name → id of indicators in report frontmatters, the first listed source winning. */
export function knownIds(frontmatters: readonly unknown[]): Map<string, string> {
  const known = new Map<string, string>();
  for (const data of frontmatters) {
    const goals = (data as { goals?: unknown } | null)?.goals;
    if (!Array.isArray(goals)) continue;
    for (const area of goals) {
      const indicators = (area as { indicators?: unknown } | null)?.indicators;
      if (!Array.isArray(indicators)) continue;
      for (const item of indicators) {
        const { id, name } = (item ?? {}) as { id?: unknown; name?: unknown };
        if (typeof id === 'string' && typeof name === 'string' && !known.has(nameKey(name)))
          known.set(nameKey(name), id);
      }
    }
  }
  return known;
}

/** Syllables kept in a readable id: enough to tell indicators apart, short enough for an address. */
const ID_SYLLABLES = 6;

/** A readable id from a Chinese name: its pinyin without tones (全区科技型企业 → quan-qu-ke-ji-xing-qi). */
export function pinyinId(name: string): string {
  const parts = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .map((p) =>
      p
        .toLowerCase()
        .replace(/ü/g, 'v')
        .replace(/[^a-z0-9]+/g, '-'),
    )
    .flatMap((p) => p.split('-'))
    .filter(Boolean);
  return parts.slice(0, ID_SYLLABLES).join('-') || 'indicator';
}

/**
 * Ids for indicators proposed from prose: an indicator already known by its name (in an earlier
 * year of the department) keeps that id; a new one gets the pinyin of its name, numbered when two
 * would share it, never one that means another indicator in some year.
 */
export function readableIds(
  names: readonly string[],
  known: ReadonlyMap<string, string>,
): string[] {
  const used = new Set<string>();
  const reserved = new Set(known.values());
  // A name worded a little differently (全区科技型企业 / 全区科技型企业数量) is the same indicator.
  const similar = (key: string) =>
    [...known].find(
      ([k]) => Math.min(k.length, key.length) >= 4 && (k.includes(key) || key.includes(k)),
    )?.[1];
  const ids = names.map((name) => {
    const key = nameKey(name);
    const id = known.get(key) ?? similar(key);
    if (!id || used.has(id)) return undefined;
    used.add(id);
    return id;
  });
  return ids.map((id, i) => {
    if (id) return id;
    const base = pinyinId(names[i] ?? '');
    let candidate = base;
    for (let n = 2; used.has(candidate) || reserved.has(candidate); n++) candidate = `${base}-${n}`;
    used.add(candidate);
    return candidate;
  });
}
