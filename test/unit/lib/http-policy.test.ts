import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/io/attachments.ts';
import { contentSecurityPolicy } from '../../../src/lib/csp.ts';
import {
  accepts,
  cacheControl,
  contentType,
  headerCsp,
  headersFor,
  IMMUTABLE,
  isCompressible,
  isHidden,
  REVALIDATE,
  securityHeaders,
} from '../../../src/lib/http-policy.ts';

describe('the serving policy', () => {
  it('sends the pages’ own CSP, widened to every page’s need, with frame-ancestors', () => {
    const csp = headerCsp({ base: '/', connect: ['https://a.example.gov.cn'] });
    expect(csp).toBe(
      `${contentSecurityPolicy({ wasm: true, connect: ['https://a.example.gov.cn'] })}; frame-ancestors 'self'`,
    );
    // Every directive of a page's meta CSP appears in the header: the browser enforces both.
    for (const directive of contentSecurityPolicy().split('; '))
      expect(csp.split('; ').some((d) => d.startsWith(directive))).toBe(true);
  });

  it('lists nosniff, a referrer policy and an old-browser framing rule, and no HSTS', () => {
    expect(Object.fromEntries(securityHeaders({ base: '/' }))).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'X-Frame-Options': 'SAMEORIGIN',
    });
    expect(securityHeaders({ base: '/' }).map(([n]) => n)).not.toContain(
      'Strict-Transport-Security',
    );
  });

  it('caches hashed assets for good and revalidates everything else', () => {
    expect(cacheControl('/_astro/index.B1x2.css')).toBe(IMMUTABLE);
    for (const path of ['/index.html', '/data/all.json', '/pagefind/pagefind.js', '/feed.xml'])
      expect(cacheControl(path), path).toBe(REVALIDATE);
  });

  it('types every attachment kind as the attachments module names it', () => {
    for (const kind of Object.values(KINDS))
      expect(contentType(`/files/x/2020/原文${kind.extension}`)).toBe(kind.mime);
    expect(contentType('/pagefind/fragment/zh_1.pf_fragment')).toBe('application/octet-stream');
    expect(contentType('/no-extension')).toBe('application/octet-stream');
    expect(contentType('/A.HTML')).toBe('text/html; charset=utf-8');
  });

  it('has Word, Excel and CSV saved, PDFs and JSON shown, shared data readable by the portal', () => {
    expect(headersFor('/files/x/2020/a.docx', { base: '/' })['Content-Disposition']).toBe(
      'attachment',
    );
    expect(headersFor('/data/x/2020/goals.csv', { base: '/' })).toMatchObject({
      'Content-Disposition': 'attachment',
      'Access-Control-Allow-Origin': '*',
    });
    expect(headersFor('/files/x/2020/a.pdf', { base: '/' })['Content-Disposition']).toBeUndefined();
    expect(headersFor('/index.html', { base: '/' })['Access-Control-Allow-Origin']).toBeUndefined();
    expect(headersFor('/index.html', { base: '/' })['Vary']).toBe('Accept-Encoding');
  });

  it('keeps the kit out of the site', () => {
    expect(isHidden('/deploy/nginx.conf')).toBe(true);
    expect(isHidden('/_headers')).toBe(true);
    expect(isHidden('/deployment/')).toBe(false);
  });

  it('compresses text only', () => {
    expect(['/a.html', '/a.css', '/a.js', '/a.json', '/a.svg'].every(isCompressible)).toBe(true);
    expect(['/a.pdf', '/a.pf_fragment', '/a.png', '/a.csv'].some(isCompressible)).toBe(false);
  });

  it.each([
    ['gzip, deflate, br', 'br', true],
    ['gzip, deflate, br', 'gzip', true],
    ['gzip;q=0, br', 'gzip', false],
    ['GZIP', 'gzip', true],
    ['*', 'br', true],
    ['*;q=0', 'gzip', false],
    ['identity', 'gzip', false],
    [undefined, 'gzip', false],
    ['br;q=0.5', 'br', true],
  ] as const)('Accept-Encoding %s admits %s: %s', (header, encoding, expected) => {
    expect(accepts(header, encoding)).toBe(expected);
  });
});
