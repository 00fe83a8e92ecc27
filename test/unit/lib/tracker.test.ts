import { describe, expect, it } from 'vitest';
import { cellText, tracker, trackerTable } from '../../../src/lib/tracker.ts';
import type { Department } from '../../../src/schemas/org.ts';
import type { Report } from '../../../src/schemas/report.ts';

const r = (year: number, published?: string) =>
  ({ year, ...(published ? { published } : {}) }) as Report;
const d = (id: string, ...reports: Report[]): Department => ({
  id,
  org: { name: id, shortName: id, region: 'r', demo: false },
  reports,
});
const site = [d('a', r(2020, '2021-06-30'), r(2022)), d('b', r(2022, '2023-07-01'))];

describe('tracker', () => {
  it('spans every year from the first to the last, gaps included, with every state', () => {
    const t = tracker(site);
    expect(t.years).toEqual([2020, 2021, 2022]);
    expect(t.rows.map((row) => row.cells.map((c) => c.state))).toEqual([
      ['dated', 'missing', 'undated'],
      ['missing', 'missing', 'dated'],
    ]);
    expect(t.rows[0]?.cells[0]).toEqual({ state: 'dated', published: '2021-06-30' });
  });

  it('marks on time or late against the deadline rule, the due day itself on time', () => {
    const t = tracker(site, { yearsAfter: 1, month: 6, day: 30 });
    expect(t.rows[0]?.cells[0]).toEqual({
      state: 'dated',
      published: '2021-06-30',
      due: '2021-06-30',
      onTime: true,
    });
    expect(t.rows[1]?.cells[2]).toMatchObject({ onTime: false, due: '2023-06-30' });
    expect(t.counts).toEqual([
      { year: 2020, dated: 1, undated: 0, missing: 1, late: 0 },
      { year: 2021, dated: 0, undated: 0, missing: 2, late: 0 },
      { year: 2022, dated: 1, undated: 1, missing: 0, late: 1 },
    ]);
    expect(cellText(t.rows[1]?.cells[2] ?? { state: 'missing' })).toBe(
      '已发布 2023-07-01（逾期，应于 2023-06-30 前）',
    );
    const rows = trackerTable(t).rows;
    expect(rows).toHaveLength(6);
    expect(rows[5]).toMatchObject({ org: 'b', year: 2022, onTime: '否', published: '2023-07-01' });
    expect(rows[1]).toMatchObject({ state: '本站未收录', published: null });
  });

  it('has no years and no rows on an empty site', () => {
    expect(tracker([])).toMatchObject({ years: [], rows: [], counts: [] });
  });
});

describe('required departments', () => {
  it('marks them, gives one without a file a row of its own, and names those that never published', () => {
    const t = tracker([...site, d('c')], undefined, ['a', 'c', { name: '丁局', shortName: '丁' }]);
    expect(t.rows.map((row) => [row.org, row.shortName, row.required])).toEqual([
      ['a', 'a', true],
      ['b', 'b', false],
      ['c', 'c', true],
      ['', '丁', true],
    ]);
    expect(t.rows[3]?.cells.map((c) => c.state)).toEqual(['missing', 'missing', 'missing']);
    expect(t.neverPublished).toEqual(['c', '丁']);
    expect(t.counts.map((c) => c.missing)).toEqual([3, 4, 2]);
    const table = trackerTable(t);
    expect(table.columns.map((c) => c.key)).toContain('required');
    expect(table.rows.filter((row) => row['department'] === '丁')).toHaveLength(3);
    expect(table.rows.find((row) => row['department'] === '丁')?.['org']).toBeNull();
  });

  it('matches a required name to a department on the site, and adds no column without a list', () => {
    const t = tracker(site, undefined, [{ name: 'b' }]);
    expect(t.rows.map((row) => row.required)).toEqual([false, true]);
    expect(t.neverPublished).toEqual([]);
    expect(trackerTable(tracker(site)).columns.map((c) => c.key)).not.toContain('required');
  });
});
