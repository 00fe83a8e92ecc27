// The district view: every department's report of one year side by side, and the district's
// spending by function class across years. Every per-report figure comes from the report's view
// model (`reportView`: totals, class rows, score, goal summary, 公开要素); this module only
// converts to one unit and adds up, and every sum it makes is labelled 本站合计.

import type { Org } from '../schemas/org.ts';
import type { AmountUnit } from '../schemas/report.ts';
import { toCsv } from './csv.ts';
import type { GoalSummary } from './goals.ts';
import { type RegionGroup, regionGroups } from './regions.ts';
import { round } from './sums.ts';
import type { ReportView } from './view/index.ts';

/** The row for spending a report states in its total but not by function class. */
export const UNLISTED_CLASS = '未列明功能分类';

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
  org: Pick<Org, 'shortName' | 'demo' | 'region'>;
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
  /** Undefined when the report states no goals at all (报告未说明, never zeros). */
  goals: GoalSummary | undefined;
  /** 公开要素: how many of the standard items the report discloses, of how many. */
  completeness: { stated: number; of: number; missing: string[] };
  /**
   * Expenditure by function class, in 万元, in the report's order. A total without classes, and
   * the part of a total its classes leave out, are one row 未列明功能分类, so the classes of every
   * department add up to its total.
   */
  classes: { name: string; amount: number }[];
  /** 三公经费合计 in 万元, as the report states it (or the site's sum of its three items). */
  threePublic: ThreePublicTotal | undefined;
  /** 预算执行 in 万元, where the report states it. */
  execution: ExecutionRow | undefined;
}

/** One department's 三公经费 in one year, in 万元. */
export interface ThreePublicTotal {
  budget: number | undefined;
  actual: number | undefined;
  /** actual − budget, where both are known. */
  change: number | undefined;
  /** The site added the three items; the report states no 三公经费合计. */
  computed: boolean;
}

/** One department's budget execution in one year, in 万元. */
export interface ExecutionRow {
  /** 全年预算数, or 年初预算数 where that is all the report states. */
  budget: number | undefined;
  budgetLabel: '全年预算数' | '年初预算数' | undefined;
  actual: number | undefined;
  /** 执行率 in percent: as printed, otherwise the site's 执行数 ÷ 预算数. */
  rate: number | undefined;
  rateComputed: boolean;
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
  /** The group of departments this overview adds up (one region, real or demo). */
  group: Pick<RegionGroup<unknown>, 'id' | 'kind' | 'region' | 'title'>;
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
  /** 三公经费 over the departments that state both budget and actual (本站合计). */
  threePublic: { budget: number; actual: number; change: number; departments: number } | undefined;
  /** 预算执行 over the departments that state both budget and actual (本站合计). */
  execution:
    | { budget: number; actual: number; rate: number | undefined; departments: number }
    | undefined;
}

/** Every year at least one department has a report for, oldest first. */
export function overviewYears(departments: readonly DepartmentViews[]): number[] {
  return [...new Set(departments.flatMap((d) => d.views.map((v) => v.report.year)))].sort(
    (a, b) => a - b,
  );
}

const MAIN_GROUP: YearOverview['group'] = { id: 'main', kind: 'main', region: '', title: '' };

/**
 * One group of departments in one year: the one function that computes every total of the
 * overview. Each department's classes (with 未列明功能分类 for what they leave out) add up to its
 * total, so the sentence, the class table, the department table, the charts and the downloads
 * all read the same sums.
 */
export function yearOverview(
  departments: readonly DepartmentViews[],
  year: number,
  group: YearOverview['group'] = MAIN_GROUP,
): YearOverview {
  const rows: Omit<DepartmentYear, 'share'>[] = [];
  const totals = new Map<string, number>();
  const missing: YearOverview['missing'] = [];
  const classFen = new Map<string, { fen: number; departments: number }>();
  const addClass = (name: string, fen: number) => {
    const entry = classFen.get(name) ?? { fen: 0, departments: 0 };
    classFen.set(name, { fen: entry.fen + fen, departments: entry.departments + 1 });
  };
  let totalFen = 0;
  const three = { budget: 0, actual: 0, departments: 0 };
  const exec = { budget: 0, actual: 0, departments: 0 };
  for (const d of departments) {
    const view = d.views.find((v) => v.report.year === year);
    if (!view) {
      missing.push({ org: d.id, shortName: d.org.shortName });
      continue;
    }
    const { unit } = view;
    const fenOf = (value: number | undefined) =>
      unit && value !== undefined ? toFen(value, unit) : undefined;
    // Named classes; the view's computed remainder (其他（报告未列明）) joins 未列明功能分类.
    const named = new Map<string, number>();
    for (const row of unit ? (view.expenditure?.rows ?? []) : []) {
      const name = row.computed ? UNLISTED_CLASS : row.label;
      named.set(name, (named.get(name) ?? 0) + toFen(row.value, unit as AmountUnit));
    }
    const listedFen = [...named.values()].reduce((sum, fen) => sum + fen, 0);
    const stated = view.expenditure?.total;
    const fen = fenOf(stated?.value) ?? (named.size > 0 ? listedFen : undefined);
    if (fen !== undefined && fen !== listedFen)
      named.set(UNLISTED_CLASS, (named.get(UNLISTED_CLASS) ?? 0) + fen - listedFen);
    for (const [name, amount] of named) addClass(name, amount);
    if (fen !== undefined) {
      totalFen += fen;
      totals.set(d.id, fen);
    }
    const threePublic = threePublicOf(view);
    if (threePublic?.budget !== undefined && threePublic.actual !== undefined && unit) {
      three.budget += toFen(threePublic.budget, unit);
      three.actual += toFen(threePublic.actual, unit);
      three.departments += 1;
    }
    const execution = executionOf(view);
    if (execution?.budget !== undefined && execution.actual !== undefined && unit) {
      exec.budget += toFen(execution.budget, unit);
      exec.actual += toFen(execution.actual, unit);
      exec.departments += 1;
    }
    const wan = (value: number | undefined) =>
      unit && value !== undefined ? fenToWan(toFen(value, unit)) : undefined;
    rows.push({
      org: d.id,
      shortName: d.org.shortName,
      demo: d.org.demo,
      year,
      unit,
      total: fen === undefined ? undefined : fenToWan(fen),
      totalComputed: fen !== undefined && (stated?.computed ?? true),
      score: view.evaluation?.score,
      grade: view.evaluation?.grade,
      goals:
        view.goals.summary.total === 0 && view.goals.summary.tasks === 0
          ? undefined
          : view.goals.summary,
      completeness: {
        stated: view.disclosure.filter((item) => item.stated).length,
        of: view.disclosure.length,
        // Only what the report truly leaves out; an item the site could not recognise is not an
        // accusation (本站未能识别 on the report's own panel).
        missing: view.disclosure
          .filter((item) => item.status === 'not-stated')
          .map((item) => item.label),
      },
      classes: [...named].map(([name, amount]) => ({ name, amount: fenToWan(amount) })),
      threePublic: threePublic && {
        budget: wan(threePublic.budget),
        actual: wan(threePublic.actual),
        change: wan(threePublic.change),
        computed: threePublic.computed,
      },
      execution: execution && {
        ...execution,
        budget: wan(execution.budget),
        actual: wan(execution.actual),
      },
    });
  }
  const classes = [...classFen]
    .map(([name, c]) => ({
      name,
      amount: fenToWan(c.fen),
      share: totalFen === 0 ? 0 : round((c.fen / totalFen) * 100, 1),
      departments: c.departments,
    }))
    // 未列明功能分类 is not a class: it goes last, whatever its size.
    .sort(
      (a, b) =>
        Number(a.name === UNLISTED_CLASS) - Number(b.name === UNLISTED_CLASS) ||
        b.amount - a.amount ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
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
    group,
    departments: withShares,
    classes,
    total: fenToWan(totalFen),
    missing,
    converted: rows.filter((r) => r.unit === '元').map((r) => r.shortName),
    noTotal: rows.filter((r) => r.total === undefined).map((r) => r.shortName),
    threePublic:
      three.departments === 0
        ? undefined
        : {
            budget: fenToWan(three.budget),
            actual: fenToWan(three.actual),
            change: fenToWan(three.actual - three.budget),
            departments: three.departments,
          },
    execution:
      exec.departments === 0
        ? undefined
        : {
            budget: fenToWan(exec.budget),
            actual: fenToWan(exec.actual),
            rate: exec.budget === 0 ? undefined : round((exec.actual / exec.budget) * 100, 2),
            departments: exec.departments,
          },
  };
}

/**
 * A report's 三公经费合计 in its own unit: as stated, otherwise the sum of its three items when
 * the report states all three (a sum of some would read as the whole).
 */
function threePublicOf(view: ReportView): ThreePublicTotal | undefined {
  const rows = view.threePublic;
  if (!rows) return undefined;
  const stated = rows.find((r) => r.label === '三公经费合计');
  if (stated)
    return {
      budget: stated.budget,
      actual: stated.actual,
      change: stated.diff,
      computed: false,
    };
  const items = rows.filter((r) => !r.sub);
  if (items.length !== 3) return undefined;
  const add = (key: 'budget' | 'actual') =>
    items.every((r) => r[key] !== undefined)
      ? round(
          items.reduce((sum, r) => sum + (r[key] ?? 0), 0),
          2,
        )
      : undefined;
  const budget = add('budget');
  const actual = add('actual');
  if (budget === undefined && actual === undefined) return undefined;
  return {
    budget,
    actual,
    change: budget !== undefined && actual !== undefined ? round(actual - budget, 2) : undefined,
    computed: true,
  };
}

/** A report's 预算执行 in its own unit, where it states a budget, an actual or a rate. */
function executionOf(view: ReportView): ExecutionRow | undefined {
  const e = view.execution;
  if (!e) return undefined;
  const value = (label: string) => e.rows.find((r) => r.label === label)?.value;
  const budget = e.baseLabel ? value(e.baseLabel) : undefined;
  const actual = value('全年执行数');
  const rate = e.statedRate ?? e.rate;
  if (budget === undefined && actual === undefined && rate === undefined) return undefined;
  return {
    budget,
    budgetLabel: e.baseLabel as ExecutionRow['budgetLabel'],
    actual,
    rate,
    rateComputed: e.statedRate === undefined && e.rate !== undefined,
  };
}

/** The groups of one year that hold at least one department, each with its own overview. */
export function yearGroups(
  departments: readonly DepartmentViews[],
  year: number,
  region: string | undefined,
): YearOverview[] {
  return regionGroups(departments, region)
    .filter(
      (g) =>
        g.kind === 'main' || g.members.some((d) => d.views.some((v) => v.report.year === year)),
    )
    .map((g) => yearOverview(g.members, year, groupOf(g)));
}

const groupOf = (g: RegionGroup<unknown>): YearOverview['group'] => ({
  id: g.id,
  kind: g.kind,
  region: g.region,
  title: g.title,
});

/** The district total by function class across every year (本站合计, 万元). */
export interface MultiYear {
  group: YearOverview['group'];
  years: number[];
  /** Classes, largest over all years first; `amounts[i]` is years[i]'s sum, undefined if none. */
  classes: { name: string; amounts: (number | undefined)[] }[];
  /** The district total per year, and how many departments it adds up. */
  totals: { year: number; amount: number; departments: number }[];
}

export function multiYear(
  departments: readonly DepartmentViews[],
  group: YearOverview['group'] = MAIN_GROUP,
): MultiYear {
  const years = overviewYears(departments);
  const perYear = years.map((year) => yearOverview(departments, year, group));
  const names = new Map<string, number>();
  for (const o of perYear)
    for (const c of o.classes) names.set(c.name, (names.get(c.name) ?? 0) + c.amount);
  const classes = [...names]
    .sort(
      (a, b) =>
        Number(a[0] === UNLISTED_CLASS) - Number(b[0] === UNLISTED_CLASS) ||
        b[1] - a[1] ||
        a[0].localeCompare(b[0], 'zh-CN'),
    )
    .map(([name]) => ({
      name,
      amounts: perYear.map((o) => o.classes.find((c) => c.name === name)?.amount),
    }));
  return {
    group,
    years,
    classes,
    totals: perYear.map((o) => ({
      year: o.year,
      amount: o.total,
      departments: o.departments.length,
    })),
  };
}

/** Every group's years across the site, the site's own region first. */
export function multiYearGroups(
  departments: readonly DepartmentViews[],
  region: string | undefined,
): MultiYear[] {
  return regionGroups(departments, region).map((g) => multiYear(g.members, groupOf(g)));
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
  '金额单位：万元；以元为单位发布的报告已按 1 万元 = 10000 元折算，保留原有精度。合计与占比为本站计算。';

/** The file name of a group's table: the site's own region keeps the plain name. */
export function tableId(table: string, group: Pick<YearOverview['group'], 'id'>): string {
  return group.id === 'main' ? table : `${table}-${group.id}`;
}

/** What the title says of the group, so a downloaded file names what it adds up. */
function scope(group: YearOverview['group']): string {
  if (group.kind === 'main') return group.region ? `${group.region}` : '全区';
  return group.title;
}

function groupNote(group: YearOverview['group']): string {
  if (group.kind === 'demo') return '演示部门及其数字均为虚构，仅用于展示本站功能，单独合计。';
  if (group.kind === 'region')
    return '本表部门不属于本站所属地区，单独合计，不计入本站所属地区的合计。';
  return '';
}

/** The tables of one year's overview, each downloadable as CSV and JSON. */
export function yearTables(o: YearOverview): DataTable[] {
  const id = (table: string) => tableId(table, o.group);
  const where = scope(o.group);
  const note = `${UNIT_NOTE}${groupNote(o.group)}`;
  const withTotal = o.departments.filter((d) => d.total !== undefined);
  const classNames = o.classes.map((c) => c.name);
  return [
    {
      id: id('classes'),
      title: `${o.year}年度${where}支出预算（按功能分类，本站合计）`,
      note: `${note}“${UNLISTED_CLASS}”是报告写明合计、但未按功能分类列明（或未全部列明）的部分。`,
      columns: [
        { key: 'name', label: '支出功能分类' },
        { key: 'amount', label: '金额（万元，本站合计）' },
        { key: 'share', label: '占比（%，本站计算）' },
        { key: 'departments', label: '涉及部门数' },
      ],
      rows: [
        ...o.classes.map((c) => ({ ...c })),
        {
          name: '合计（本站合计）',
          amount: o.total,
          share: o.total === 0 ? null : 100,
          departments: withTotal.length,
        },
      ],
    },
    {
      id: id('departments'),
      title: `${o.year}年度${where}各部门支出预算与自评结果`,
      note: `${note}按支出预算合计从大到小排列；空白为报告未说明。`,
      columns: [
        { key: 'org', label: '部门标识' },
        { key: 'department', label: '部门' },
        { key: 'total', label: '支出预算合计（万元）' },
        { key: 'share', label: '占合计（%，本站计算）' },
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
      id: id('goals'),
      title: `${o.year}年度${where}各部门绩效目标完成情况`,
      note: '按指标个数统计；“未说明完成值”指报告给出目标、但未说明实际完成值的定量指标。报告未说明绩效目标的部门各列为空。',
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
        total: d.goals?.total ?? null,
        met: d.goals?.met ?? null,
        notMet: d.goals?.notMet ?? null,
        qualitative: d.goals?.qualitative ?? null,
        notStated: d.goals?.notStated ?? null,
        notJudged: d.goals?.notJudged ?? null,
        estimated: d.goals?.estimated ?? null,
      })),
    },
    {
      id: id('matrix'),
      title: `${o.year}年度${where}各部门支出预算按功能分类（万元）`,
      note: `${note}空白为该部门报告未列出这一分类。“${UNLISTED_CLASS}”是报告写明合计、但未按功能分类列明的部分。`,
      columns: [
        { key: 'org', label: '部门标识' },
        { key: 'department', label: '部门' },
        ...classNames.map((name, i) => ({ key: `c${i + 1}`, label: `${name}（万元）` })),
        { key: 'total', label: '合计（万元）' },
      ],
      rows: [
        ...withTotal.map((d) => ({
          org: d.org,
          department: d.shortName,
          ...Object.fromEntries(
            classNames.map((name, i) => [
              `c${i + 1}`,
              d.classes.find((c) => c.name === name)?.amount ?? null,
            ]),
          ),
          total: d.total ?? null,
        })),
        {
          org: null,
          department: '合计（本站合计）',
          ...Object.fromEntries(o.classes.map((c, i) => [`c${i + 1}`, c.amount])),
          total: o.total,
        },
      ],
    },
    {
      id: id('three-public'),
      title: `${o.year}年度${where}各部门“三公经费”（万元）`,
      note: `${note}“合计为本站计算”指报告未写三公经费合计、由本站把三项相加。空白为报告未说明；报告未说明三公经费的部门不列出。`,
      columns: [
        { key: 'org', label: '部门标识' },
        { key: 'department', label: '部门' },
        { key: 'budget', label: '预算数（万元）' },
        { key: 'actual', label: '实际支出（万元）' },
        { key: 'change', label: '实际比预算增减（万元）' },
        { key: 'computed', label: '合计为本站计算' },
      ],
      rows: [
        ...o.departments
          .filter((d) => d.threePublic)
          .map((d) => ({
            org: d.org,
            department: d.shortName,
            budget: d.threePublic?.budget ?? null,
            actual: d.threePublic?.actual ?? null,
            change: d.threePublic?.change ?? null,
            computed: d.threePublic?.computed ? '是' : '否',
          })),
        ...(o.threePublic
          ? [
              {
                org: null,
                department: `合计（本站合计，${o.threePublic.departments} 个部门）`,
                budget: o.threePublic.budget,
                actual: o.threePublic.actual,
                change: o.threePublic.change,
                computed: '是',
              },
            ]
          : []),
      ],
    },
    {
      id: id('execution'),
      title: `${o.year}年度${where}各部门预算执行情况（万元）`,
      note: `${note}预算数为全年预算数，报告只写年初预算数的注明。执行率以报告所列为准，报告未列的由本站按执行数 ÷ 预算数计算。报告未说明预算执行的部门不列出。`,
      columns: [
        { key: 'org', label: '部门标识' },
        { key: 'department', label: '部门' },
        { key: 'budgetLabel', label: '预算口径' },
        { key: 'budget', label: '全年预算（万元）' },
        { key: 'actual', label: '执行数（万元）' },
        { key: 'rate', label: '执行率（%）' },
        { key: 'rateComputed', label: '执行率为本站计算' },
      ],
      rows: [
        ...o.departments
          .filter((d) => d.execution)
          .map((d) => ({
            org: d.org,
            department: d.shortName,
            budgetLabel: d.execution?.budgetLabel ?? null,
            budget: d.execution?.budget ?? null,
            actual: d.execution?.actual ?? null,
            rate: d.execution?.rate ?? null,
            rateComputed:
              d.execution?.rate === undefined ? null : d.execution.rateComputed ? '是' : '否',
          })),
        ...(o.execution
          ? [
              {
                org: null,
                department: `合计（本站合计，${o.execution.departments} 个部门）`,
                budgetLabel: null,
                budget: o.execution.budget,
                actual: o.execution.actual,
                rate: o.execution.rate ?? null,
                rateComputed: '是',
              },
            ]
          : []),
      ],
    },
  ];
}

/** The multi-year table: one row per function class, one column per year. */
export function multiYearTable(m: MultiYear): DataTable {
  return {
    id: tableId('classes', m.group),
    title: `${scope(m.group)}支出预算按功能分类（各年度，本站合计）`,
    note: `${UNIT_NOTE}${groupNote(m.group)}某年度没有部门列出的功能分类为空。`,
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
  region?: string,
): { year: number | 'all'; table: DataTable }[] {
  return [
    ...multiYearGroups(departments, region)
      .filter((m) => m.years.length > 0)
      .map((m) => ({
        year: 'all' as const,
        table: multiYearTable(m),
      })),
    ...overviewYears(departments).flatMap((year) =>
      yearGroups(departments, year, region)
        .filter((o) => o.departments.length > 0)
        // A table no department's report gives a row for is not published: an empty list would
        // stand for nothing, and the page says in words that no report states it.
        .flatMap((o) =>
          yearTables(o)
            .filter((table) => table.rows.length > 0)
            .map((table) => ({ year, table })),
        ),
    ),
  ];
}

/** The 演示数据 notice of a page that mixes demo and real departments, or false if none is demo. */
export function demoNotice(
  departments: readonly { org: { demo: boolean; shortName: string } }[],
): string | false {
  const demo = departments.filter((d) => d.org.demo).map((d) => d.org.shortName);
  if (demo.length === 0) return false;
  return `本页包含演示部门（${demo.join('、')}），这些部门及其数字均为虚构，仅用于展示本站功能；它们单独列出、单独合计，不与真实部门相加。`;
}
