import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { headersFile, nginxConf, webConfig } from '../../../src/lib/deploy-kit.ts';
import { CONTENT_TYPES, IMMUTABLE, securityHeaders } from '../../../src/lib/http-policy.ts';

const ROOT = { base: '/', siteUrl: 'https://www.example.gov.cn/' };
const UNDER = {
  base: '/jxzp/',
  siteUrl: 'https://www.example.gov.cn/jxzp/',
  connect: ['https://a.example.gov.cn', 'https://b.example.gov.cn:8443'],
};

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as Node[]) : [value as Node];

describe('web.config', () => {
  for (const settings of [ROOT, UNDER]) {
    it(`is well-formed XML with the policy's headers (base ${settings.base})`, () => {
      const text = webConfig(settings);
      expect(XMLValidator.validate(text)).toBe(true);
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
        text,
      ) as Node;
      const config = parsed['configuration'] as Node;
      const server = config['system.webServer'] as Node;
      const custom = (server['httpProtocol'] as Node)['customHeaders'] as Node;
      const sent = list(custom['add']).map((h) => [h['name'], h['value']]);
      expect(sent).toEqual(securityHeaders(settings));
      const statics = server['staticContent'] as Node;
      expect((statics['clientCache'] as Node)['cacheControlMode']).toBe('DisableCache');
      const mimes = Object.fromEntries(
        list(statics['mimeMap']).map((m) => [String(m['fileExtension']).slice(1), m['mimeType']]),
      );
      expect(mimes).toEqual(CONTENT_TYPES);
      const error = (server['httpErrors'] as Node)['error'] as Node;
      expect(error['path']).toBe(`${settings.base}404.html`);
      const hidden = (
        ((server['security'] as Node)['requestFiltering'] as Node)['hiddenSegments'] as Node
      )['add'];
      expect(list(hidden).map((h) => h['segment'])).toEqual(['deploy', '_headers']);
      const locations = Object.fromEntries(list(config['location']).map((l) => [l['path'], l]));
      const astro = ((locations['_astro'] as Node)['system.webServer'] as Node)[
        'staticContent'
      ] as Node;
      expect((astro['clientCache'] as Node)['cacheControlMode']).toBe('UseMaxAge');
      expect(Object.keys(locations)).toEqual(['_astro', 'pagefind', 'data']);
    });
  }

  it('escapes what XML needs escaped', () => {
    expect(webConfig({ ...ROOT, siteUrl: 'https://x.gov.cn/?a=1&b=2' })).toContain('a=1&amp;b=2');
  });
});

describe('nginx.conf', () => {
  it('sets every security header in every location that adds headers', () => {
    const text = nginxConf(UNDER);
    const locations = text.split(/\n\s*location /).slice(1);
    const withHeaders = locations.filter((l) => l.includes('add_header'));
    expect(withHeaders.length).toBeGreaterThanOrEqual(5);
    for (const location of withHeaders) {
      const own = location.split(/\n\s*location /)[0] ?? '';
      for (const [name] of securityHeaders(UNDER))
        expect(own, location).toContain(`add_header ${name} `);
    }
    expect(text).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
    expect(text).toContain("frame-ancestors 'self'");
    expect(text).toContain(
      "connect-src 'self' https://a.example.gov.cn https://b.example.gov.cn:8443",
    );
    expect(text).toContain('# add_header Strict-Transport-Security');
    expect(text).toContain('gzip_static on;');
    expect(text).toContain('# brotli_static on;');
    expect(text).toContain('error_page 404 /jxzp/404.html;');
    expect(text).toContain('location ^~ /jxzp/deploy/ {\n            return 404;');
    expect(text).toContain('server_name www.example.gov.cn;');
    expect(text).toMatch(
      /types \{[^}]*application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document docx;/,
    );
  });

  it('serves a site at the root with root, under a path with alias', () => {
    expect(nginxConf(ROOT)).toContain('location / {\n        root /var/www/perf-site;');
    expect(nginxConf(ROOT)).toContain('error_page 404 /404.html;');
    expect(nginxConf(UNDER)).toContain('alias /var/www/perf-site/;');
    expect(nginxConf(UNDER)).toContain('return 302 /jxzp/;');
  });
});

describe('_headers', () => {
  it('lists the security headers for every path and immutable caching for assets', () => {
    const text = headersFile(UNDER);
    const lines = text.split('\n');
    expect(lines).toContain('/jxzp/*');
    for (const [name, value] of securityHeaders(UNDER))
      expect(lines).toContain(`  ${name}: ${value}`);
    expect(text).toContain(`/jxzp/_astro/*\n  Cache-Control: ${IMMUTABLE}`);
    expect(text).toContain('/jxzp/pagefind/*\n  Access-Control-Allow-Origin: *');
    // Cache-Control once per path: such hosts add up the headers of every matching rule.
    expect(text.match(/Cache-Control/g)).toHaveLength(1);
  });
});
