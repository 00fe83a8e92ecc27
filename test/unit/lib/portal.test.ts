import { describe, expect, it } from 'vitest';
import { memberOrigins, memberUrl, summarizeMember } from '../../../src/lib/portal.ts';
import type { MemberDataset } from '../../../src/schemas/portal.ts';

const entry = (org: string, name: string, year: number): MemberDataset['reports'][number] => ({
  department: { id: org, name, shortName: name },
  report: { year, title: `${name}${year}年度报告`, evaluation: { score: 90, grade: '优' } },
  links: { page: `/${org}/${year}/` },
});

describe('memberUrl', () => {
  it('resolves a site path below the member base, with or without its trailing slash', () => {
    expect(memberUrl('https://www.wz.gov.cn/jxzp/', '/kjj/2020/')).toBe(
      'https://www.wz.gov.cn/jxzp/kjj/2020/',
    );
    expect(memberUrl('https://www.wz.gov.cn/jxzp', '/data/all.json')).toBe(
      'https://www.wz.gov.cn/jxzp/data/all.json',
    );
  });
});

describe('summarizeMember', () => {
  it('counts departments and reports and links each department’s latest report', () => {
    const member = summarizeMember(
      { name: '东区', url: 'http://127.0.0.1:4322/' },
      {
        reports: [
          entry('b-ju', '乙局', 2021),
          entry('a-ju', '甲局', 2020),
          entry('a-ju', '甲局', 2022),
        ],
      },
      ['http://127.0.0.1:4322/pagefind/'],
      'site',
    );
    expect(member.reports).toBe(3);
    expect([member.firstYear, member.lastYear]).toEqual([2020, 2022]);
    expect(member.departments).toEqual([
      { name: '甲局', latestUrl: 'http://127.0.0.1:4322/a-ju/2022/', latestYear: 2022, years: 2 },
      { name: '乙局', latestUrl: 'http://127.0.0.1:4322/b-ju/2021/', latestYear: 2021, years: 1 },
    ]);
  });
});

describe('memberOrigins', () => {
  it('lists each listed member’s origin once', () => {
    expect(
      memberOrigins([
        { name: '东区', url: 'https://a.gov.cn/jxzp/' },
        { name: '西区', url: 'https://a.gov.cn/other/' },
        { name: '南区', url: 'http://127.0.0.1:4323/' },
      ]),
    ).toEqual(['https://a.gov.cn', 'http://127.0.0.1:4323']);
  });
});
