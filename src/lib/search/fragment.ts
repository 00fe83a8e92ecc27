import type { SearchSection } from './sections.ts';

export interface Anchor {
  element: string;
  id: string;
  text: string;
}

/**
 * Splits a Pagefind fragment's page text into sections at its headings, so the search page
 * can find the exact phrase per section without fetching anything but the fragment it already
 * loads. Text before the first heading belongs to the page itself (id '').
 */
export function fragmentSections(content: string, anchors: readonly Anchor[]): SearchSection[] {
  const headings = anchors.filter(
    (a) => /^h[1-6]$/.test(a.element) && a.text.trim() !== '' && a.id,
  );
  const sections: SearchSection[] = [];
  let cursor = 0;
  let current: SearchSection = { id: '', title: '', text: '' };
  for (const heading of headings) {
    const at = content.indexOf(heading.text, cursor);
    if (at === -1) continue;
    current.text = content.slice(cursor, at);
    sections.push(current);
    current = { id: heading.id, title: heading.text, text: '' };
    cursor = at;
  }
  current.text = content.slice(cursor);
  sections.push(current);
  return sections.filter((s) => s.text.trim() !== '');
}
