import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { portalOptions } from '../../../src/pipeline/portal.ts';
import { readPortalConfig } from '../../../src/portal/config.ts';

const work = mkdtempSync(join(tmpdir(), 'portal-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function config(name: string, text: string): string {
  const file = join(work, name);
  writeFileSync(file, text);
  return file;
}

describe('the portal settings', () => {
  it('reads the portal key of a file that holds nothing else', () => {
    const file = config(
      'ok.yaml',
      'portal:\n  title: 示例省门户\n  sites:\n    - name: 东区\n      url: https://east.example.gov.cn/\n',
    );
    const read = readPortalConfig(file, 'ok.yaml');
    expect(read.ok && read.portal.title).toBe('示例省门户');
    expect(read.ok && read.portal.sites.map((s) => s.name)).toEqual(['东区']);
  });

  it('names the file when there is no portal key', () => {
    const read = readPortalConfig(config('none.yaml', 'name: 示例区\n'), 'none.yaml');
    expect(read.ok).toBe(false);
    const [issue] = read.ok ? [] : read.issues;
    expect(issue).toMatchObject({ file: 'none.yaml', path: 'portal', found: '没有 portal 键' });
  });

  it('names the field and line of a bad member address', () => {
    const file = config(
      'bad.yaml',
      'portal:\n  title: 门户\n  sites:\n    - name: 东区\n      url: ftp://east.example.gov.cn/\n',
    );
    const read = readPortalConfig(file, 'bad.yaml');
    const issues = read.ok ? [] : read.issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('portal.sites[0].url');
    expect(issues[0]?.line).toBe(5);
  });

  it('names a missing file instead of throwing', () => {
    const read = readPortalConfig(join(work, 'missing.yaml'), 'missing.yaml');
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.issues[0]?.file).toBe('missing.yaml');
  });
});

describe('portalOptions', () => {
  it('reads the environment, with the defaults a district uses', () => {
    const options = portalOptions({ CONTENT_DIR: work });
    expect(options.configFile).toBe(join(work, 'site.yaml'));
    expect(options.offline).toBe(false);
    expect(options.timeoutMs).toBe(15000);
    expect(portalOptions({ PORTAL_OFFLINE: '1', PORTAL_TIMEOUT_MS: '500' })).toMatchObject({
      offline: true,
      timeoutMs: 500,
    });
  });

  it('refuses a malformed time limit or address in Chinese, before any work', () => {
    expect(() => portalOptions({ PORTAL_TIMEOUT_MS: '15s' })).toThrow(
      /PORTAL_TIMEOUT_MS 应为正整数.*15s/,
    );
    expect(() => portalOptions({ SITE_URL: 'ftp://x' })).toThrow(/SITE_URL|站点地址/);
  });
});
