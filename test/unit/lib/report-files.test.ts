import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import { reportData } from '../../../src/lib/dataset.ts';
import { departmentsOf } from '../../../src/lib/departments.ts';
import { printCss } from '../../../src/lib/print.ts';
import { allReportFiles, reportFiles } from '../../../src/lib/report-files.ts';
import { reportView } from '../../../src/lib/view/index.ts';

// The repository's content: several departments, one with seven years.
const { orgs, reports } = loadContent('test/fixtures/site');
const departments = departmentsOf(
  orgs.entries(),
  reports.map((r) => r.data),
);
const headings = new Map(reports.map((r) => [r.data, r.headings]));

describe('departmentsOf', () => {
  it('lists every department by short name, each with its own reports oldest first', () => {
    expect(departments.map((d) => d.id).sort()).toEqual([...orgs.keys()].sort());
    const names = departments.map((d) => d.org.shortName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    for (const department of departments) {
      expect(department.reports.every((r) => r.org === department.id)).toBe(true);
      const years = department.reports.map((r) => r.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
    }
    expect(departments.flatMap((d) => d.reports)).toHaveLength(reports.length);
  });
});

describe('reportFiles', () => {
  const department = departments.find((d) => d.id === 'wanzhou-kjj');
  const report = department?.reports[0];
  if (!department || !report) throw new Error('the seed report is missing');
  const view = reportView(report, headings.get(report) ?? []);
  const files = reportFiles(department, view);

  it('gives the JSON, one CSV per table and the print stylesheet at their addresses', () => {
    expect(files.map((f) => f.path)).toEqual([
      '/data/wanzhou-kjj/2020.json',
      ...view.csv.map((t) => `/data/wanzhou-kjj/2020/${t.name}.csv`),
      '/wanzhou-kjj/2020/print.css',
    ]);
  });

  it('writes the data as published: the report data as indented JSON, the view tables, the stylesheet', () => {
    expect(JSON.parse(files[0]?.text ?? '')).toEqual(
      JSON.parse(JSON.stringify(reportData(department, view))),
    );
    expect(files[0]?.text.endsWith('}\n')).toBe(true);
    expect(files.slice(1, -1).map((f) => f.text)).toEqual(view.csv.map((t) => t.csv));
    expect(files.at(-1)?.text).toBe(printCss(department.org.name, 2020));
  });

  it('covers every report of the site once', () => {
    const paths = [
      ...allReportFiles(departments, (report) => reportView(report, headings.get(report) ?? [])),
    ].map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const r of reports) expect(paths).toContain(`/${r.data.org}/${r.data.year}/print.css`);
  });
});
