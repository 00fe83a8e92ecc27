// Reading Pagefind's page fragments without `result.data()`. In Pagefind 1.6, `data()` is a
// round trip to its web worker, which downloads the fragment, inflates it with a JavaScript
// gunzip, cuts an excerpt and sub-results the engine does not use (it cuts its own), and copies
// the whole page text back to the page. Reading the file here with the browser's own inflate
// took a third of that time on the 1000-report bench. The format is Pagefind's, not ours, so
// anything unexpected falls back to `data()` for good: search stays right if Pagefind changes.

import type { Fragment, PagefindLike, PagefindResult } from './engine.ts';
import { keepRecent } from './remember.ts';

/**
 * How many pages are kept for later searches: ten pages of results, a few megabytes with the
 * sections the engine cuts from them.
 */
const CACHED = 100;

/** Pagefind writes each file as gzip of this signature followed by the content. */
const SIGNATURE = 'pagefind_dcd';

/** What a fragment file holds (pagefind_web_js `PagefindSearchFragment` before `data()`). */
interface FragmentFile {
  url: string;
  /** The page text, words separated by zero-width spaces. */
  content: string;
  meta: Record<string, string>;
  anchors: Fragment['anchors'];
}

async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function signed(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) === SIGNATURE;
}

/**
 * A fragment file's bytes as the page Pagefind's `data()` returns (the fields the engine
 * reads): `content` without the word separators, `raw_content` with them and `<`, `>` escaped,
 * `url` joined to `baseUrl` as pagefind.js does. Throws on anything but the expected format.
 */
export async function decodeFragment(
  bytes: Uint8Array<ArrayBuffer>,
  baseUrl: string,
): Promise<Fragment> {
  // A server may already have undone the gzip (pagefind.js accepts both).
  const plain = signed(bytes) ? bytes : await inflate(bytes);
  if (!signed(plain)) throw new Error('Pagefind fragment: missing signature');
  const file = JSON.parse(new TextDecoder().decode(plain.subarray(SIGNATURE.length))) as Partial<
    Record<keyof FragmentFile, unknown>
  >;
  if (
    typeof file.url !== 'string' ||
    typeof file.content !== 'string' ||
    !Array.isArray(file.anchors) ||
    typeof file.meta !== 'object' ||
    file.meta === null
  )
    throw new Error('Pagefind fragment: unexpected fields');
  return {
    url: /^(https?:)?\/\//.test(file.url)
      ? file.url
      : `${baseUrl}/${file.url}`.replace(/\/+/g, '/').replace(/^(https?:\/)/, '$1/'),
    content: file.content.replace(/\u200b/g, ''),
    raw_content: file.content.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    anchors: file.anchors as Fragment['anchors'],
    meta: file.meta as Record<string, string>,
  };
}

/**
 * Pagefind whose results read their fragment from `fragmentUrl(id)` directly. A missing file
 * or another format switches every later read back to `data()`; a failed download is an error
 * like any other (the page offers 重试), since `data()` would download the same file.
 */
export function directFragments(
  pf: PagefindLike,
  options: {
    fragmentUrl: (id: string) => string;
    baseUrl: string;
    fetch?: (url: string) => Promise<Response>;
  },
): PagefindLike {
  const get = options.fetch ?? ((url: string) => fetch(url));
  let direct = true;
  // Searches share pages (a department's reports come up for many of its words): a page read
  // once is kept, as pagefind.js keeps it, and a failed read is forgotten.
  const kept = keepRecent<Fragment>(CACHED);
  const cached = (result: PagefindResult): Promise<Fragment> => kept(result.id, () => read(result));
  const read = async (result: PagefindResult): Promise<Fragment> => {
    if (!direct) return result.data();
    const url = options.fragmentUrl(result.id);
    const response = await get(url);
    if (!response.ok && response.status !== 404) throw new Error(`${url}：${response.status}`);
    try {
      if (!response.ok) throw new Error(`${url}：${response.status}`);
      return await decodeFragment(new Uint8Array(await response.arrayBuffer()), options.baseUrl);
    } catch (error) {
      direct = false;
      console.warn('Pagefind fragments are not where or what they were; using data():', error);
      return result.data();
    }
  };
  return {
    async search(query, searchOptions) {
      const found = await pf.search(query, searchOptions);
      if (!found) return found;
      return {
        ...found,
        results: found.results.map((result) => ({ ...result, data: () => cached(result) })),
      };
    },
  };
}
