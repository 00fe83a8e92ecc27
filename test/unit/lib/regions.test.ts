import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import { regionGroups, regionIssues, siteRegion } from '../../../src/lib/regions.ts';

describe('regions', () => {
  const org = (region: string, demo = false) => ({ org: { region, demo } });
  it('takes the region from site.yaml, else the one region of the real departments', () => {
    expect(siteRegion([{ region: 'A', demo: false }], 'B')).toBe('B');
    expect(
      siteRegion(
        [
          { region: 'A', demo: false },
          { region: 'Z', demo: true },
        ],
        undefined,
      ),
    ).toBe('A');
    expect(
      siteRegion(
        [
          { region: 'A', demo: false },
          { region: 'C', demo: false },
        ],
        undefined,
      ),
    ).toBeUndefined();
  });

  it('never puts demo and real, or two regions, in one group', () => {
    const groups = regionGroups([org('A'), org('C'), org('A', true), org('C', true)], 'A');
    expect(groups.map((g) => [g.id, g.kind, g.region, g.members.length])).toEqual([
      ['main', 'main', 'A', 1],
      ['region-1', 'region', 'C', 1],
      ['demo-1', 'demo', 'A', 1],
      ['demo-2', 'demo', 'C', 1],
    ]);
    // Without a region, several real regions make no district at all.
    expect(regionGroups([org('A'), org('C')], undefined).map((g) => g.id)).toEqual([
      'region-1',
      'region-2',
    ]);
  });

  it('warns when a site holds several regions, and refuses an unknown required department', () => {
    const orgsOf = new Map([
      ['a', { name: '甲', shortName: '甲', region: 'A', demo: false }],
      ['c', { name: '丙', shortName: '丙', region: 'C', demo: false }],
    ]);
    const issues = regionIssues(
      { name: 's', region: 'A', requiredDepartments: ['a', 'nope', { name: '丁' }] },
      orgsOf,
      'site.yaml',
    );
    expect(issues.map((i) => [i.path, i.severity])).toEqual([
      ['region', 'warning'],
      ['requiredDepartments[1]', undefined],
    ]);
    expect(issues[0]?.found).toContain('不属于本站所属地区：C');
    expect(regionIssues({ name: 's' }, new Map([['a', orgsOf.get('a') as never]]), 'f')).toEqual(
      [],
    );
    // The fixture's own validation carries the warning.
    expect(
      loadContent('test/fixtures/district').issues.filter((i) => i.path === 'region'),
    ).toHaveLength(1);
  });
});
