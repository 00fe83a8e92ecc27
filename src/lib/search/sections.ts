import { mdxToHast } from 'satteri';
import { sectionIdsPlugin } from '../sections.ts';

/** A searchable section of a report page: its anchor id, heading and plain text. */
export interface SearchSection {
  id: string;
  title: string;
  text: string;
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const BLOCKS = new Set(['p', 'li', 'tr', 'blockquote', 'h1', 'br']);

/** The text of a hast node: text nodes only (MDX comments and expressions are not text). */
function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  const inner = (node.children ?? []).map(textOf).join('');
  return node.tagName && BLOCKS.has(node.tagName) ? `\n${inner}\n` : inner;
}

/**
 * The narrative split at its headings, with the ids the page gives them. The body is parsed
 * by the MDX parser Astro uses (Sätteri), and ids are set by the page's own plugin
 * (`sectionIdsPlugin`), run over the same headings, so the two cannot drift apart.
 */
export function narrativeSections(body: string): SearchSection[] {
  const tree = mdxToHast(body, { position: false }) as unknown as HastNode;
  const plugin = sectionIdsPlugin();
  const headings = new Set(plugin.element.filter);
  const sections: SearchSection[] = [{ id: 'fulltext', title: '报告全文', text: '' }];
  const visit = (node: HastNode) => {
    if (node.type === 'element' && node.tagName && headings.has(node.tagName)) {
      let id = '';
      plugin.element.visit(node as { tagName: string }, {
        setProperty: (_node, name, value) => {
          if (name === 'id') id = value;
        },
      });
      const title = textOf(node).replace(/\s+/g, ' ').trim();
      sections.push({ id, title, text: title });
      return;
    }
    if (node.type === 'element' && node.tagName && !BLOCKS.has(node.tagName) && node.children) {
      node.children.forEach(visit);
      return;
    }
    const text = textOf(node)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n');
    const current = sections[sections.length - 1];
    if (text && current) current.text = current.text ? `${current.text}\n${text}` : text;
  };
  tree.children?.forEach(visit);
  return sections.filter((s) => s.text !== '');
}
