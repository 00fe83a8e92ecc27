import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, isSafeUrl, safeUrlSchema } from '../../../src/schemas/common.ts';

describe('safeUrlSchema', () => {
  it.each([
    'https://www.gov.cn/zhengce/',
    'http://www.wanzhou.gov.cn/',
    'mailto:kjj@example.gov.cn',
    '/test-ju/2020/',
  ])('accepts %j', (url) => {
    expect(z.safeParse(safeUrlSchema, url).success).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'javascript:/wanzhou-kjj/?alert(1):0',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'file:///etc/passwd',
    '//evil.example/',
    'www.wanzhou.gov.cn',
    '',
  ])('rejects %j', (url) => {
    expect(z.safeParse(safeUrlSchema, url).success).toBe(false);
  });
});

describe('isSafeUrl', () => {
  it('allows relative addresses in a body, not other schemes', () => {
    expect(isSafeUrl('../2020/#s1')).toBe(true);
    expect(isSafeUrl('#s1')).toBe(true);
    expect(isSafeUrl('\u0001javascript:alert(1)')).toBe(false);
  });
});

describe('ID_PATTERN', () => {
  it('is the kebab-case id every file name and CLI argument uses', () => {
    expect(ID_PATTERN.test('wanzhou-kjj')).toBe(true);
    expect(ID_PATTERN.test('Wanzhou')).toBe(false);
    expect(ID_PATTERN.test('a--b')).toBe(false);
  });
});
