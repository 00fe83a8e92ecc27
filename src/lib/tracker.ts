// The disclosure tracker: for every department and year, whether this site holds the report and
// when it was published. It knows only what is on this site: a report published elsewhere and
// not added here shows as not published.

import type { Department } from '../schemas/org.ts';
import type { Deadline, RequiredDepartment } from '../schemas/site.ts';
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
  /** The department's id; empty for a required department with no file on this site. */
  org: string;
  shortName: string;
  demo: boolean;
  /** Listed in site.yaml `requiredDepartments`: the finance bureau requires it to publish. */
  required: boolean;
  /** One cell per year of `Tracker.years`. */
  cells: TrackerCell[];
}

export interface Tracker {
  /** Every year from the site's first to its last report, gaps included. */
  years: number[];
  rows: TrackerRow[];
  deadline: Deadline | undefined;
  /** Required departments with no report on this site in any year. */
  neverPublished: string[];
  /** Per year: how many departments published with a date, without one, and not at all. */
  counts: { year: number; dated: number; undated: number; missing: number; late: number }[];
}

/**
 * The grid. With `required` (site.yaml `requiredDepartments`), those departments are marked,
 * and one that has no file on this site gets a row of its own, so a department that never
 * published is not invisible.
 */
export function tracker(
  departments: readonly Department[],
  deadline?: Deadline,
  required: readonly RequiredDepartment[] = [],
): Tracker {
  const known = [...new Set(departments.flatMap((d) => d.reports.map((r) => r.year)))].sort(
    (a, b) => a - b,
  );
  const first = known[0];
  const last = known.at(-1);
  const years =
    first === undefined || last === undefined
      ? []
      : Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const isRequired = (d: Department) =>
    required.some((r) => (typeof r === 'string' ? r === d.id : r.name === d.org.name));
  const unregistered = required.flatMap((r) =>
    typeof r === 'string' || departments.some((d) => d.org.name === r.name)
      ? []
      : [
          {
            org: '',
            shortName: r.shortName ?? r.name,
            demo: false,
            required: true,
            cells: years.map((): TrackerCell => ({ state: 'missing' })),
          },
        ],
  );
  const registered = departments.map((d) => ({
    org: d.id,
    shortName: d.org.shortName,
    demo: d.org.demo,
    required: isRequired(d),
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
  const rows: TrackerRow[] = [...registered, ...unregistered];
  const neverPublished = rows
    .filter((r) => r.required && r.cells.every((c) => c.state === 'missing'))
    .map((r) => r.shortName);
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
  return { years, rows, deadline, neverPublished, counts };
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
      ...(t.rows.some((r) => r.required) ? [{ key: 'required', label: '应公开部门' }] : []),
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
          org: row.org || null,
          department: row.shortName,
          ...(t.rows.some((r) => r.required) ? { required: row.required ? '是' : '否' } : {}),
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
