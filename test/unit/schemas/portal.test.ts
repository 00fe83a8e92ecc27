import { describe, expect, it } from 'vitest';
import { parseWithIssues } from '../../../src/schemas/parse.ts';
import { memberDatasetSchema, portalSchema } from '../../../src/schemas/portal.ts';

describe('portalSchema', () => {
  it('accepts a title and member sites', () => {
    const parsed = parseWithIssues(
      portalSchema,
      { title: '门户', sites: [{ name: '东区', url: 'https://a.gov.cn/jxzp/' }] },
      'site.yaml',
    );
    expect(parsed.ok).toBe(true);
  });

  it('names the field, in Chinese, of a bad address, a duplicate and a misspelt key', () => {
    const parsed = parseWithIssues(
      portalSchema,
      {
        title: '门户',
        sites: [
          { name: '东区', url: 'ftp://a.gov.cn/' },
          { name: '东区', url: 'https://b.gov.cn/', ulr: 'x' },
        ],
      },
      'site.yaml',
    );
    expect(parsed.ok).toBe(false);
    const issues = parsed.ok ? [] : parsed.issues;
    expect(issues.map((i) => i.label)).toEqual(
      expect.arrayContaining([expect.stringContaining('站点地址')]),
    );
    expect(issues.some((i) => i.found.includes('ulr'))).toBe(true);
    expect(issues.some((i) => i.expected.includes('区县名称不能重复'))).toBe(true);
  });
});

describe('memberDatasetSchema', () => {
  it('ignores fields it does not need, so other versions of a member still federate', () => {
    const parsed = memberDatasetSchema.safeParse({
      reports: [
        {
          department: { id: 'a', name: '甲局', shortName: '甲', region: 'x' },
          report: { year: 2020, title: 't', evaluation: { score: 90, grade: '优', extra: 1 } },
          derived: {},
          links: { page: '/a/2020/', csv: {} },
        },
      ],
    });
    expect(parsed.success).toBe(true);
  });
});
