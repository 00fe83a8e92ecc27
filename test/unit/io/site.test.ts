import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import { DEFAULT_SITE_NAME, loadSite } from '../../../src/io/site.ts';
import { deadlineText, dueDate } from '../../../src/lib/deadline.ts';

const withSite = (yaml: string | undefined) => {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  if (yaml !== undefined) writeFileSync(join(dir, 'site.yaml'), yaml);
  return dir;
};

describe('loadSite', () => {
  it('needs only the name, and a site without site.yaml keeps the default name', () => {
    expect(loadSite(withSite('name: 某区绩效公开\n'))).toEqual({
      site: { name: '某区绩效公开' },
      issues: [],
    });
    expect(loadSite(withSite(undefined)).site).toEqual({ name: DEFAULT_SITE_NAME });
  });

  it('reads every field of the demo site.yaml', () => {
    const { site, issues } = loadSite('test/fixtures/site');
    expect(issues).toEqual([]);
    expect(Object.keys(site).sort()).toEqual(
      [
        'contact',
        'deadline',
        'icp',
        'name',
        'operator',
        'publicSecurity',
        'siteCode',
        'sponsor',
        'region',
        'applyForDisclosure',
        'relatedLinks',
        'requiredDepartments',
      ].sort(),
    );
  });

  it('reads the furniture fields, and names a missing image file at its field and line', () => {
    const yaml = [
      'name: 某区',
      'region: 某市某区',
      'emblem:',
      '  file: emblem.png',
      '  alt: 某区徽标',
      'governmentId:',
      '  url: https://example.org/verify',
      '  image: badge.png',
      'errorReportUrl: https://example.org/jiucuo',
      'applyForDisclosure: { label: 依申请公开, url: /apply/ }',
      'relatedLinks:',
      '  - { label: 某区政府, url: https://example.org/ }',
      'requiredDepartments:',
      '  - a-ju',
      '  - { name: 某区民政局 }',
      '',
    ].join('\n');
    const dir = withSite(yaml);
    writeFileSync(join(dir, 'emblem.png'), 'png');
    const { site, issues } = loadSite(dir);
    expect(site.emblem).toEqual({ file: 'emblem.png', alt: '某区徽标', kind: 'emblem' });
    expect(site.requiredDepartments).toEqual(['a-ju', { name: '某区民政局' }]);
    expect(issues.map((i) => [i.path, i.line, i.found])).toEqual([
      ['governmentId.image', 8, '文件不存在'],
    ]);
  });

  it('refuses an image outside the content folder, a script address and an emblem without alt', () => {
    const { issues } = loadSite(
      withSite(
        [
          'name: 某区',
          'emblem: { file: ../secret.png, alt: x }',
          'errorReportUrl: "javascript:alert(1)"',
          'governmentId: { url: https://example.org/, image: a.exe }',
          '',
        ].join('\n'),
      ),
    );
    expect([...new Set(issues.map((i) => i.path))].sort()).toEqual(
      ['emblem.file', 'errorReportUrl', 'governmentId.image'].sort(),
    );
    expect(loadSite(withSite('name: 某区\nemblem: { file: a.png }\n')).issues[0]?.path).toBe(
      'emblem.alt',
    );
  });

  it('accepts the province portal key and checks it with the portal schema', () => {
    const portal =
      'portal:\n  title: 某省门户\n  sites:\n    - { name: 甲区, url: https://a.example.gov.cn/jxzp/ }\n';
    const ok = loadSite(withSite(`name: 某省绩效公开\n${portal}`));
    expect(ok.issues).toEqual([]);
    expect(ok.site.portal?.sites[0]?.name).toBe('甲区');
    const bad = loadSite(withSite('name: 某省\nportal:\n  title: 门户\n  sites: []\n'));
    expect(bad.issues.map((i) => i.path)).toContain('portal.sites');
  });

  it('names file, line, field, what was expected and what was found', () => {
    const dir = withSite(
      [
        'name: 某区',
        'sponser: 某区财政局',
        'siteCode: 12345',
        'icp: 渝备12345678号',
        'contact:',
        '  email: not-an-address',
        'deadline:',
        '  month: 2',
        '  day: 30',
        '',
      ].join('\n'),
    );
    const { issues } = loadSite(dir);
    const file = relative(process.cwd(), join(dir, 'site.yaml'));
    const sorted = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    expect(sorted.map((i) => [i.file, i.line, i.path, i.label])).toEqual([
      [file, 2, 'sponser', 'sponser'],
      [file, 3, 'siteCode', '网站标识码'],
      [file, 4, 'icp', 'ICP备案号'],
      [file, 6, 'contact.email', '联系方式 › 电子邮箱'],
      [file, 9, 'deadline.day', '公开期限 › 日'],
    ]);
    expect(sorted[0]?.expected).toContain('是否想写 sponsor？');
    expect(sorted[1]?.expected).toBe('十位数字或字母，如 5001010001');
    expect(sorted[1]?.found).toBe('“12345”');
    expect(sorted[4]?.expected).toBe('该月没有这一天');
  });

  it('reports broken YAML and a missing name in Chinese, never a stack trace', () => {
    expect(loadSite(withSite('name: 某区\nsponsor: 甲\nsponsor: 乙\n')).issues[0]).toMatchObject({
      line: 3,
      expected: '合法的 YAML',
      found: expect.stringContaining('同一字段写了两次'),
    });
    expect(loadSite(withSite('sponsor: 某区财政局\n')).issues[0]).toMatchObject({
      path: 'name',
      expected: '必填字段（文字）',
    });
  });

  it('is validated with the content, so a bad site.yaml stops validation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync('test/fixtures/minimal', dir, { recursive: true });
    writeFileSync(join(dir, 'site.yaml'), 'name: ""\n');
    expect(loadContent(dir).issues.map((i) => i.path)).toEqual(['name']);
  });
});

describe('attachment folders in the content tree', () => {
  it('are checked with their report, and a folder without a report is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync('test/fixtures/minimal', dir, { recursive: true });
    mkdirSync(join(dir, 'reports/test-ju/2021'));
    writeFileSync(join(dir, 'reports/test-ju/2021/原文.pdf'), '%PDF-1.4\n');
    mkdirSync(join(dir, 'reports/test-ju/2019'));
    const found = loadContent(dir).issues.map((i) => i.found);
    expect(found).toEqual(['没有 2019.mdx 的文件夹“2019”', '未列出的文件“原文.pdf”']);
  });
});

describe('deadline', () => {
  it('falls in the year after the budget year by default and reads as words', () => {
    expect(dueDate({ yearsAfter: 1, month: 6, day: 30 }, 2023)).toBe('2024-06-30');
    expect(deadlineText({ yearsAfter: 1, month: 6, day: 30 })).toBe(
      '预算年度次年6月30日前（含当日）',
    );
  });
});
