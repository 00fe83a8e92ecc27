import type { APIRoute } from 'astro';
import { departments } from '../data/collections.ts';
import { absoluteUrl } from '../data/href.ts';
import { addressesOf, lastModified, routeOf, sitemap } from '../lib/feeds.ts';

type Paths = () => Promise<{ params: Record<string, string | number | undefined> }[]>;
/** A page's every path (`allPaths`), not only those the current run of the build renders. */
type PageModule = { allPaths?: Paths; getStaticPaths?: Paths };

// Every HTML page of the site, read from the page files and their own getStaticPaths, so the
// sitemap lists what is built and never keeps a second list of pages. The 404 page is no page.
const pages = import.meta.glob<PageModule>(['./**/*.astro', '!./404.astro'], { eager: true });

export const GET: APIRoute = async ({ site }) => {
  const dates = lastModified(await departments());
  const paths = (
    await Promise.all(
      Object.entries(pages).map(async ([file, page]) =>
        addressesOf(
          routeOf(file),
          page.getStaticPaths
            ? (await (page.allPaths ?? page.getStaticPaths)()).map((p) => p.params)
            : [{}],
        ),
      ),
    )
  ).flat();
  const entries = paths.map((path) => {
    const lastmod = dates.get(path);
    return lastmod ? { path, lastmod } : { path };
  });
  return new Response(
    sitemap(entries, (path) => absoluteUrl(path, site)),
    { headers: { 'content-type': 'application/xml; charset=utf-8' } },
  );
};
