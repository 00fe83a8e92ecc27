import type { Report } from '../../schemas/report.ts';
import { sectionIds } from '../sections.ts';
import { reportView } from '../view.ts';

/** A searchable section of a report page: its anchor id, heading and plain text. */
export interface SearchSection {
  id: string;
  title: string;
  text: string;
}

/** Plain text of a line of Markdown/MDX narrative (markup removed, words kept). */
function plain(line: string): string {
  return line
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^\s*(?:\d+\.|[-*+]|>)\s+/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .trim();
}

/** The narrative split at its headings, with the same ids the page gives them (s1, s1-2 …). */
export function narrativeSections(body: string): SearchSection[] {
  const lines = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').split('\n');
  const headings = lines.flatMap((line) => {
    const m = /^(#{2,6})\s+(.*)$/.exec(line);
    return m ? [{ depth: m[1]?.length ?? 2, title: plain(m[2] ?? '') }] : [];
  });
  const ids = sectionIds(headings.map((h) => h.depth));
  const sections: SearchSection[] = [{ id: 'fulltext', title: '报告全文', text: '' }];
  let h = 0;
  for (const line of lines) {
    if (/^#{2,6}\s+/.test(line)) {
      const heading = headings[h];
      sections.push({ id: ids[h] ?? '', title: heading?.title ?? '', text: heading?.title ?? '' });
      h++;
      continue;
    }
    const text = plain(line);
    const current = sections[sections.length - 1];
    if (text && current) current.text = current.text ? `${current.text}\n${text}` : text;
  }
  return sections.filter((s) => s.text !== '');
}

/**
 * The data sections of a report page in words, so that figures and goals are searchable too.
 * The words come from the view model (`reportView(...).searchText`), the one place they are made.
 */
export function dataSections(report: Report): SearchSection[] {
  return reportView(report).searchText;
}
