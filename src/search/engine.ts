// The search engine: query → plan → ranked results with excerpts. No DOM and no globals: the
// page (src/scripts/search.ts) gives it Pagefind, the vocabulary and the converter to
// simplified characters, so the same code runs in the browser and in unit tests.

import {
  type Folded,
  fold,
  foldLoose,
  foldQuery,
  isCjk,
  needleOf,
  withoutMarks,
} from '../lib/search/fold.ts';
import {
  type Anchor,
  type FragmentSection,
  fragmentSections,
  readableRow,
} from '../lib/search/fragment.ts';
import {
  closestWindow,
  type Excerpt,
  excerptOf,
  occurrences,
  queryWords,
} from '../lib/search/phrase.ts';
import { isPinyinToken, segmentToken, shardsFor, type VocabEntry } from '../lib/search/pinyin.ts';

/** What Pagefind's `data()` returns for a page (the fields the engine reads). */
export interface Fragment {
  url: string;
  content: string;
  /** The text with Pagefind's word separators (zero-width spaces), `<` and `>` escaped. */
  raw_content?: string;
  anchors: Anchor[];
  meta: Record<string, string>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<Fragment>;
}
/** The part of Pagefind's API the engine uses. */
export interface PagefindLike {
  search(
    query: string,
    options?: Record<string, unknown>,
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** Where the engine gets what it needs; each may fail, and the failure reaches the caller. */
export interface Sources {
  pagefind(): Promise<PagefindLike>;
  /** One vocabulary shard (the words whose pinyin starts with `letter`). */
  vocabulary(letter: string): Promise<VocabEntry[]>;
  /** Traditional to simplified characters (opencc), loaded only for queries with Chinese. */
  simplified(text: string): Promise<string>;
}

export interface SearchState {
  q: string;
  dept: string;
  year: string;
  sort: 'relevance' | 'year';
  /** Further Pagefind filters (the portal's district). */
  filters?: Record<string, unknown>;
}

/** How a query is searched, and what the reader is told about it. */
export interface Plan {
  typed: string;
  /** The terms every report should hold (Chinese after pinyin and simplification). */
  terms: string[];
  /** The terms as one phrase: reports holding it exactly come first. */
  phrase: string;
  /** What was done to the query, for the reader (“按简体“万州”查找”). */
  notes: string[];
}

export interface Hit {
  /** Address of the section (page address with #anchor), or the page. */
  url: string;
  title: string;
  excerpt: Excerpt;
  kind: FragmentSection['kind'];
}

export interface ResultView {
  url: string;
  title: string;
  department: string;
  year: string;
  /** The best passage: the report's own sentences before the site's tables. */
  excerpt: Excerpt;
  /** Sections holding the words, the report's own text first (at most five). */
  hits: Hit[];
  /** Holds the phrase exactly as searched. */
  exact: boolean;
  /** The terms the report holds (all of them unless the outcome is partial). */
  found: string[];
}

export interface Outcome {
  plan: Plan;
  /** Reports holding every term (Pagefind's count, less those found not to on reading). */
  total: number;
  /** No report holds every term: these hold some of them. */
  partial: boolean;
  results: ResultView[];
  /** More results than `limit` exist. */
  more: boolean;
}

// Letters, with the apostrophe only between them (xi'an): a quotation mark is not pinyin.
const LATIN_RUN = /[a-zü]+(?:['’][a-zü]+)*|[^a-zü]+/g;

/**
 * The plan for a query: folded (NFKC, case, figures without separators or units), converted
 * to simplified characters, pinyin read as the site's words. Adjacent pinyin is read as one
 * run whether or not spaces fall between syllables (`lu hua ji`, `wan zhou`).
 */
export async function planQuery(
  typed: string,
  sources: Sources,
  options: { pinyin?: boolean } = {},
): Promise<Plan> {
  const notes: string[] = [];
  const folded = foldQuery(typed);
  const plain = typed.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
  if (folded !== plain && /\d/.test(folded) && /\d[,，]\d|\d[^\d\s.]+(\s|$)/.test(plain))
    notes.push(`按数字“${folded}”查找`);
  let text = folded;
  if ([...text].some(isCjk)) {
    const simplified = await sources.simplified(text);
    if (simplified !== text) notes.push(`按简体“${simplified}”查找`);
    text = simplified;
  }
  // Pieces: runs of Latin letters and of anything else, remembering the spaces between.
  type Piece = { text: string; pinyin: boolean; spaced: boolean };
  const pieces: Piece[] = [];
  for (const [i, token] of text.split(' ').filter(Boolean).entries()) {
    for (const [j, part] of [...token.matchAll(LATIN_RUN)].map((m) => m[0]).entries()) {
      pieces.push({ text: part, pinyin: /^[a-zü]/.test(part), spaced: i > 0 && j === 0 });
    }
  }
  const terms: { text: string; spaced: boolean }[] = [];
  for (let i = 0; i < pieces.length; ) {
    const piece = pieces[i];
    if (!piece) break;
    if (!piece.pinyin) {
      terms.push({ text: piece.text, spaced: piece.spaced });
      i++;
      continue;
    }
    let end = i;
    while (pieces[end + 1]?.pinyin) end++;
    const run = pieces.slice(i, end + 1);
    const letters = run.map((p) => p.text).join('');
    const words =
      options.pinyin !== false && isPinyinToken(letters)
        ? await readPinyin(letters, sources)
        : undefined;
    if (words) {
      const chinese = words.join('');
      notes.push(`按拼音“${run.map((p) => p.text).join(' ')}”查找“${chinese}”`);
      terms.push({ text: chinese, spaced: piece.spaced });
    } else {
      for (const p of run) terms.push({ text: p.text, spaced: p.spaced });
    }
    i = end + 1;
  }
  const phrase = terms
    .map((t, k) => {
      const before = terms[k - 1]?.text.slice(-1) ?? '';
      return k > 0 && !(isCjk(before) || isCjk(t.text[0] ?? '')) ? ` ${t.text}` : t.text;
    })
    .join('');
  return { typed, terms: terms.map((t) => t.text), phrase, notes };
}

async function readPinyin(letters: string, sources: Sources): Promise<string[] | undefined> {
  const shards = await Promise.all(shardsFor(letters).map((s) => sources.vocabulary(s)));
  return segmentToken(letters, shards.flat());
}

interface Checked {
  result: PagefindResult;
  rank: number;
  fragment: Fragment;
  sections: FragmentSection[];
  /** Each section's text folded once, for every comparison that follows. */
  folded: Folded[];
  phraseHits: number;
  /** Occurrences in the report's own text (its narrative), not the site's labels and tables. */
  ownHits: number;
  /** The report's own text holds the phrase, or every term. */
  own: boolean;
  found: string[];
  all: boolean;
}

/** The words a report must hold: the terms, or for a single phrase its words. */
function requiredWords(plan: Plan): string[][] {
  if (plan.terms.length > 1) return plan.terms.map((t) => [needleOf(t)]);
  const words = queryWords(plan.phrase).map(needleOf);
  return [words.length > 0 ? words : [needleOf(plan.phrase)]];
}

function count(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * A page cut into sections and folded, kept per fragment: pages come up again in later
 * searches, and cutting and folding a whole report is most of the engine's own work.
 */
const prepared = new WeakMap<Fragment, { sections: FragmentSection[]; folded: Folded[] }>();

function prepare(fragment: Fragment): { sections: FragmentSection[]; folded: Folded[] } {
  let page = prepared.get(fragment);
  if (!page) {
    const sections = fragmentSections(fragment.content, fragment.anchors, fragment.raw_content);
    // Folded and read through quotation marks and brackets once, for every comparison.
    page = { sections, folded: sections.map((s) => foldLoose(s.text)) };
    prepared.set(fragment, page);
  }
  return page;
}

function check(plan: Plan, result: PagefindResult, rank: number, fragment: Fragment): Checked {
  const { sections, folded } = prepare(fragment);
  const phrase = needleOf(plan.phrase);
  const per = folded.map((f) => count(f.text, phrase));
  const phraseHits = per.reduce((a, b) => a + b, 0);
  const narrative = folded.filter((_, k) => sections[k]?.kind === 'narrative');
  const holds = (word: string, within: readonly Folded[] = folded) =>
    within.some((f) => f.text.includes(word));
  const terms = plan.terms.map(needleOf);
  const found =
    plan.terms.length > 1
      ? plan.terms.filter((_, k) => holds(terms[k] ?? ''))
      : phraseHits > 0 || requiredWords(plan)[0]?.every((w) => holds(w))
        ? [plan.phrase]
        : [];
  const ownPhrase = per.reduce(
    (n, hits, k) => n + (sections[k]?.kind === 'narrative' ? hits : 0),
    0,
  );
  const ownTerms =
    plan.terms.length > 1 && terms.every((t) => holds(t, narrative))
      ? narrative.reduce((n, f) => n + terms.reduce((m, t) => m + count(f.text, t), 0), 0)
      : 0;
  return {
    result,
    rank,
    fragment,
    sections,
    folded,
    phraseHits,
    ownHits: ownPhrase || ownTerms,
    own: ownPhrase > 0 || ownTerms > 0,
    found,
    all: phraseHits > 0 || found.length === plan.terms.length,
  };
}

/** Pages read beyond those shown when the first ones are weak (see searchPlan). */
const READ_AHEAD = 10;

const KIND_ORDER = { narrative: 0, data: 1, row: 2 } as const;

/** The hits of a report: sections holding the phrase, else the terms; own text first. */
function hitsOf(plan: Plan, c: Checked): Hit[] {
  const phrase = needleOf(plan.phrase);
  const terms =
    c.phraseHits > 0
      ? [phrase]
      : plan.terms.length > 1
        ? plan.terms.map(needleOf)
        : requiredWords(plan).flat();
  // Most sections hold none of the words: a plain search rules them out, and only the few
  // shown (the best passage and five sections) are cut into excerpts.
  const holding = c.sections.flatMap((section, order) => {
    const whole = c.folded[order] ?? foldLoose(section.text);
    const present = terms.filter((t) => whole.text.includes(t)).length;
    return present > 0 ? [{ section, order, whole, present }] : [];
  });
  const kindFirst = (
    a: { section: FragmentSection; present: number; order: number },
    b: { section: FragmentSection; present: number; order: number },
  ) =>
    KIND_ORDER[a.section.kind] - KIND_ORDER[b.section.kind] ||
    b.present - a.present ||
    a.order - b.order;
  const shortlist = [...holding]
    .sort((a, b) => (plan.terms.length > 1 ? b.present - a.present : 0) || kindFirst(a, b))
    .slice(0, 6)
    .sort(kindFirst);
  return shortlist.flatMap(({ section, whole }) => {
    const row = section.kind === 'row' ? readableRow(section.text) : undefined;
    const folded = row ? fold(row) : whole;
    // A row whose words stand only in the report's sentence it quotes: the row as indexed.
    const excerpt = excerptOf(folded, terms) ?? excerptOf(whole, terms);
    if (!excerpt) return [];
    return [
      {
        url: section.id ? `${c.fragment.url}#${section.id}` : c.fragment.url,
        title: section.title || (c.fragment.meta['title'] ?? ''),
        excerpt,
        kind: section.kind,
      },
    ];
  });
}

/** The best passage: where the most terms stand closest, the report's own text first. */
function bestHit(plan: Plan, c: Checked, hits: readonly Hit[]): Hit | undefined {
  if (plan.terms.length <= 1 || c.phraseHits > 0) return hits[0];
  const terms = plan.terms.map(needleOf);
  const rated = hits.map((hit, k) => {
    const per = terms.map((t) => occurrences(hit.excerpt.text, t));
    const present = per.filter((p) => p.length > 0).length;
    const window = closestWindow(per.filter((p) => p.length > 0));
    return { hit, k, present, span: window ? window[1] - window[0] : 1e9 };
  });
  rated.sort(
    (a, b) =>
      b.present - a.present ||
      KIND_ORDER[a.hit.kind] - KIND_ORDER[b.hit.kind] ||
      a.span - b.span ||
      a.k - b.k,
  );
  return rated[0]?.hit;
}

/**
 * When no one section holds every term, one short passage per term, joined: the reader sees
 * each word where it stands rather than one word and an unrelated sentence.
 */
function joinedExcerpt(plan: Plan, hits: readonly Hit[], best: Hit): Excerpt {
  const terms = plan.terms.map(needleOf);
  const missing = terms.filter((t) => occurrences(best.excerpt.text, t).length === 0);
  if (plan.terms.length <= 1 || missing.length === 0) return best.excerpt;
  const parts: Excerpt[] = [best.excerpt];
  for (const term of missing) {
    const hit = hits.find((h) => occurrences(h.excerpt.text, term).length > 0);
    if (hit) parts.push(hit.excerpt);
  }
  let text = '';
  const marks: [number, number][] = [];
  for (const part of parts) {
    const joint = text && !text.endsWith('…') ? ' … ' : text ? ' ' : '';
    const offset = text.length + joint.length;
    text += joint + part.text;
    for (const [s, e] of part.marks) marks.push([s + offset, e + offset]);
  }
  return { text, marks };
}

function view(plan: Plan, c: Checked): ResultView | undefined {
  const hits = hitsOf(plan, c);
  const best = bestHit(plan, c, hits);
  if (!best) return undefined;
  return {
    url: c.fragment.url,
    title: c.fragment.meta['title'] ?? c.fragment.url,
    department: c.fragment.meta['department'] ?? '',
    year: c.fragment.meta['year'] ?? '',
    excerpt: joinedExcerpt(plan, hits, best),
    hits: [best, ...hits.filter((h) => h !== best)]
      .filter((h) => h.url !== c.fragment.url)
      .slice(0, 5),
    exact: c.phraseHits > 0,
    found: c.found,
  };
}

/**
 * Pagefind's candidates. Pagefind returns pages holding every word of its own segmentation;
 * a phrase cut differently (starting mid-word, say) can find nothing, so then each word, or its
 * first two characters, is searched alone and reading the fragments decides.
 */
async function candidates(
  pf: PagefindLike,
  plan: Plan,
  options: Record<string, unknown>,
): Promise<{ results: PagefindResult[]; partial: boolean; all: number }> {
  // Pagefind reads "…" as its own exact-phrase syntax and indexes words without their marks:
  // it is asked for the words, and reading the pages decides the phrase.
  const bare = plan.terms.map(withoutMarks).filter(Boolean);
  const all = (await pf.search(bare.join(' '), options))?.results ?? [];
  if (all.length > 0) return { results: all, partial: false, all: all.length };
  const words = plan.terms.length > 1 ? bare : queryWords(withoutMarks(plan.phrase));
  const found = new Map<string, { result: PagefindResult; count: number; rank: number }>();
  for (const word of words.length > 0 ? words : [...plan.phrase]) {
    let results = (await pf.search(word, options))?.results ?? [];
    if (results.length === 0 && word.length > 2)
      results = (await pf.search(word.slice(0, 2), options))?.results ?? [];
    for (const [rank, result] of results.entries()) {
      const seen = found.get(result.id);
      if (seen) seen.count++;
      else found.set(result.id, { result, count: 1, rank });
    }
  }
  const merged = [...found.values()]
    .sort((a, b) => b.count - a.count || a.rank - b.rank)
    .map((f) => f.result);
  return { results: merged, partial: plan.terms.length > 1, all: 0 };
}

/**
 * Searches: the first `limit` candidates are read and ranked (exact phrase first, then all
 * terms; with `sort: 'year'` newest first). When no report holds every term, reports holding
 * some are returned, marked partial.
 */
export async function search(
  state: SearchState,
  sources: Sources,
  limit = 10,
  planned?: Plan,
): Promise<Outcome> {
  const plan = planned ?? (await planQuery(state.q, sources));
  const pf = await sources.pagefind();
  const outcome = await searchPlan(pf, plan, state, limit);
  // Letters read as pinyin that find nothing may be meant as typed (an abbreviation such as
  // GDP that happens to be some words' initials): then the letters are searched.
  if (outcome.results.length === 0 && plan.notes.some((n) => n.startsWith('按拼音'))) {
    const literal = await searchPlan(
      pf,
      await planQuery(state.q, sources, { pinyin: false }),
      state,
      limit,
    );
    if (literal.results.length > 0) return literal;
  }
  return outcome;
}

async function searchPlan(
  pf: PagefindLike,
  plan: Plan,
  state: SearchState,
  limit: number,
): Promise<Outcome> {
  const filters: Record<string, unknown> = { ...state.filters };
  if (state.dept) filters['department'] = state.dept;
  if (state.year) filters['year'] = state.year;
  const options = { filters, ...(state.sort === 'year' ? { sort: { year: 'desc' } } : {}) };
  const { results, partial } = await candidates(pf, plan, options);
  const read = (from: number, to: number) =>
    Promise.all(
      results
        .slice(from, to)
        .map(async (result, k) => check(plan, result, from + k, await result.data())),
    );
  // The report's own words first: the phrase in its narrative, then the phrase anywhere (a
  // label or table heading of the site), then the most terms; within each, more occurrences.
  const group = (c: Checked) =>
    c.phraseHits > 0 ? (c.own ? 0 : 1) : c.own && c.found.length === plan.terms.length ? 2 : 3;
  const checked = await read(0, limit);
  // When some of the first pages hold the words only in the site's labels and tables (or not
  // at all), more pages are read, so that a report Pagefind's word scoring puts just below the
  // first page (a long report, its term written “三公”经费) can still rank on its own words.
  // Otherwise a first search downloads only the pages it shows.
  const weak = checked.some((c) => !c.all || group(c) === 1 || group(c) === 3);
  if (!partial && weak && results.length > limit)
    checked.push(...(await read(limit, limit + READ_AHEAD)));
  const slice = results.slice(0, checked.length);
  const kept = checked.filter((c) => (partial ? c.found.length > 0 : c.all));
  const year = (c: Checked) => Number(c.fragment.meta['year'] ?? 0);
  const relevance = (a: Checked, b: Checked) =>
    group(a) - group(b) ||
    b.found.length - a.found.length ||
    b.ownHits - a.ownHits ||
    b.phraseHits - a.phraseHits ||
    a.rank - b.rank;
  kept.sort((a, b) =>
    state.sort === 'year' ? year(b) - year(a) || relevance(a, b) : relevance(a, b),
  );
  const viewed = kept.flatMap((c) => view(plan, c) ?? []);
  const views = viewed.slice(0, limit);
  const rejected = checked.length - kept.length;
  return {
    plan,
    total: partial ? 0 : results.length - rejected,
    partial: partial && views.length > 0,
    results: views,
    more: viewed.length > limit || results.length > slice.length,
  };
}
