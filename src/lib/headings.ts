import { mdxToMdast } from 'satteri';
import type { BodyCues, BodyHeading } from '../schemas/outline.ts';
import { outlineLevels, sectionIds } from './sections.ts';

export type { BodyHeading };

/** A node of the MDX syntax tree, as far as the checks read it. */
export interface BodyTree {
  type: string;
  depth?: number;
  value?: string;
  position?: { start: { line: number } };
  children?: BodyTree[];
}

/** Parses a body with the build's MDX parser; undefined when it does not parse (see `checkBody`). */
export function parseBody(body: string): BodyTree | undefined {
  try {
    return mdxToMdast(body) as unknown as BodyTree;
  } catch {
    return undefined;
  }
}

/** The text inside a node (markup dropped). */
export function nodeText(node: BodyTree): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(nodeText).join('');
}

/** A report's body as the MDX parser read it, once for every rule and page that needs it. */
export interface ParsedBody {
  /** The syntax tree; absent when the body does not parse (`checkBody` reports why). */
  tree?: BodyTree;
  headings: BodyHeading[];
  /** The 公开要素 cues (`cuesFor` in disclosure-cues.ts works them out when absent). */
  cues?: BodyCues;
}

/** Parses a body once for its tree and its headings. */
export function parseReportBody(body: string): ParsedBody {
  const tree = parseBody(body);
  return { ...(tree ? { tree } : {}), headings: headingsOf(tree) };
}

/** The h2–h6 headings of a body, in order, with the page's anchors (`sectionIdsPlugin`). */
export function bodyHeadings(body: string): BodyHeading[] {
  return headingsOf(parseBody(body));
}

/** The h2–h6 headings of a parsed body (none when it did not parse). */
export function headingsOf(tree: BodyTree | undefined): BodyHeading[] {
  if (!tree) return [];
  const found: { depth: number; text: string; line: number }[] = [];
  const walk = (node: BodyTree) => {
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
