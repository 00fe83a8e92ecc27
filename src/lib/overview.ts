// The district view: every department's report of one year side by side, and the district's
// spending by function class across years. Every per-report figure comes from the report's view
// model (`reportView`: totals, class rows, score, goal summary, 公开要素); this module only
// converts to one unit and adds up, and every sum it makes is labelled 本站合计.

import type { Org } from '../schemas/org.ts';
import type { AmountUnit } from '../schemas/report.ts';
import { toCsv } from './csv.ts';
import type { GoalSummary } from './goals.ts';
import { round } from './sums.ts';
import type { ReportView } from './view/index.ts';

/** The one unit of the district view; reports published in 元 are converted to it. */
export const OVERVIEW_UNIT = '万元';

/**
 * Amounts are added in 分 (hundredths of a 元), as integers, so a district total never drifts
 * by floating-point noise: 1 万元 is 1,000,000 分, and every amount has two decimals at most.
 */
const FEN: Record<AmountUnit, number> = { 万元: 1_000_000, 元: 100 };
const toFen = (value: number, unit: AmountUnit) => Math.round(value * FEN[unit]);
const fenToWan = (fen: number) => round(fen / FEN['万元'], 6);

/** A department with the view model of each of its reports (as `src/data/views.ts` gives it). */
export interface DepartmentViews {
  id: string;
  org: Pick<Org, 'shortName' | 'demo'>;
  views: readonly ReportView[];
}

/** One department's report of the year, in 万元. */
export interface DepartmentYear {
  org: string;
  shortName: string;
  demo: boolean;
  year: number;
  /** The unit the report is published in; 元 figures are shown here converted to 万元. */
  unit: AmountUnit | undefined;
  /** 支出预算合计 in 万元: as the report states it, or the view's 本站合计 of its classes. */
  total: number | undefined;
  /** The total is the site's sum of the report's classes, not a figure the report states. */
  totalComputed: boolean;
  /** This department's share of the district total (本站计算), in percent. */
  share: number | undefined;
  score: number | undefined;
  grade: string | undefined;
  goals: GoalSummary;
  /** 公开要素: how many of the standard items the report discloses, of how many. */
  completeness: { stated: number; of: number; missing: string[] };
  /** Expenditure by function class, in 万元, in the report's order. */
  classes: { name: string; amount: number }[];
}

/** One function class across the district in one year (本站合计). */
export interface ClassTotal {
  name: string;
  /** Sum over departments, in 万元. */
  amount: number;
  /** Share of the district's sum over classes, in percent. */
  share: number;
  /** How many departments report spending in this class. */
  departments: number;
}

export interface YearOverview {
  year: number;
  /** Departments with a report this year, largest total first (those without one last). */
  departments: DepartmentYear[];
  /** Function classes, largest first. */
  classes: ClassTotal[];
  /** 本站合计: the sum of the departments' totals that are known, in 万元. */
  total: number;
  /** Departments registered on the site without a report this year. */
  missing: { org: string; shortName: string }[];
  /** Departments whose report is published in 元 and was converted. */
  converted: string[];
  /** Departments whose report states no expenditure total: left out of the sums. */
  noTotal: string[];
}

/** Every year at least one department has a report for, oldest first. */
export function overviewYears(departments: readonly DepartmentViews[]): number[] {
  return [...new Set(departments.flatMap((d) => d.views.map((v) => v.report.year)))].sort(
    (a, b) => a - b,
  );
}

/** The district in one year. */
export function yearOverview(departments: readonly DepartmentViews[], year: number): YearOverview {
  const rows: Omit<DepartmentYear, 'share'>[] = [];
  const totals = new Map<string, number>();
  const missing: YearOverview['missing'] = [];
  const classFen = new Map<string, { fen: number; departments: number }>();
  let totalFen = 0;
  for (const d of departments) {
    const view = d.views.find((v) => v.report.year === year);
    if (!view) {
      missing.push({ org: d.id, shortName: d.org.shortName });
      continue;
    }
    const { unit } = view;
    const classes = unit
      ? (view.expenditure?.rows ?? []).map((row) => {
          const fen = toFen(row.value, unit);
          const entry = classFen.get(row.label) ?? { fen: 0, departments: 0 };
          classFen.set(row.label, { fen: entry.fen + fen, departments: entry.departments + 1 });
          return { name: row.label, amount: fenToWan(fen) };
        })
      : [];
    const stated = view.expenditure?.total;
    const fen = unit && stated ? toFen(stated.value, unit) : undefined;
    if (fen !== undefined) {
      totalFen += fen;
      totals.set(d.id, fen);
    }
    rows.push({
      org: d.id,
      shortName: d.org.shortName,
      demo: d.org.demo,
      year,
      unit,
      total: fen === undefined ? undefined : fenToWan(fen),
      totalComputed: stated?.computed ?? false,
      score: view.evaluation?.score,
      grade: view.evaluation?.grade,
      goals: view.goals.summary,
      completeness: {
        stated: view.disclosure.filter((item) => item.stated).length,
        of: view.disclosure.length,
        missing: view.disclosure.filter((item) => !item.stated).map((item) => item.label),
      },
      classes,
    });
  }
  const classSum = [...classFen.values()].reduce((sum, c) => sum + c.fen, 0);
  const classes = [...classFen]
    .map(([name, c]) => ({
      name,
      amount: fenToWan(c.fen),
      share: classSum === 0 ? 0 : round((c.fen / classSum) * 100, 1),
      departments: c.departments,
    }))
    .sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name, 'zh-CN'));
  const withShares = rows
    .map((row) => {
      const fen = totals.get(row.org);
      return {
        ...row,
        share: fen === undefined || totalFen === 0 ? undefined : round((fen / totalFen) * 100, 1),
      };
    })
    .sort(
      (a, b) =>
        (b.total ?? -1) - (a.total ?? -1) || a.shortName.localeCompare(b.shortName, 'zh-CN'),
    );
  return {
    year,
    departments: withShares,
    classes,
    total: fenToWan(totalFen),
    missing,
    converted: rows.filter((r) => r.unit === '元').map((r) => r.shortName),
    noTotal: rows.filter((r) => r.total === undefined).map((r) => r.shortName),
  };
}

/** The district total by function class across every year (本站合计, 万元). */
export interface MultiYear {
  years: number[];
  /** Classes, largest over all years first; `amounts[i]` is years[i]'s sum, undefined if none. */
  classes: { name: string; amounts: (number | undefined)[] }[];
  /** The district total per year, and how many departments it adds up. */
  totals: { year: number; amount: number; departments: number }[];
}

export function multiYear(departments: readonly DepartmentViews[]): MultiYear {
  const years = overviewYears(departments);
  const perYear = years.map((year) => yearOverview(departments, year));
  const names = new Map<string, number>();
  for (const o of perYear)
    for (const c of o.classes) names.set(c.name, (names.get(c.name) ?? 0) + c.amount);
  const classes = [...names]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'))
    .map(([name]) => ({
      name,
      amounts: perYear.map((o) => o.classes.find((c) => c.name === name)?.amount),
    }));
  return {
    years,
    classes,
    totals: perYear.map((o) => ({
      year: o.year,
      amount: o.total,
      departments: o.departments.length,
    })),
  };
}

/** A table as the overview publishes it: CSV for spreadsheets, JSON for programs. */
export interface DataTable {
  /** File name without extension, e.g. `departments`. */
  id: string;
  title: string;
  /** What a reader of the file must know, e.g. the unit and the conversion of 元 reports. */
  note: string;
  columns: { key: string; label: string }[];
  rows: Record<string, string | number | null>[];
}

const UNIT_NOTE =
  '金额单位：万元；以元为单位发布的报告已按 1 万元 = 10000 元折算。合计与占比为本站计算。';

/** The tables of one year's overview, each downloadable as CSV and JSON. */
export function yearTables(o: YearOverview): DataTable[] {
  return [
    {
      id: 'classes',
      title: `${o.year}年度全区支出预算（按功能分类，本站合计）`,
      note: UNIT_NOTE,
      columns: [
        { key: 'name', label: '支出功能分类' },
        { key: 'amount', label: '金额（万元，本站合计）' },
        { key: 'share', label: '占比（%，本站计算）' },
        { key: 'departments', label: '涉及部门数' },
      ],
      rows: o.classes.map((c) => ({ ...c })),
    },
    {
      id: 'departments',
      title: `${o.year}年度各部门支出预算与自评结果`,
      note: `${UNIT_NOTE}按支出预算合计从大到小排列。`,
      columns: [
        { key: 'org', label: '部门标识' },
        { key: 'department', label: '部门' },
        { key: 'total', label: '支出预算合计（万元）' },
        { key: 'share', label: '占全区合计（%，本站计算）' },
        { key: 'unit', label: '报告金额单位' },
        { key: 'totalComputed', label: '合计为本站计算' },
        { key: 'score', label: '自评得分' },
        { key: 'grade', label: '自评结论' },
        { key: 'disclosed', label: '公开要素（已公开项数）' },
        { key: 'disclosureItems', label: '公开要素（总项数）' },
      ],
      rows: o.departments.map((d) => ({
        org: d.org,
        department: d.shortName,
        total: d.total ?? null,
        share: d.share ?? null,
        unit: d.unit ?? null,
        totalComputed: d.total === undefined ? null : d.totalComputed ? '是' : '否',
        score: d.score ?? null,
        grade: d.grade ?? null,
        disclosed: d.completeness.stated,
        disclosureItems: d.completeness.of,
      })),
    },
    {
      id: 'goals',
      title: `${o.year}年度各部门绩效目标完成情况`,
      note: '按指标个数统计；“未说明完成值”指报告给出目标、但未说明实际完成值的定量指标。',
      columns: [
        { key: 'org', label: '部门标识' },
        { key: 'department', label: '部门' },
        { key: 'total', label: '指标总数' },
        { key: 'met', label: '已达成' },
        { key: 'notMet', label: '未达成' },
        { key: 'qualitative', label: '定性目标' },
        { key: 'notStated', label: '未说明完成值' },
        { key: 'notJudged', label: '有完成值但无法判断' },
        { key: 'estimated', label: '其中按预计值判断' },
      ],
      rows: o.departments.map((d) => ({
        org: d.org,
        department: d.shortName,
        total: d.goals.total,
        met: d.goals.met,
        notMet: d.goals.notMet,
        qualitative: d.goals.qualitative,
        notStated: d.goals.notStated,
        notJudged: d.goals.notJudged,
        estimated: d.goals.estimated,
      })),
    },
  ];
}

/** The multi-year table: one row per function class, one column per year. */
export function multiYearTable(m: MultiYear): DataTable {
  return {
    id: 'classes',
    title: '全区支出预算按功能分类（各年度，本站合计）',
    note: `${UNIT_NOTE}某年度没有部门列出的功能分类为空。`,
    columns: [
      { key: 'name', label: '支出功能分类' },
      ...m.years.map((y) => ({ key: String(y), label: `${y}年度（万元）` })),
    ],
    rows: [
      ...m.classes.map((c) => ({
        name: c.name,
        ...Object.fromEntries(m.years.map((y, i) => [String(y), c.amounts[i] ?? null])),
      })),
      {
        name: '合计（本站合计）',
        ...Object.fromEntries(m.totals.map((t) => [String(t.year), t.amount])),
      },
    ],
  };
}

/** A table as CSV: labelled columns, empty cells where a value is not stated. */
export function tableCsv(table: DataTable): string {
  return toCsv(
    table.columns.map((c) => c.label),
    table.rows.map((row) => table.columns.map((c) => row[c.key] ?? undefined)),
  );
}

/** A table as JSON: title, note, columns and rows keyed by column, `null` where not stated. */
export function tableJson(table: DataTable): string {
  const { title, note, columns, rows } = table;
  return `${JSON.stringify({ title, note, columns, rows }, null, 2)}\n`;
}

/** Every downloadable table of the district view, with its year ('all' for every year). */
export function overviewTables(
  departments: readonly DepartmentViews[],
): { year: number | 'all'; table: DataTable }[] {
  return [
    { year: 'all', table: multiYearTable(multiYear(departments)) },
    ...overviewYears(departments).flatMap((year) =>
      yearTables(yearOverview(departments, year)).map((table) => ({ year, table })),
    ),
  ];
}

/** The 演示数据 notice of a page that mixes demo and real departments, or false if none is demo. */
export function demoNotice(
  departments: readonly { org: { demo: boolean; shortName: string } }[],
): string | false {
  const demo = departments.filter((d) => d.org.demo).map((d) => d.org.shortName);
  if (demo.length === 0) return false;
  return `本页包含演示部门（${demo.join('、')}），这些部门及其数字均为虚构，仅用于展示本站功能；其合计也因此不代表任何真实地区。`;
}
