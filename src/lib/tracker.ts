// The disclosure tracker: for every department and year, whether this site holds the report and
// when it was published. It knows only what is on this site: a report published elsewhere and
// not added here shows as not published.

import type { Department } from '../schemas/org.ts';
import type { Deadline } from '../schemas/site.ts';
import { dueDate } from './deadline.ts';
import type { DataTable } from './overview.ts';

export type TrackerCell =
  | {
      state: 'dated';
      /** 发布日期, YYYY-MM-DD. */
      published: string;
      /** Under a deadline rule: the due date and whether 发布日期 is on or before it. */
      due?: string;
      onTime?: boolean;
    }
  | { state: 'undated' }
  | { state: 'missing' };

export interface TrackerRow {
  org: string;
  shortName: string;
  demo: boolean;
  /** One cell per year of `Tracker.years`. */
  cells: TrackerCell[];
}

export interface Tracker {
  /** Every year from the site's first to its last report, gaps included. */
  years: number[];
  rows: TrackerRow[];
  deadline: Deadline | undefined;
  /** Per year: how many departments published with a date, without one, and not at all. */
  counts: { year: number; dated: number; undated: number; missing: number; late: number }[];
}

export function tracker(departments: readonly Department[], deadline?: Deadline): Tracker {
  const known = [...new Set(departments.flatMap((d) => d.reports.map((r) => r.year)))].sort(
    (a, b) => a - b,
  );
  const first = known[0];
  const last = known.at(-1);
  const years =
    first === undefined || last === undefined
      ? []
      : Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const rows = departments.map((d) => ({
    org: d.id,
    shortName: d.org.shortName,
    demo: d.org.demo,
    cells: years.map((year): TrackerCell => {
      const report = d.reports.find((r) => r.year === year);
      if (!report) return { state: 'missing' };
      if (!report.published) return { state: 'undated' };
      if (!deadline) return { state: 'dated', published: report.published };
      const due = dueDate(deadline, year);
      // ISO dates compare as strings.
      return { state: 'dated', published: report.published, due, onTime: report.published <= due };
    }),
  }));
  const counts = years.map((year, i) => {
    const cells = rows.map((r) => r.cells[i]);
    const count = (state: TrackerCell['state']) => cells.filter((c) => c?.state === state).length;
    return {
      year,
      dated: count('dated'),
      undated: count('undated'),
      missing: count('missing'),
      late: cells.filter((c) => c?.state === 'dated' && c.onTime === false).length,
    };
  });
  return { years, rows, deadline, counts };
}

/** A cell in words, as the grid and the CSV say it. */
export function cellText(cell: TrackerCell): string {
  switch (cell.state) {
    case 'missing':
      return '本站未收录';
    case 'undated':
      return '已发布，未注明发布日期';
    case 'dated':
      if (cell.onTime === undefined) return `已发布 ${cell.published}`;
      return `已发布 ${cell.published}（${cell.onTime ? '按期' : `逾期，应于 ${cell.due} 前`}）`;
  }
}

/** The grid as a downloadable table: one row per department and year. */
export function trackerTable(t: Tracker): DataTable {
  return {
    id: 'disclosure',
    title: '各部门绩效自评报告公开情况',
    note: '仅反映本站收录的报告：在其他网站发布而未收录于本站的报告显示为“本站未收录”。',
    columns: [
      { key: 'org', label: '部门标识' },
      { key: 'department', label: '部门' },
      { key: 'year', label: '年度' },
      { key: 'state', label: '状态' },
      { key: 'published', label: '发布日期' },
      { key: 'due', label: '公开期限' },
      { key: 'onTime', label: '是否按期' },
    ],
    rows: t.rows.flatMap((row) =>
      t.years.map((year, i) => {
        const cell = row.cells[i] ?? { state: 'missing' };
        return {
          org: row.org,
          department: row.shortName,
          year,
          state: cellText(cell),
          published: cell.state === 'dated' ? cell.published : null,
          due: cell.state === 'dated' ? (cell.due ?? null) : null,
          onTime:
            cell.state === 'dated' && cell.onTime !== undefined
              ? cell.onTime
                ? '是'
                : '否'
              : null,
        };
      }),
    ),
  };
}
