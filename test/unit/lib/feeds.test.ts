import { describe, expect, it } from 'vitest';
import { atomFeed, pagePaths, sitemap } from '../../../src/lib/feeds.ts';
import { loadContent } from '../../../src/lib/load.ts';
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
  it('lists every page', () => {
    expect(pagePaths(departments)).toEqual([
      '/',
      '/data/',
      '/overview/',
      '/overview/2021/',
      '/disclosure/',
      '/test-ju/',
      { path: '/test-ju/2021/', lastmod: '2022-06-30' },
    ]);
  });

  it('dates a report in the sitemap by its 发布日期', () => {
    expect(sitemap(pagePaths(departments), site)).toContain(
      '<loc>https://example.gov.cn/test-ju/2021/</loc><lastmod>2022-06-30</lastmod>',
    );
  });

  it('writes a sitemap with absolute addresses', () => {
    expect(sitemap(['/', '/a/'], site)).toContain('<loc>https://example.gov.cn/a/</loc>');
  });

  it('dates the feed by its newest report, never by the clock', () => {
    const feed = atomFeed(departments, site, '站点');
    expect(feed).toContain('<updated>2022-06-30T00:00:00Z</updated>');
    expect(feed).toBe(atomFeed(departments, site, '站点'));
    expect(feed).toContain('<link href="https://example.gov.cn/test-ju/2021/"/>');
  });

  it('publishes addresses under the base a site is served from', () => {
    const feed = atomFeed(departments, under, '站点');
    expect(feed).toContain('<link href="https://www.example.gov.cn/jxzp/test-ju/2021/"/>');
    expect(feed).toContain('<link rel="self" href="https://www.example.gov.cn/jxzp/feed.xml"/>');
    expect(sitemap(['/a/'], under)).toContain('<loc>https://www.example.gov.cn/jxzp/a/</loc>');
  });

  it('escapes text', () => {
    const org = { ...departments[0]?.org, name: 'A&B<局>' } as Department['org'];
    expect(atomFeed([{ ...(departments[0] as Department), org }], site, 'x')).toContain(
      'A&amp;B&lt;局&gt;',
    );
  });
});
