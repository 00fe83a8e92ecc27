import { describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import { addressesOf, atomFeed, lastModified, routeOf, sitemap } from '../../../src/lib/feeds.ts';
import type { Department } from '../../../src/schemas/org.ts';

const { orgs, reports } = loadContent('test/fixtures/minimal');
const departments: Department[] = [...orgs].map(([id, org]) => ({
  id,
  org,
  reports: reports.filter((r) => r.data.org === id).map((r) => r.data),
}));
const site = (path: string) => new URL(path, 'https://example.gov.cn/').href;
const under = (path: string) => `https://www.example.gov.cn/jxzp${path}`;

describe('feeds', () => {
  it('reads the route of a page file and fills it with its params', () => {
    expect(routeOf('./index.astro')).toBe('/');
    expect(routeOf('./search/index.astro')).toBe('/search/');
    expect(routeOf('./[org]/[year]/index.astro')).toBe('/[org]/[year]/');
    expect(routeOf('./about.astro')).toBe('/about/');
    expect(addressesOf('/data/', [{}])).toEqual(['/data/']);
    expect(
      addressesOf('/[org]/compare/[pair]/', [
        { org: 'a', pair: '2019-2020' },
        { org: 'b', pair: '2020-2021' },
      ]),
    ).toEqual(['/a/compare/2019-2020/', '/b/compare/2020-2021/']);
    expect(addressesOf('/[org]/[year]/', [{ org: 'a', year: 2020 }])).toEqual(['/a/2020/']);
  });

  it('dates report pages by their publication and departments by their newest report', () => {
    expect(lastModified(departments)).toEqual(
      new Map([
        ['/test-ju/', '2022-06-30'],
        ['/test-ju/2021/', '2022-06-30'],
      ]),
    );
  });

  it('writes a sitemap with absolute addresses, in a fixed order, with lastmod where known', () => {
    const xml = sitemap([{ path: '/b/', lastmod: '2022-06-30' }, { path: '/' }], site);
    expect(xml).toContain(
      '<url><loc>https://example.gov.cn/</loc></url>\n  <url><loc>https://example.gov.cn/b/</loc><lastmod>2022-06-30</lastmod></url>',
    );
  });

  it('dates the feed by its newest report, never by the clock', () => {
    vi.useFakeTimers({ now: new Date('2031-01-02T03:04:05Z') });
    const feed = atomFeed(departments, site, '站点');
    vi.useRealTimers();
    expect(feed).toContain('<updated>2022-06-30T00:00:00Z</updated>');
    expect(feed).not.toContain('2031');
    expect(feed).toContain('<link href="https://example.gov.cn/test-ju/2021/"/>');
  });

  it('publishes addresses under the base a site is served from', () => {
    const feed = atomFeed(departments, under, '站点');
    expect(feed).toContain('<link href="https://www.example.gov.cn/jxzp/test-ju/2021/"/>');
    expect(feed).toContain('<link rel="self" href="https://www.example.gov.cn/jxzp/feed.xml"/>');
    expect(sitemap([{ path: '/a/' }], under)).toContain(
      '<loc>https://www.example.gov.cn/jxzp/a/</loc>',
    );
  });

  it('escapes text', () => {
    const org = { ...departments[0]?.org, name: 'A&B<局>' } as Department['org'];
    expect(atomFeed([{ ...(departments[0] as Department), org }], site, 'x')).toContain(
      'A&amp;B&lt;局&gt;',
    );
  });
});
