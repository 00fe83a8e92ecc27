// How a built site is served over HTTP: security headers, cache policy, content types, downloads
// and precompressed files. One module, so that the deployment kit the build writes (nginx, IIS,
// `_headers`) and `npm run serve` send the same thing: the browser tests exercise what citizens get.
import { contentSecurityPolicy } from './csp.ts';

/** The settings a site's serving depends on, the same the pages were built with. */
export interface ServingSettings {
  /** The path the site is published under, as `basePath()` gives it: "/" or "/jxzp/". */
  base: string;
  /** Other origins pages may fetch from: the province portal's member sites. */
  connect?: readonly string[];
}

/** The folder of the deployment kit inside the built site; never served (see `isHidden`). */
export const DEPLOY_DIR = 'deploy';

/** The settings the kit was written with, kept beside it so `npm run serve` sends the same. */
export const SETTINGS_FILE = `${DEPLOY_DIR}/settings.json`;

/** The `_headers` file hosts such as Cloudflare Pages read; never served either. */
export const HEADERS_FILE = '_headers';

/**
 * The Content-Security-Policy header. A page also carries its CSP in a `<meta>` tag, and a browser
 * enforces both, so the header is the most any page needs (search's WebAssembly, the portal's
 * members) and each page's meta tag narrows it. `frame-ancestors` works only as a header: it is
 * what stops another site from framing an official page (clickjacking).
 */
export function headerCsp(settings: ServingSettings): string {
  return `${contentSecurityPolicy({ wasm: true, connect: settings.connect ?? [] })}; frame-ancestors 'self'`;
}

/** Headers every response carries, in the order the configurations list them. */
export function securityHeaders(settings: ServingSettings): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', headerCsp(settings)],
    // Attachments and data files are never run as a script or a page because of their bytes.
    ['X-Content-Type-Options', 'nosniff'],
    // Links to source documents on other sites carry no address of the page they were on.
    ['Referrer-Policy', 'same-origin'],
    // frame-ancestors for browsers that predate it (old IE and Edge on office machines).
    ['X-Frame-Options', 'SAMEORIGIN'],
  ];
}

/**
 * Strict-Transport-Security is not sent by default: once sent, browsers refuse plain HTTP for the
 * whole host for a year, which a district site behind a portal's HTTPS cannot decide alone. The
 * configurations carry it commented out with this note.
 */
export const HSTS = {
  name: 'Strict-Transport-Security',
  value: 'max-age=31536000',
  note: '站点整个域名都已通过 HTTPS 提供、且确定不再回到 HTTP 时才启用：浏览器会在一年内拒绝以 HTTP 访问该域名',
} as const;

/** Hashed by Astro, so a changed file has a new name: cached for a year and never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages, data files and the search index keep their addresses: cached, but revalidated each time. */
export const REVALIDATE = 'no-cache';

/** Site paths below are relative to the site's root: "/_astro/x.css", not "/jxzp/_astro/x.css". */
export function cacheControl(sitePath: string): string {
  return sitePath.startsWith('/_astro/') ? IMMUTABLE : REVALIDATE;
}

/** Content types by extension; text types carry UTF-8, or Chinese CSV opens as Latin-1. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  // Pagefind's index files are gzip data it decompresses itself.
  pagefind: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
};

/** What a file with no known extension is served as: never guessed from its bytes. */
export const DEFAULT_TYPE = 'application/octet-stream';

export function extensionOf(sitePath: string): string {
  return /\.([a-z0-9_]+)$/i.exec(sitePath)?.[1]?.toLowerCase() ?? '';
}

export function contentType(sitePath: string): string {
  return CONTENT_TYPES[extensionOf(sitePath)] ?? DEFAULT_TYPE;
}

/**
 * Saved rather than shown: Word and Excel originals and CSV tables open in the reader's own
 * program. PDF originals and JSON data open in the browser.
 */
export const DOWNLOADS: readonly string[] = ['docx', 'xlsx', 'csv'];

export function isDownload(sitePath: string): boolean {
  return DOWNLOADS.includes(extensionOf(sitePath));
}

/**
 * The province portal merges a member's search index and reads its `data/all.json` in the
 * browser: both are public and read without credentials, so any origin may read them.
 */
export const SHARED_PREFIXES: readonly string[] = ['/pagefind/', '/data/'];

export function isShared(sitePath: string): boolean {
  return SHARED_PREFIXES.some((prefix) => sitePath.startsWith(prefix));
}

/** The kit and `_headers` sit in the built folder but are no page of the site: answered 404. */
export function isHidden(sitePath: string): boolean {
  return sitePath === `/${HEADERS_FILE}` || sitePath.startsWith(`/${DEPLOY_DIR}/`);
}

/** Text files worth compressing; Pagefind's index files and images are compressed already. */
export const COMPRESSIBLE: readonly string[] = ['html', 'css', 'js', 'mjs', 'json', 'xml', 'svg'];

/** Below this size a compressed copy saves less than the headers cost. */
export const COMPRESS_MIN_BYTES = 1024;

export function isCompressible(sitePath: string): boolean {
  return COMPRESSIBLE.includes(extensionOf(sitePath));
}

/** The precompressed copies the build writes beside a file, best first, with their suffixes. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export type Encoding = (typeof ENCODINGS)[number]['name'];

/**
 * Whether an Accept-Encoding header admits `encoding`: listed (or `*`) with a quality above 0.
 * `gzip;q=0` refuses it; no header at all admits only the identity.
 */
export function accepts(header: string | undefined, encoding: Encoding): boolean {
  if (!header) return false;
  let star: boolean | undefined;
  for (const part of header.split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (token.trim() === encoding) return allowed;
    if (token.trim() === '*') star = allowed;
  }
  return star ?? false;
}

/**
 * Every header a file's response carries besides the ones a server computes (length, dates,
 * validators, Content-Encoding): what `npm run serve` sends and what the kit's tests compare with.
 */
export function headersFor(sitePath: string, settings: ServingSettings): Record<string, string> {
  const headers: Record<string, string> = Object.fromEntries(securityHeaders(settings));
  headers['Content-Type'] = contentType(sitePath);
  headers['Cache-Control'] = cacheControl(sitePath);
  if (isDownload(sitePath)) headers['Content-Disposition'] = 'attachment';
  if (isShared(sitePath)) headers['Access-Control-Allow-Origin'] = '*';
  if (isCompressible(sitePath)) headers['Vary'] = 'Accept-Encoding';
  return headers;
}
