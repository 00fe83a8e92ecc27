// A stand-in for Pagefind in Node: real pages indexed by Pagefind's own indexer (in memory),
// their real fragments served the way pagefind.js serves them (`content` without the
// zero-width word separators, `raw_content` with them). Only the word lookup is simpler than
// Pagefind's: a page matches when it holds every space-separated term of the query; the
// browser tests exercise the real lookup on the built site.
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { withoutMarks } from '../../../src/lib/search/fold.ts';
import type { Fragment, PagefindLike, PagefindResult } from '../../../src/search/engine.ts';

export interface StandIn extends PagefindLike {
  fragments: Fragment[];
  /** Every query Pagefind was asked. */
  asked: string[];
}

interface RawFragment extends Fragment {
  filters: Record<string, string[]>;
}

/** Indexes the pages with Pagefind and decodes the fragments it writes. */
export async function indexPages(pages: { url: string; html: string }[]): Promise<RawFragment[]> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: page.html });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  }
  const { files } = await index.getFiles();
  await pagefind.close();
  return files
    .filter((f) => f.path.endsWith('.pf_fragment'))
    .map((f) => {
      // Pagefind's files are gzip with a 12-byte signature ("pagefind_dcd") in front.
      const text = gunzipSync(Buffer.from(f.content)).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as RawFragment;
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

export function standIn(raw: readonly RawFragment[]): StandIn {
  const asked: string[] = [];
  const fragments = raw.map(
    (f): Fragment => ({
      ...f,
      raw_content: f.content.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
      content: f.content.replace(/\u200b/g, ''),
    }),
  );
  return {
    fragments,
    asked,
    async search(query, options) {
      asked.push(query);
      const filters = (options?.['filters'] ?? {}) as Record<string, string>;
      // Pagefind indexes words without punctuation: “三公”经费 holds the words of 三公经费.
      const terms = query.toLowerCase().split(/\s+/).filter(Boolean).map(withoutMarks);
      const results: PagefindResult[] = raw
        .filter((f, i) => {
          const text = withoutMarks(fragments[i]?.content.toLowerCase() ?? '');
          return (
            terms.every((t) => text.includes(t)) &&
            Object.entries(filters).every(([k, v]) => f.filters[k]?.includes(v))
          );
        })
        .map((f) => {
          const fragment = fragments[raw.indexOf(f)] as Fragment;
          return { id: f.url, data: async () => fragment };
        });
      if ((options?.['sort'] as Record<string, string> | undefined)?.['year'] === 'desc')
        results.sort((a, b) => Number(b.id.split('/')[2]) - Number(a.id.split('/')[2]));
      return { results };
    },
  };
}
