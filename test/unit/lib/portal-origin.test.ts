import { describe, expect, it } from 'vitest';
import {
  memberAddress,
  memberOfAddress,
  onMemberSite,
  refusedAddresses,
  summarizeMember,
} from '../../../src/lib/portal.ts';
import { jsonDepth } from '../../../src/portal/collect.ts';
import type { MemberDataset } from '../../../src/schemas/portal.ts';

const BASE = 'https://www.wz.gov.cn/jxzp/';

describe('memberAddress', () => {
  it('resolves a site path under the member base', () => {
    expect(memberAddress(BASE, '/kjj/2020/')).toEqual({
      ok: true,
      href: 'https://www.wz.gov.cn/jxzp/kjj/2020/',
    });
    expect(memberAddress('https://www.wz.gov.cn/jxzp', '/kjj/')).toMatchObject({ ok: true });
  });

  it.each([
    ['/\\evil.example/phish/', '含有反斜杠'],
    ['/\t//evil2.example/', '含有控制字符'],
    ['/\n/x', '含有控制字符'],
    ['/\u2028x', '含有控制字符'],
    ['//evil.example/', '以 // 开头（指向其他站点的地址）'],
    ['https://evil.example/', '应为以 / 开头的站内地址'],
    ['javascript:alert(1)', '应为以 / 开头的站内地址'],
    ['/javascript:alert(1)', '路径含有冒号（可能被当作协议）'],
    ['kjj/2020/', '应为以 / 开头的站内地址'],
    ['/../other/', `超出成员站点 ${BASE} 的范围`],
    ['/%2e%2e/other/', `超出成员站点 ${BASE} 的范围`],
  ])('refuses %j (%s)', (value, why) => {
    expect(memberAddress(BASE, value)).toEqual({ ok: false, why });
  });
});

describe('onMemberSite and memberOfAddress', () => {
  const members = [
    { name: '甲', url: 'https://x.gov.cn/' },
    { name: '乙', url: 'https://x.gov.cn/b' },
  ];
  it('places an address under the member with the longest matching base, by segments', () => {
    expect(memberOfAddress(members, 'https://x.gov.cn/b/kjj/2020/')?.name).toBe('乙');
    expect(memberOfAddress(members, 'https://x.gov.cn/bb/kjj/')?.name).toBe('甲');
    expect(memberOfAddress(members, 'https://evil.example/b/')).toBeUndefined();
    expect(memberOfAddress(members, 'javascript:alert(1)')).toBeUndefined();
  });

  it('refuses another port, scheme or credentials', () => {
    expect(onMemberSite(BASE, 'https://www.wz.gov.cn:8443/jxzp/a/')).toBe(false);
    expect(onMemberSite(BASE, 'http://www.wz.gov.cn/jxzp/a/')).toBe(false);
    expect(onMemberSite(BASE, 'https://u@www.wz.gov.cn/jxzp/a/')).toBe(false);
    expect(onMemberSite(BASE, 'https://www.wz.gov.cn/jxzpx/')).toBe(false);
  });
});

const report = (year: number, page: string) => ({
  department: { id: 'kjj', name: '科技局', shortName: '科技局' },
  report: { year, title: 't', evaluation: { score: 90, grade: '优' } },
  links: { page },
});

describe('a member dataset', () => {
  it('names the first refused fields', () => {
    const data: MemberDataset = {
      reports: [report(2020, '/kjj/2020/'), report(2021, '/\\evil/'), report(2022, '//x/')],
    };
    expect(refusedAddresses(BASE, data).map((r) => r.field)).toEqual([
      'reports[1].links.page',
      'reports[2].links.page',
    ]);
  });

  it('counts 200 000 reports without spreading them over the stack', () => {
    const reports = Array.from({ length: 200_000 }, (_, i) => report(1990 + (i % 40), '/kjj/'));
    const member = summarizeMember({ name: '万州区', url: BASE }, { reports }, [], 'site');
    expect([member.firstYear, member.lastYear, member.reports]).toEqual([1990, 2029, 200_000]);
  });
});

describe('jsonDepth', () => {
  it('measures without recursion and stops past the bound', () => {
    expect(jsonDepth({ a: [{ b: 1 }] })).toBe(3);
    expect(jsonDepth(JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`))).toBe(17);
  });
});
