// Reading Pagefind's fragment files directly, against the files Pagefind's own indexer writes
// for a real report page: the same page as pagefind.js's `data()` gives, and `data()` again on
// anything unexpected.
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Fragment, PagefindLike, PagefindResult } from '../../../src/search/engine.ts';
import { decodeFragment, directFragments } from '../../../src/search/fragments.ts';
import { reportPage } from './pages.ts';

/** The fragment files Pagefind writes, by path under pagefind/, as bytes. */
let files: Map<string, Uint8Array<ArrayBuffer>>;
let ids: string[];

beforeAll(async () => {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  for (const [file, dept] of [
    ['test/fixtures/site/reports/wanzhou-kjj/2020.mdx', '万州区科技局'],
    ['test/fixtures/search/forms.mdx', '示例县司法局'],
  ] as const) {
    const page = reportPage(file, dept);
    await index.addHTMLFile({ url: page.url, content: page.html });
  }
  const written = await index.getFiles();
  await pagefind.close();
  files = new Map(
    written.files
      .filter((f) => f.path.startsWith('fragment/'))
      .map((f) => [f.path, new Uint8Array(f.content)]),
  );
  ids = [...files.keys()].map((path) => path.replace(/^fragment\/|\.pf_fragment$/g, ''));
}, 60_000);

/** What pagefind.js's `loadFragment` makes of a file (the fields the engine reads). */
function asPagefindGivesIt(bytes: Uint8Array): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  const file = JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
  return {
    url: file.url,
    content: file.content.replace(/\u200b/g, ''),
    raw_content: file.content.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    anchors: file.anchors,
    meta: file.meta,
  };
}

describe('decodeFragment', () => {
  it('gives the page pagefind.js gives, from gzip or already inflated bytes', async () => {
    expect(files.size).toBe(2);
    for (const bytes of files.values()) {
      const expected = asPagefindGivesIt(bytes);
      expect(expected.content).toContain('。');
      expect(expected.anchors.length).toBeGreaterThan(5);
      expect(await decodeFragment(bytes, '/')).toEqual(expected);
      expect(await decodeFragment(new Uint8Array(gunzipSync(bytes)), '/')).toEqual(expected);
    }
  });

  it('joins the page address to the site’s base as pagefind.js does', async () => {
    const bytes = [...files.values()][0] as Uint8Array<ArrayBuffer>;
    const { url } = asPagefindGivesIt(bytes);
    expect((await decodeFragment(bytes, '/jxzp/')).url).toBe(`/jxzp${url}`);
  });

  it('refuses another format', async () => {
    const other = new Uint8Array(gzipSync(Buffer.from('{"url":"/a/","content":""}')));
    await expect(decodeFragment(other, '/')).rejects.toThrow(/signature/);
    const fields = new Uint8Array(gzipSync(Buffer.from('pagefind_dcd{"url":"/a/"}')));
    await expect(decodeFragment(fields, '/')).rejects.toThrow(/fields/);
  });
});

describe('directFragments', () => {
  /** Pagefind returning every page, counting the `data()` calls it serves. */
  function pagefindOf(): PagefindLike & { dataCalls: number } {
    const pf = {
      dataCalls: 0,
      async search() {
        return {
          results: ids.map(
            (id): PagefindResult => ({
              id,
              data: async () => {
                pf.dataCalls++;
                return asPagefindGivesIt(files.get(`fragment/${id}.pf_fragment`) as Uint8Array);
              },
            }),
          ),
        };
      },
    };
    return pf;
  }
  const serve = (fetched: string[], status?: (url: string) => number | 'offline') => {
    return async (url: string) => {
      fetched.push(url);
      const code = status?.(url) ?? 200;
      if (code === 'offline') throw new TypeError('Failed to fetch');
      const bytes = files.get(url.replace('/pagefind/', ''));
      return code === 200 && bytes
        ? new Response(bytes)
        : new Response('Not found', { status: code === 200 ? 404 : code });
    };
  };
  const options = (fetch: (url: string) => Promise<Response>) => ({
    fragmentUrl: (id: string) => `/pagefind/fragment/${id}.pf_fragment`,
    baseUrl: '/',
    fetch,
  });

  it('reads each page once, without data()', async () => {
    const pf = pagefindOf();
    const fetched: string[] = [];
    const direct = directFragments(pf, options(serve(fetched)));
    for (let round = 0; round < 2; round++) {
      const found = await direct.search('科技', {});
      const pages = await Promise.all(found?.results.map((r) => r.data()) ?? []);
      expect(pages.map((p) => p.url).sort()).toEqual(['/forms/2021/', '/wanzhou-kjj/2020/']);
    }
    expect(fetched).toHaveLength(2);
    expect(pf.dataCalls).toBe(0);
  });

  it('falls back to data() for good when a fragment is not where Pagefind used to write it', async () => {
    const pf = pagefindOf();
    const fetched: string[] = [];
    const direct = directFragments(pf, options(serve(fetched, () => 404)));
    const found = await direct.search('科技', {});
    const pages = await Promise.all(found?.results.map((r) => r.data()) ?? []);
    expect(pages.map((p) => p.url).sort()).toEqual(['/forms/2021/', '/wanzhou-kjj/2020/']);
    expect(pf.dataCalls).toBe(2);
    // Both reads started before the first 404 came back; none is tried after it.
    expect(fetched.length).toBeLessThanOrEqual(2);
    const again = await direct.search('科技', {});
    await Promise.all(again?.results.map((r) => r.data()) ?? []);
    expect(fetched.length).toBeLessThanOrEqual(2);
  });

  it('reports a failed download, and tries again next time', async () => {
    const pf = pagefindOf();
    let offline = true;
    const fetched: string[] = [];
    const direct = directFragments(pf, options(serve(fetched, () => (offline ? 'offline' : 200))));
    const found = await direct.search('科技', {});
    await expect(found?.results[0]?.data()).rejects.toThrow(/Failed to fetch/);
    offline = false;
    expect((await found?.results[0]?.data())?.url).toMatch(/^\/(forms|wanzhou-kjj)\//);
    expect(pf.dataCalls).toBe(0);
  });
});
