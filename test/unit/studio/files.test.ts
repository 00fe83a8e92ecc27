import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkOrg,
  checkYear,
  contentRoot,
  insideContent,
  PathError,
} from '../../../src/studio/files.ts';
import { suggestOrgId } from '../../../src/studio/org-id.ts';

const temp = mkdtempSync(join(tmpdir(), 'studio-files-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('insideContent', () => {
  const root = contentRoot(join(temp, 'content'));
  const outside = join(temp, 'outside');
  mkdirSync(outside);

  it('gives paths inside the content folder, creating the folders on the way', () => {
    expect(insideContent(root, 'reports', 'a-b', '2021.mdx')).toBe(
      join(root, 'reports', 'a-b', '2021.mdx'),
    );
  });

  it('refuses paths that climb out of it', () => {
    expect(() => insideContent(root, 'reports', '..', '..', 'outside', 'x.mdx')).toThrow(PathError);
    expect(() => insideContent(root, '/etc/passwd')).toThrow(PathError);
  });

  it('refuses a folder or a file that is a symbolic link', () => {
    symlinkSync(outside, join(root, 'reports', 'linked'));
    expect(() => insideContent(root, 'reports', 'linked', '2021.mdx')).toThrow(
      /符号链接|普通文件夹/,
    );
    writeFileSync(join(outside, 'target.yaml'), 'x');
    mkdirSync(join(root, 'orgs'), { recursive: true });
    symlinkSync(join(outside, 'target.yaml'), join(root, 'orgs', 'evil.yaml'));
    expect(() => insideContent(root, 'orgs', 'evil.yaml')).toThrow(/符号链接/);
  });

  it('checks ids and years before any path is made of them', () => {
    expect(checkOrg('wanzhou-kjj')).toBe('wanzhou-kjj');
    expect(() => checkOrg('../x')).toThrow(PathError);
    expect(checkYear('2021')).toBe(2021);
    expect(() => checkYear('21')).toThrow(PathError);
  });
});

describe('suggestOrgId', () => {
  it('spells the district in pinyin and the department by its initials', () => {
    expect(suggestOrgId('万州区科技局')).toBe('wanzhou-kjj');
    expect(suggestOrgId('重庆市万州区教育委员会')).toBe('wanzhou-jywyh');
    expect(suggestOrgId('')).toBe('');
  });
});
