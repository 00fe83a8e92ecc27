import { mdxToMdast } from 'satteri';
import type { BodyHeading } from '../schemas/outline.ts';
import { outlineLevels, sectionIds } from './sections.ts';

export type { BodyHeading };

interface Node {
  type: string;
  depth?: number;
  value?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

/** Parses a body with the build's MDX parser; undefined when it does not parse (see `checkBody`). */
export function parseBody(body: string): Node | undefined {
  try {
    return mdxToMdast(body) as unknown as Node;
  } catch {
    return undefined;
  }
}

/** The text inside a node (markup dropped). */
export function nodeText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(nodeText).join('');
}

/** The h2–h6 headings of a body, in order, with the page's anchors (`sectionIdsPlugin`). */
export function bodyHeadings(body: string): BodyHeading[] {
  const tree = parseBody(body);
  if (!tree) return [];
  const found: { depth: number; text: string; line: number }[] = [];
  const walk = (node: Node) => {
    if (node.type === 'heading' && (node.depth ?? 1) >= 2) {
      found.push({
        depth: node.depth ?? 2,
        text: nodeText(node).trim(),
        line: node.position?.start.line ?? 1,
      });
      return;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  const depths = found.map((h) => h.depth);
  const ids = sectionIds(depths);
  const levels = outlineLevels(depths);
  return found.map((h, i) => ({ ...h, id: ids[i] ?? '', level: levels[i] ?? 0 }));
}
