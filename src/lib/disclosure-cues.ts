/**
 * What the 公开要素 judgement needs of a narrative besides its headings, read once from the
 * parsed body: the label each line or table cell opens with (`职能职责：…`, a cell 职能职责概述),
 * with the section it stands in, and which items the text mentions at all. Stored in the
 * outline, so the pages need no body text.
 */
import type { DisclosureKey } from '../schemas/data.ts';
import type { BodyCues, BodyHeading } from '../schemas/outline.ts';
import { DISCLOSURE_LABELS, mentionedItems, namesItem, openingLabel } from './disclosure-labels.ts';
import { type BodyTree, nodeText, type ParsedBody } from './headings.ts';

/** The anchor the full text has on the report page: a lead before any heading points there. */
export const FULLTEXT_ANCHOR = 'fulltext';

/** The cues of a parsed body; none for a body that did not parse. */
export function cuesOf(tree: BodyTree | undefined, headings: readonly BodyHeading[]): BodyCues {
  if (!tree) return { leads: [], mentioned: [] };
  const leads: BodyCues['leads'] = [];
  const sectionAt = (line: number) =>
    headings.findLast((h) => h.line <= line)?.id || FULLTEXT_ANCHOR;
  const add = (text: string | undefined, line: number) => {
    // Only labels that name an item are kept: the outline stays small on a large site.
    if (text && DISCLOSURE_LABELS.some((item) => namesItem(item, text)))
      leads.push({ text, line, anchor: sectionAt(line) });
  };
  const walk = (node: BodyTree) => {
    if (node.type === 'heading') return;
    const line = node.position?.start.line ?? 1;
    if (node.type === 'paragraph') {
      for (const [i, text] of nodeText(node).split('\n').entries())
        add(openingLabel(text), line + i);
      return;
    }
    if (node.type === 'tableCell') {
      const text = nodeText(node).trim();
      add(openingLabel(text), line);
      return;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  const mentioned: DisclosureKey[] = mentionedItems(nodeText(tree));
  return { leads, mentioned };
}

/** A parsed body's cues, as parsed or worked out now. */
export function cuesFor(parsed: ParsedBody): BodyCues {
  return parsed.cues ?? cuesOf(parsed.tree, parsed.headings);
}
