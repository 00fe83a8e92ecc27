import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  earlierFrontmatters,
  previousReport,
  reportYears,
} from '../../../src/authoring/earlier.ts';
import { copyTree, MINIMAL_REPORT } from '../../helpers.ts';

const dir = copyTree();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const reports = join(dir, 'reports', 'test-ju');
const report = readFileSync(MINIMAL_REPORT, 'utf8');
writeFileSync(join(reports, '2019.mdx'), report.replace('year: 2021', 'year: 2019'));
writeFileSync(join(reports, '2023.mdx'), report.replace('year: 2021', 'year: 2023'));
writeFileSync(join(reports, 'notes.txt'), 'not a report');
mkdirSync(join(reports, '2021'), { recursive: true });

describe("a department's other years", () => {
  it('lists the years with a report file, oldest first, and nothing else', () => {
    expect(reportYears(dir, 'test-ju')).toEqual([2019, 2021, 2023]);
    expect(reportYears(dir, 'nobody')).toEqual([]);
  });

  it('gives the other years’ frontmatters newest first', () => {
    const years = earlierFrontmatters(dir, 'test-ju', 2021).map(
      (data) => (data as { year: number }).year,
    );
    expect(years).toEqual([2023, 2019]);
  });

  it('gives the latest report before a year, validated', () => {
    expect(previousReport(dir, 'test-ju', 2022).previous?.year).toBe(2021);
    expect(previousReport(dir, 'test-ju', 2019)).toEqual({});
  });

  it('reads them as the loader does: a link out of the folder or a FIFO is refused, not followed', () => {
    const other = copyTree();
    try {
      const folder = join(other, 'reports', 'test-ju');
      rmSync(join(folder, '2021.mdx'));
      symlinkSync('/etc/passwd', join(folder, '2021.mdx'));
      execFileSync('mkfifo', [join(folder, '2020.mdx')]);
      expect(earlierFrontmatters(other, 'test-ju', 2022)).toEqual([]);
      const { previous, warning } = previousReport(other, 'test-ju', 2022);
      expect(previous).toBeUndefined();
      expect(warning).toContain('符号链接指向内容文件夹之外');
      expect(warning).not.toContain('root:x:');
      expect(previousReport(other, 'test-ju', 2021).warning).toContain('命名管道（FIFO）');
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
