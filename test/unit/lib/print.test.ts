import { describe, expect, it } from 'vitest';
import { printCss } from '../../../src/lib/print.ts';

describe('printCss', () => {
  it('names department and year in the top margin of every page', () => {
    expect(printCss('重庆市万州区科学技术局', 2020)).toContain(
      'content: "重庆市万州区科学技术局 · 2020年度部门整体支出绩效自评报告";',
    );
  });
  it('escapes quotes and backslashes', () => {
    expect(printCss('某"局\\', 2021)).toContain('content: "某\\"局\\\\ · 2021年度');
  });
});
