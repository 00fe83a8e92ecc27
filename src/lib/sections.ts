/**
 * Stable section anchors from the heading hierarchy: 一、 → s1, （二） → s1-2, 3． → s1-2-3.
 * Ids come from position, not wording, so a link to 三（一）2． keeps working when a heading's
 * text is corrected; others (search results, problem lists) link to them.
 *
 * Real reports skip levels (一、 then 1． with no （一））. A heading's level is therefore its place
 * among the open headings above it, not its Markdown depth: h2 then h4 gives s1 and s1-1, so the
 * skipped heading gets a real anchor and a place in the table of contents.
 */
export function sectionIds(depths: readonly number[]): string[] {
  const state = newState();
  return depths.map((depth) => nextId(state, depth));
}

/** Each heading's level in the outline (0 for the top), with skipped Markdown depths closed up. */
export function outlineLevels(depths: readonly number[]): number[] {
  const state = newState();
  return depths.map((depth) => {
    nextId(state, depth);
    return state.open.length - 1;
  });
}

/** Markdown depths that skip a level (h2 then h4), by index: authors get a warning for them. */
export function skippedLevels(depths: readonly number[]): number[] {
  return depths.flatMap((depth, i) => {
    const previous = i === 0 ? 1 : (depths[i - 1] ?? 1);
    return depth > previous + 1 ? [i] : [];
  });
}

interface State {
  /** Markdown depths of the headings that enclose the current position. */
  open: number[];
  counters: number[];
}

function newState(): State {
  return { open: [], counters: [] };
}

function nextId(state: State, depth: number): string {
  while ((state.open.at(-1) ?? 0) >= depth) state.open.pop();
  state.open.push(depth);
  const level = state.open.length - 1;
  state.counters.length = level + 1;
  state.counters[level] = (state.counters[level] ?? 0) + 1;
  return `s${state.counters.join('-')}`;
}

interface HeadingNode {
  tagName: string;
}
interface VisitContext {
  setProperty(node: HeadingNode, name: string, value: string): void;
}

/** Sätteri hast plugin (Astro's Markdown/MDX processor): gives h2–h6 the ids of `sectionIds`. */
export function sectionIdsPlugin() {
  const state = newState();
  return {
    name: 'section-ids',
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node: HeadingNode, ctx: VisitContext) {
        const depth = Number(node.tagName.slice(1));
        ctx.setProperty(node, 'id', nextId(state, depth));
      },
    },
  };
}
