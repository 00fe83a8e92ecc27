import { withBase } from '../lib/routes.ts';

/** A site path as a link on this site: prefixed with the base the site is built for. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** A site path as the absolute address it is published at, for feeds, sitemaps and `$id`s. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'http://localhost/').href;
}
