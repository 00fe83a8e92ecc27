/**
 * Stable section anchors from the heading hierarchy: 一、 → s1, （二） → s1-2, 3． → s1-2-3.
 * Ids come from position, not wording, so a link to 三（一）2． keeps working when a heading's
 * text is corrected; others (search results, problem lists) link to them.
 */
export function sectionIds(depths: readonly number[]): string[] {
  const counters: number[] = [];
  return depths.map((depth) => nextId(counters, depth));
}

function nextId(counters: number[], depth: number): string {
  const level = Math.max(0, depth - 2);
  counters.length = level + 1;
  for (let i = 0; i < level; i++) counters[i] ??= 0;
  counters[level] = (counters[level] ?? 0) + 1;
  return `s${counters.join('-')}`;
}

interface HeadingNode {
  tagName: string;
}
interface VisitContext {
  setProperty(node: HeadingNode, name: string, value: string): void;
}

/** Sätteri hast plugin (Astro's Markdown/MDX processor): gives h2–h6 the ids of `sectionIds`. */
export function sectionIdsPlugin() {
  const counters: number[] = [];
  return {
    name: 'section-ids',
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node: HeadingNode, ctx: VisitContext) {
        const depth = Number(node.tagName.slice(1));
        ctx.setProperty(node, 'id', nextId(counters, depth));
      },
    },
  };
}
