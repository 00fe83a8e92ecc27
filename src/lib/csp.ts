/**
 * The Content-Security-Policy of every page: everything from the site itself, nothing inline,
 * nothing from elsewhere. Search adds WebAssembly compilation for Pagefind.
 */
export function contentSecurityPolicy(
  options: {
    wasm?: boolean;
    /** Other origins the page may fetch from: the province portal's member sites. */
    connect?: readonly string[];
  } = {},
): string {
  return [
    "default-src 'self'",
    `script-src 'self'${options.wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...(options.connect ?? [])].join(' '),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
