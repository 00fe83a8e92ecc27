import { describe, expect, it } from 'vitest';
import { basePath, routes, withBase } from '../../../src/lib/routes.ts';

describe('routes', () => {
  it('spells every address relative to the site root', () => {
    expect(routes.report('wanzhou-kjj', 2020)).toBe('/wanzhou-kjj/2020/');
    expect(routes.compare('demo', 2019, 2020)).toBe('/demo/compare/2019-2020/');
    expect(routes.reportCsv('demo', 2020, 'goals')).toBe('/data/demo/2020/goals.csv');
  });

  it('prefixes the base a site is served under, with or without its trailing slash', () => {
    expect(withBase('/', '/demo/')).toBe('/demo/');
    expect(withBase('/jxzp/', '/demo/')).toBe('/jxzp/demo/');
    expect(withBase('/jxzp', '/')).toBe('/jxzp/');
    expect(withBase('/jxzp/', '#s1')).toBe('#s1');
    expect(withBase('/jxzp/', 'https://example.org/')).toBe('https://example.org/');
  });

  it('reads the base from the public address', () => {
    expect(basePath('https://example.gov.cn')).toBe('/');
    expect(basePath('https://www.example.gov.cn/jxzp')).toBe('/jxzp/');
    expect(basePath('https://www.example.gov.cn/a/b/')).toBe('/a/b/');
  });
});
