// Staffing as a table whose columns are only those some unit states.
import type { StaffingUnit } from '../../schemas/staffing.ts';
import { sum } from './derived.ts';

export interface StaffColumn {
  key: string;
  label: string;
}

export interface StaffingView {
  /** Only the columns some unit states. */
  columns: StaffColumn[];
  rows: {
    unit: string;
    units?: number;
    asOf?: string;
    cells: Record<string, number | undefined>;
    paths: Record<string, string>;
  }[];
  /** 本站合计 per column where every row states it (two rows or more); never mixed with stated figures. */
  computedTotal: Record<string, number> | undefined;
}

const STAFF_FIELDS: [keyof StaffingUnit | `posts.${string}`, string][] = [
  ['authorized', '编制数'],
  ['posts.administrative', '行政编制'],
  ['posts.civilServiceManaged', '参公事业编制'],
  ['posts.institution', '事业编制'],
  ['posts.worker', '工勤编制'],
  ['active', '在职在编人员'],
];

const STAFF_TAIL: [keyof StaffingUnit, string][] = [
  ['total', '实有人员（报告合计）'],
  ['retirees', '离退休人员'],
  ['retiredVeterans', '离休人员'],
  ['retired', '退休人员'],
  ['vehicles', '公务用车（辆）'],
];

/** Staffing as a table whose columns are only those some unit states. */
export function staffingView(
  staffing: readonly StaffingUnit[] | undefined,
): StaffingView | undefined {
  if (!staffing || staffing.length === 0) return undefined;
  const others = [...new Set(staffing.flatMap((s) => (s.others ?? []).map((o) => o.name)))];
  const columns: StaffColumn[] = [
    ...STAFF_FIELDS.map(([key, label]) => ({ key, label })),
    ...others.map((name) => ({ key: `others.${name}`, label: name })),
    ...STAFF_TAIL.map(([key, label]) => ({ key, label })),
  ];
  const rows = staffing.map((s, i) => {
    const cells: Record<string, number | undefined> = {};
    const paths: Record<string, string> = {};
    for (const { key } of columns) {
      const [head, tail] = key.split('.') as [string, string | undefined];
      let value: number | undefined;
      let path = `staffing[${i}].${key}`;
      if (head === 'posts' && tail)
        value = s.posts?.[tail as keyof NonNullable<StaffingUnit['posts']>];
      else if (head === 'others' && tail) {
        const at = (s.others ?? []).findIndex((o) => o.name === key.slice('others.'.length));
        value = at === -1 ? undefined : s.others?.[at]?.count;
        path = `staffing[${i}].others[${at}].count`;
      } else value = s[head as keyof StaffingUnit] as number | undefined;
      cells[key] = value;
      paths[key] = path;
    }
    return {
      unit: s.unit,
      ...(s.units === undefined ? {} : { units: s.units }),
      ...(s.asOf === undefined ? {} : { asOf: s.asOf }),
      cells,
      paths,
    };
  });
  const used = columns.filter((c) => rows.some((r) => r.cells[c.key] !== undefined));
  const computedTotal =
    rows.length > 1
      ? Object.fromEntries(
          used.flatMap((c) =>
            rows.every((r) => r.cells[c.key] !== undefined)
              ? [[c.key, sum(rows.map((r) => r.cells[c.key] ?? 0))]]
              : [],
          ),
        )
      : undefined;
  return {
    columns: used,
    rows,
    computedTotal:
      computedTotal && Object.keys(computedTotal).length > 0 ? computedTotal : undefined,
  };
}
