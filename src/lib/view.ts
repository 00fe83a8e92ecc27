/**
 * The view model: everything derived from a report, worked out once. The report page, its JSON
 * and CSV, the department's trends and comparisons, the home page and the search text all read
 * `reportView`, so a rule (which figure "last year" is based on, shares, statuses, 公开要素 …)
 * lives in one place and the outputs cannot disagree.
 */
import { type BudgetActual, incomeSourcesSchema } from '../schemas/budget.ts';
import {
  type Derived,
  type DisclosureItem,
  derivedSchema,
  type PreviousYear,
} from '../schemas/data.ts';
import type { Grade } from '../schemas/evaluation.ts';
import type { GoalStatus, Indicator, Task } from '../schemas/goals.ts';
import type { BodyCues, Outline } from '../schemas/outline.ts';
import type { AmountUnit, Report } from '../schemas/report.ts';
import type { StaffingUnit } from '../schemas/staffing.ts';
import { changeRate, executionRate, previousAmount, shares, statedBase } from './budget.ts';
import { toCsv } from './csv.ts';
import { DISCLOSURE_WORDS, disclosureItems } from './disclosure.ts';
import { cuesOf } from './disclosure-cues.ts';
import { finalAccountsView } from './final-accounts.ts';
import { formatAmountNumber, formatQuantity } from './format.ts';
import {
  achievementRatio,
  comparatorSymbol,
  type GoalSummary,
  goalHeadline,
  goalStatus,
  summarizeGoals,
} from './goals.ts';
import { type BodyHeading, headingsOf, parseBody } from './headings.ts';
import { round } from './sums.ts';

/** The words every page uses for an item the report does not state. */
export const NOT_STATED = '报告未说明';

/** Beside a quantitative target whose unit the report does not print. */
export const NO_UNIT = '报告未说明计量单位';

/** One figure as the pages show it, with the frontmatter path it comes from (for the tests). */
export interface FigureRow {
  label: string;
  value: number;
  /** Frontmatter path of the value, e.g. `expenditure.classes[0].amount`; absent when computed. */
  path?: string;
  /** Worked out by the site (a remainder, a sum), never stated by the report: labelled so. */
  computed?: boolean;
  /** Share of the total in percent, one decimal, where there is a total. */
  share?: number;
}

/** A total as stated, or, where the report states none, the site's sum labelled 本站合计. */
export interface Total {
  value: number;
  path?: string;
  computed: boolean;
}

export interface IncomeView {
  rows: FigureRow[];
  total: Total | undefined;
  /** The income change as stated. */
  change?: NonNullable<NonNullable<Report['income']>['change']>;
}

export interface ExpenditureView {
  /** Named classes, then the computed 其他（报告未列明） remainder where there is one. */
  rows: FigureRow[];
  total: Total | undefined;
  split: FigureRow[];
}

/** This year against the previous one, as far as the report states it. */
export interface YearOnYear {
  previous: PreviousYear;
  /** Previous (derived) and current totals, for the paired chart. */
  totals: { label: string; previous: number; current: number; path: string }[];
  /** Stated changes: total, 基本支出, 项目支出. */
  changes: FigureRow[];
  reason?: string;
}

export interface ExecutionView {
  rows: FigureRow[];
  /** Computed 全年执行数 ÷ budget, two decimals. */
  rate?: number;
  /** The 执行率 the report prints. */
  statedRate?: number;
  /** What the rate is measured against. */
  baseLabel?: string;
  /** Both a budget and an actual: a budget-vs-actual chart is worth drawing. */
  comparable: boolean;
}

export interface ThreePublicRow {
  label: string;
  /** Indented under 公务用车购置及运行费. */
  sub: boolean;
  budget?: number;
  actual?: number;
  /** actual − budget, where both are stated. */
  diff?: number;
  path: string;
}

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

export interface IndicatorView {
  indicator: Indicator;
  /** Frontmatter path of the indicator. */
  path: string;
  status: GoalStatus;
  statusText: string;
  targetText: string;
  actualText: string;
  ratio?: number;
}

export interface GoalAreaView {
  area: string;
  indicators: IndicatorView[];
  tasks: Task[];
}

export interface GoalsView {
  areas: GoalAreaView[];
  summary: GoalSummary;
  /** “5 项达成 · 7 项未说明完成值”; undefined when nothing is measurable. */
  headline: string | undefined;
  /** The 当年 figure in words for the overview card, counting what is not stated. */
  sentence: string;
}

export interface CsvTable {
  name: string;
  title: string;
  csv: string;
}

export interface ReportView {
  report: Report;
  unit: AmountUnit | undefined;
  income: IncomeView | undefined;
  expenditure: ExpenditureView | undefined;
  yearOnYear: YearOnYear | undefined;
  execution: ExecutionView | undefined;
  threePublic: ThreePublicRow[] | undefined;
  staffing: StaffingView | undefined;
  goals: GoalsView;
  evaluation:
    | {
        score?: number;
        grade?: Grade;
        indicators: NonNullable<NonNullable<Report['evaluation']>['indicators']>;
      }
    | undefined;
  disclosure: DisclosureItem[];
  headings: BodyHeading[];
  csv: CsvTable[];
  /** The data sections in words, for search. */
  searchText: { id: string; title: string; text: string }[];
  derived: Derived;
}

type SourceKey = keyof typeof incomeSourcesSchema.shape;

/**
 * Works out everything a report's outputs show. The body (or its headings, already worked out
 * from it) gives the 公开要素 their text headings and the page its table of contents.
 */
export function reportView(
  report: Report,
  body: string | readonly BodyHeading[] | Outline = '',
): ReportView {
  const outline = outlineOfBody(body);
  const headings = outline.headings;
  const income = incomeView(report);
  const expenditure = expenditureView(report);
  const yearOnYear = yearOnYearView(report);
  const execution = executionView(report);
  const threePublic = threePublicView(report);
  const staffing = staffingView(report.staffing);
  const goals = goalsView(report);
  const evaluation =
    report.evaluation &&
    (report.evaluation.score !== undefined ||
      report.evaluation.grade !== undefined ||
      report.evaluation.indicators)
      ? {
          ...(report.evaluation.score === undefined ? {} : { score: report.evaluation.score }),
          ...(report.evaluation.grade === undefined ? {} : { grade: report.evaluation.grade }),
          indicators: report.evaluation.indicators ?? [],
        }
      : undefined;
  const disclosure = disclosureOf(report, headings, outline.cues);
  const view: Omit<ReportView, 'csv' | 'searchText' | 'derived'> = {
    report,
    unit: report.unit,
    income,
    expenditure,
    yearOnYear,
    execution,
    threePublic,
    staffing,
    goals,
    evaluation,
    disclosure,
    headings,
  };
  return {
    ...view,
    csv: csvTables(view),
    searchText: searchText(view),
    // The published derived values are checked against their schema, so JSON and schema agree.
    derived: derivedSchema.parse(derivedOf(view)),
  };
}

function incomeView(report: Report): IncomeView | undefined {
  const income = report.income;
  if (!income) return undefined;
  const shape = incomeSourcesSchema.shape;
  const rows = (Object.keys(shape) as SourceKey[]).flatMap((key): FigureRow[] => {
    const value = income.sources?.[key];
    if (value === undefined) return [];
    const label = String(shape[key].meta()?.['title'] ?? key);
    return [{ label, value, path: `income.sources.${key}` }];
  });
  const total: Total | undefined =
    income.total !== undefined
      ? { value: income.total, path: 'income.total', computed: false }
      : rows.length > 1
        ? { value: round(sum(rows.map((r) => r.value)), 2), computed: true }
        : undefined;
  return { rows, total, ...(income.change ? { change: income.change } : {}) };
}

function expenditureView(report: Report): ExpenditureView | undefined {
  const e = report.expenditure;
  if (!e) return undefined;
  const classes = e.classes ?? [];
  const named = classes.map(
    (c, i): FigureRow => ({
      label: c.name,
      value: c.amount,
      path: `expenditure.classes[${i}].amount`,
    }),
  );
  const listed = round(sum(named.map((r) => r.value)), 2);
  const remainder =
    e.classesPartial && e.total !== undefined && round(e.total - listed, 2) > 0
      ? [{ label: '其他（报告未列明）', value: round(e.total - listed, 2), computed: true }]
      : [];
  const total: Total | undefined =
    e.total !== undefined
      ? { value: e.total, path: 'expenditure.total', computed: false }
      : named.length > 1
        ? { value: listed, computed: true }
        : undefined;
  const rows = [...named, ...remainder];
  const parts = total
    ? shares(
        rows.map((r) => r.value),
        total.value,
      )
    : [];
  const split: FigureRow[] = [];
  if (e.split?.basic !== undefined)
    split.push({ label: '基本支出', value: e.split.basic, path: 'expenditure.split.basic' });
  if (e.split?.project !== undefined)
    split.push({ label: '项目支出', value: e.split.project, path: 'expenditure.split.project' });
  const splitBase = total?.value;
  return {
    rows: rows.map((r, i) => (total ? { ...r, share: parts[i] ?? 0 } : r)),
    total,
    split: split.map((r) => {
      const stated = r.label === '基本支出' ? e.split?.basicPercent : e.split?.projectPercent;
      return stated !== undefined
        ? { ...r, share: stated }
        : splitBase
          ? { ...r, share: round((r.value / splitBase) * 100, 2) }
          : r;
    }),
  };
}

/**
 * Which figure "last year" is based on, the one rule: the expenditure change against the
 * expenditure total, otherwise the income change against the income total.
 */
export function previousYearOf(report: Report): PreviousYear | undefined {
  const e = report.expenditure;
  const i = report.income;
  const basis =
    e?.change && e.total !== undefined
      ? { basis: 'expenditure' as const, total: e.total, change: e.change.amount }
      : i?.change && i.total !== undefined
        ? { basis: 'income' as const, total: i.total, change: i.change.amount }
        : undefined;
  if (!basis) return undefined;
  const rate = changeRate(basis.total, basis.change);
  return {
    year: report.year - 1,
    basis: basis.basis,
    total: previousAmount(basis.total, basis.change),
    change: basis.change,
    ...(rate === undefined ? {} : { changeRatePercent: rate }),
  };
}

function yearOnYearView(report: Report): YearOnYear | undefined {
  const previous = previousYearOf(report);
  if (!previous) return undefined;
  const spending = previous.basis === 'expenditure' ? report.expenditure?.change : undefined;
  const changes: FigureRow[] = [
    {
      label: spending ? '支出合计' : '收入合计',
      value: previous.change,
      path: `${previous.basis}.change.amount`,
    },
  ];
  if (spending?.basic !== undefined)
    changes.push({ label: '基本支出', value: spending.basic, path: 'expenditure.change.basic' });
  if (spending?.project !== undefined)
    changes.push({
      label: '项目支出',
      value: spending.project,
      path: 'expenditure.change.project',
    });
  const reason = spending ? spending.reason : report.income?.change?.reason;
  return {
    previous,
    totals: [
      {
        label: spending ? '支出预算合计' : '收入预算合计',
        previous: previous.total,
        current: round(previous.total + previous.change, 2),
        path: `${previous.basis}.total`,
      },
    ],
    changes,
    ...(reason ? { reason } : {}),
  };
}

const EXECUTION_LABELS = {
  carryover: '上年结转',
  initial: '年初预算数',
  supplement: '追加（调整）预算',
  adjusted: '全年预算数',
  actual: '全年执行数',
} as const;

function executionView(report: Report): ExecutionView | undefined {
  const execution = report.expenditure?.execution;
  if (!execution) return undefined;
  const rows = (Object.keys(EXECUTION_LABELS) as (keyof typeof EXECUTION_LABELS)[]).flatMap(
    (key): FigureRow[] => {
      const value = execution[key];
      return value === undefined
        ? []
        : [{ label: EXECUTION_LABELS[key], value, path: `expenditure.execution.${key}` }];
    },
  );
  const rate = executionRate(execution);
  const base = statedBase(execution);
  if (rows.length === 0 && execution.ratePercent === undefined) return undefined;
  return {
    rows,
    ...(rate === undefined ? {} : { rate }),
    ...(execution.ratePercent === undefined ? {} : { statedRate: execution.ratePercent }),
    ...(base ? { baseLabel: base.label } : {}),
    comparable: base !== undefined && execution.actual !== undefined,
  };
}

function threePublicView(report: Report): ThreePublicRow[] | undefined {
  const t = report.threePublic;
  if (!t) return undefined;
  const items: [string, boolean, string, BudgetActual | undefined][] = [
    ['因公出国（境）费', false, 'threePublic.abroad', t.abroad],
    ['公务用车购置及运行费', false, 'threePublic.vehicles', t.vehicles],
    ['公务用车购置费', true, 'threePublic.vehicles.purchase', t.vehicles?.purchase],
    ['公务用车运行维护费', true, 'threePublic.vehicles.operation', t.vehicles?.operation],
    ['公务接待费', false, 'threePublic.reception', t.reception],
    ['三公经费合计', false, 'threePublic.total', t.total],
  ];
  const rows = items.flatMap(([label, sub, path, item]): ThreePublicRow[] => {
    if (!item || (item.budget === undefined && item.actual === undefined)) return [];
    return [
      {
        label,
        sub,
        path,
        ...(item.budget === undefined ? {} : { budget: item.budget }),
        ...(item.actual === undefined ? {} : { actual: item.actual }),
        ...(item.budget !== undefined && item.actual !== undefined
          ? { diff: round(item.actual - item.budget, 2) }
          : {}),
      },
    ];
  });
  return rows.length > 0 ? rows : undefined;
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

/** A target as a reader reads it: ≥ 380 家, 1–2 家, 增长 ≥ 6%, 318 亿元, or the goal in words. */
export function targetText(indicator: Indicator): string {
  const { target, comparator, unit } = indicator;
  if (typeof target === 'string') return target;
  // A source cut off before the unit (增加0.3个 with only 个 lost): said so, never guessed.
  const noUnit = unit ? '' : `（${NO_UNIT}）`;
  if (Array.isArray(target)) return `${formatQuantity(target as [number, number], unit)}${noUnit}`;
  const symbol = comparatorSymbol(comparator);
  if (indicator.basis === 'growth')
    return `增长 ${symbol} ${formatQuantity(target, '%')}`.replace(/\s+/g, ' ');
  return `${`${symbol} ${formatQuantity(target, unit)}`.trim()}${noUnit}`;
}

/** The actual as a reader reads it, or the plain statement that the report gives none. */
export function actualText(indicator: Indicator): string {
  const { actual, unit } = indicator;
  const growth =
    indicator.basis === 'growth' && indicator.growthRate !== undefined
      ? `增长 ${formatQuantity(indicator.growthRate, '%')}`
      : undefined;
  if (actual === undefined)
    return growth ? `${indicator.estimated ? '预计 ' : ''}${growth}` : NOT_STATED;
  if (typeof actual === 'string') return actual;
  const level = `${indicator.estimated ? '预计 ' : ''}${formatQuantity(actual, unit)}`;
  return growth ? `${level}（${growth}）` : level;
}

export const STATUS_TEXT: Record<GoalStatus, string> = {
  met: '已达成',
  'not-met': '未达成',
  'not-stated': '报告未说明完成值',
  'not-judged': '报告未判断是否达成',
  qualitative: '定性目标',
};

/** Status in words, with 预计 where the actual is an estimate. */
export function statusText(indicator: Indicator): string {
  const status = goalStatus(indicator);
  if (status === 'qualitative')
    return indicator.actual === undefined ? '定性目标，报告未说明完成情况' : '定性目标，见完成情况';
  const base = STATUS_TEXT[status];
  return indicator.estimated && (status === 'met' || status === 'not-met')
    ? `${base}（预计）`
    : base;
}

function goalsView(report: Report): GoalsView {
  const areas = (report.goals ?? []).map((area, a) => ({
    area: area.area,
    tasks: area.tasks ?? [],
    indicators: area.indicators.map((indicator, i): IndicatorView => {
      const ratio = achievementRatio(indicator);
      return {
        indicator,
        path: `goals[${a}].indicators[${i}]`,
        status: goalStatus(indicator),
        statusText: statusText(indicator),
        targetText: targetText(indicator),
        actualText: actualText(indicator),
        ...(ratio === undefined ? {} : { ratio }),
      };
    }),
  }));
  const summary = summarizeGoals(report.goals);
  return { areas, summary, headline: goalHeadline(summary), sentence: goalSentence(summary) };
}

/** The goals in one sentence that counts what is not stated; never "0 项 … 0 项". */
export function goalSentence(s: GoalSummary): string {
  if (s.total === 0 && s.tasks === 0) return `${NOT_STATED}绩效目标。`;
  const parts: string[] = [];
  if (s.quantitative > 0) {
    const stated = s.met + s.notMet;
    const known = [
      s.met > 0
        ? `${s.met} 项达到目标${s.estimated > 0 ? `（其中 ${s.estimated} 项为预计值）` : ''}`
        : '',
      s.notMet > 0 ? `${s.notMet} 项未达到` : '',
      s.notJudged > 0 ? `${s.notJudged} 项报告给出完成值但未判断是否达成` : '',
      s.notStated > 0 ? `${s.notStated} 项报告未说明完成值` : '',
    ].filter(Boolean);
    parts.push(
      `${s.quantitative} 项定量目标${stated === 0 && s.notJudged === 0 ? '均未说明完成值' : `：${known.join('，')}`}`,
    );
  }
  if (s.qualitative > 0)
    parts.push(
      `${s.qualitative} 项定性目标${s.qualitativeNotStated > 0 ? `（${s.qualitativeNotStated} 项报告未说明完成情况）` : ''}`,
    );
  if (s.tasks > 0)
    parts.push(
      `${s.tasks} 项工作任务${s.tasksNotStated > 0 ? `（${s.tasksNotStated} 项报告未说明完成情况）` : ''}`,
    );
  return `${parts.join('；')}。`;
}

/** A body as text, as headings only (no cues: nothing can be judged 报告未说明), or as an outline. */
function outlineOfBody(body: string | readonly BodyHeading[] | Outline): {
  headings: BodyHeading[];
  cues?: BodyCues;
} {
  if (typeof body === 'string') {
    const tree = parseBody(body);
    const headings = headingsOf(tree);
    return { headings, cues: cuesOf(tree, headings) };
  }
  if ('headings' in body)
    return { headings: [...body.headings], ...(body.cues ? { cues: body.cues } : {}) };
  return { headings: [...body] };
}

/**
 * The 12 公开要素 (src/lib/disclosure.ts): stated by the report's data, a heading or a line's
 * label; else 本站未能识别 where the text mentions the item or was not read, else 报告未说明.
 */
export function disclosureOf(
  report: Report,
  headings: readonly BodyHeading[],
  cues?: BodyCues,
): DisclosureItem[] {
  return disclosureItems(report, headings, cues);
}

const TABLE_TITLES: Record<string, string> = {
  income: '收入预算',
  expenditure: '支出预算（功能分类）',
  execution: '预算执行',
  'three-public': '三公经费',
  staffing: '人员情况',
  goals: '绩效目标',
  tasks: '工作任务',
  indicators: '自评表',
  'final-accounts': '决算',
  organisation: '机构和人员合计',
  disclosure: '公开要素',
};

/** Chinese names of the CSV tables, for links and the 数据下载 page. */
export const TABLE_NAMES: Readonly<Record<string, string>> = TABLE_TITLES;

const cell = (v: number | undefined, digits?: number) =>
  v === undefined ? undefined : digits === undefined ? v : v.toFixed(digits);

/** The CSV tables of a report: only those it has figures for; a missing figure is an empty cell. */
function csvTables(view: Omit<ReportView, 'csv' | 'searchText' | 'derived'>): CsvTable[] {
  const u = view.unit ?? '';
  const money = (v: number | undefined) => cell(v, 2);
  const tables: [string, string][] = [];
  const { income, expenditure, execution, threePublic, staffing, goals, evaluation } = view;
  if (income && (income.rows.length > 0 || income.total)) {
    tables.push([
      'income',
      toCsv(
        ['收入来源', `金额（${u}）`, '说明'],
        [
          ...income.rows.map((r) => [r.label, money(r.value), '']),
          ...(income.total
            ? [['合计', money(income.total.value), income.total.computed ? '本站合计' : '']]
            : []),
        ],
      ),
    ]);
  }
  if (expenditure && (expenditure.rows.length > 0 || expenditure.total)) {
    tables.push([
      'expenditure',
      toCsv(
        ['支出功能分类', `金额（${u}）`, '占比（%）', '说明'],
        [
          ...expenditure.rows.map((r) => [
            r.label,
            money(r.value),
            cell(r.share, 1),
            r.computed ? '本站计算：合计减去已列明分类' : '',
          ]),
          ...expenditure.split.map((r) => [
            r.label,
            money(r.value),
            cell(r.share, 2),
            '按支出性质',
          ]),
          ...(expenditure.total
            ? [
                [
                  '合计',
                  money(expenditure.total.value),
                  expenditure.rows.length > 0 ? '100.0' : undefined,
                  expenditure.total.computed ? '本站合计' : '',
                ],
              ]
            : []),
        ],
      ),
    ]);
  }
  if (execution) {
    tables.push([
      'execution',
      toCsv(
        ['项目', `金额（${u}）`, '执行率（%）'],
        [
          ...execution.rows.map((r) => [r.label, money(r.value), undefined]),
          ...(execution.statedRate !== undefined
            ? [['执行率（报告所述）', undefined, execution.statedRate]]
            : []),
          ...(execution.rate !== undefined
            ? [['执行率（本站计算）', undefined, execution.rate.toFixed(2)]]
            : []),
        ],
      ),
    ]);
  }
  if (threePublic) {
    tables.push([
      'three-public',
      toCsv(
        ['项目', `预算数（${u}）`, `决算数（${u}）`, `决算较预算增减（${u}）`],
        threePublic.map((r) => [r.label, money(r.budget), money(r.actual), money(r.diff)]),
      ),
    ]);
  }
  if (staffing) {
    tables.push([
      'staffing',
      toCsv(
        [
          '单位',
          '所含单位数',
          ...staffing.columns.map((c) => `${c.label}${c.key === 'vehicles' ? '' : '（人）'}`),
          '统计时点',
        ],
        [
          ...staffing.rows.map((r) => [
            r.unit,
            r.units,
            ...staffing.columns.map((c) => r.cells[c.key]),
            r.asOf,
          ]),
          // A stated total goes under the column it adds up; without one it is in organisation.csv.
          ...(view.report.staffingTotal?.of &&
          staffing.columns.some((c) => c.key === view.report.staffingTotal?.of)
            ? [
                [
                  `${view.report.staffingTotal.label}（报告所述）`,
                  undefined,
                  ...staffing.columns.map((c) =>
                    c.key === view.report.staffingTotal?.of
                      ? view.report.staffingTotal.count
                      : undefined,
                  ),
                  undefined,
                ],
              ]
            : []),
          ...(staffing.computedTotal
            ? [
                [
                  '本站合计',
                  undefined,
                  ...staffing.columns.map((c) => staffing.computedTotal?.[c.key]),
                  undefined,
                ],
              ]
            : []),
        ],
      ),
    ]);
  }
  const indicators = goals.areas.flatMap((a) => a.indicators.map((i) => ({ area: a.area, ...i })));
  if (indicators.length > 0) {
    tables.push([
      'goals',
      toCsv(
        [
          '目标领域',
          '指标标识',
          '指标名称',
          '计量单位',
          '比较方式',
          '比较对象',
          '目标值',
          '实际完成值',
          '同比增长（%）',
          '是否预计',
          '完成状态',
          '目标原文',
          '完成情况原文',
        ],
        indicators.map(({ area, indicator: i, statusText }) => [
          area,
          i.id,
          i.name,
          i.unit,
          i.comparator,
          i.basis === 'growth' ? '增长率' : undefined,
          Array.isArray(i.target) ? i.target.join('-') : i.target,
          i.actual,
          i.growthRate,
          i.estimated ? '是' : '否',
          statusText,
          i.targetQuote,
          i.quote,
        ]),
      ),
    ]);
  }
  const tasks = goals.areas.flatMap((a) => a.tasks.map((t) => [a.area, t.title, t.result]));
  if (tasks.length > 0) tables.push(['tasks', toCsv(['目标领域', '工作任务', '完成情况'], tasks)]);
  if (evaluation && evaluation.indicators.length > 0) {
    tables.push([
      'indicators',
      toCsv(
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '指标值',
          '实际完成值',
          '指标权重（分）',
          '指标得分（分）',
          '偏差原因',
        ],
        [
          ...evaluation.indicators.map((r) => [
            r.level1,
            r.level2,
            r.level3,
            r.target,
            r.actual,
            r.weight,
            r.score,
            r.note,
          ]),
          // A cut-off 自评表 says so in the file itself, not only on the page.
          ...(view.report.evaluation?.partial
            ? [['（自评表不完整：原文仅存以上指标，其余指标缺失，并非得分为零）']]
            : []),
        ],
      ),
    ]);
  }
  const final = finalAccountsView(view.report);
  if (final) {
    tables.push([
      'final-accounts',
      toCsv(
        ['类别', '项目', `金额（${u}）`, `较上年增减（${u}）`, '增减率（%）', '增减原因'],
        [
          ...final.rows.map((r) => [
            r.group,
            r.label,
            money(r.value),
            undefined,
            undefined,
            undefined,
          ]),
          ...final.changes.map((c) => [
            c.group,
            '较上年增减',
            undefined,
            money(c.change.amount),
            c.change.ratePercent,
            c.change.reason,
          ]),
        ],
      ),
    ]);
  }
  const { staffingTotal, organisation } = view.report;
  if (
    staffingTotal ||
    organisation?.divisions !== undefined ||
    organisation?.subordinateUnits !== undefined
  ) {
    tables.push([
      'organisation',
      toCsv(
        ['项目', '数量', '说明'],
        [
          ...(organisation?.divisions === undefined
            ? []
            : [['内设机构（个）', organisation.divisions, '']]),
          ...(organisation?.subordinateUnits === undefined
            ? []
            : [['下属单位（个）', organisation.subordinateUnits, '']]),
          ...(staffingTotal
            ? [[`${staffingTotal.label}（人）`, staffingTotal.count, '报告所述合计']]
            : []),
        ],
      ),
    ]);
  }
  tables.push([
    'disclosure',
    toCsv(
      ['公开要素', '是否说明', '依据', '判断'],
      view.disclosure.map((d) => [
        d.label,
        d.stated ? '是' : '否',
        d.source === 'data'
          ? '结构化数据'
          : d.source === 'text'
            ? '正文标题'
            : d.source === 'paragraph'
              ? '正文段落'
              : '',
        DISCLOSURE_WORDS[d.status],
      ]),
    ),
  ]);
  return tables.map(([name, csv]) => ({ name, title: TABLE_TITLES[name] ?? name, csv }));
}

function searchText(
  view: Omit<ReportView, 'csv' | 'searchText' | 'derived'>,
): { id: string; title: string; text: string }[] {
  const u = view.unit ?? '';
  const amount = (v: number) => `${formatAmountNumber(v)} ${u}`;
  const budget = [
    ...(view.income?.total ? [`收入预算合计 ${amount(view.income.total.value)}`] : []),
    ...(view.income?.rows ?? []).map((r) => `${r.label} ${amount(r.value)}`),
    ...(view.expenditure?.total ? [`支出预算合计 ${amount(view.expenditure.total.value)}`] : []),
    ...(view.expenditure?.rows ?? []).map((r) => `${r.label} ${amount(r.value)}`),
    ...(view.execution?.rows ?? []).map((r) => `${r.label} ${amount(r.value)}`),
    ...(view.threePublic ?? []).map((r) =>
      [
        r.label,
        r.budget === undefined ? '' : `预算 ${amount(r.budget)}`,
        r.actual === undefined ? '' : `决算 ${amount(r.actual)}`,
      ]
        .filter(Boolean)
        .join(' '),
    ),
  ];
  const goals = view.goals.areas.flatMap((a) => [
    ...a.indicators.map(
      (i) =>
        `${a.area} ${i.indicator.name} 目标 ${i.targetText} 实际 ${i.actualText} ${i.statusText}`,
    ),
    ...a.tasks.map((t) => `${a.area} ${t.title} ${t.result ?? `完成情况${NOT_STATED}`}`),
  ]);
  const e = view.evaluation;
  const staffing = (view.staffing?.rows ?? []).map((r) =>
    [
      r.unit,
      ...(view.staffing?.columns ?? []).flatMap((c) =>
        r.cells[c.key] === undefined ? [] : [`${c.label} ${r.cells[c.key]}`],
      ),
    ].join(' '),
  );
  return [
    { id: 'budget', title: '预算收支', text: budget.join('\n') },
    { id: 'goals', title: '绩效目标完成情况', text: goals.join('\n') },
    {
      id: 'evaluation',
      title: '自评结果',
      text: e
        ? [
            e.score === undefined ? '' : `自评分值 ${e.score} 分`,
            e.grade ? `自评结论 ${e.grade}` : '',
          ]
            .filter(Boolean)
            .join(' ')
        : '',
    },
    { id: 'staffing', title: '人员情况', text: staffing.join('\n') },
  ].filter((s) => s.text !== '');
}

function derivedOf(view: Omit<ReportView, 'csv' | 'searchText' | 'derived'>): Derived {
  const previous = view.yearOnYear?.previous;
  const rate = view.execution?.rate;
  // A list or a summary with nothing in it would stand for “not stated”: the key is left out.
  const shares = (view.expenditure?.rows ?? []).map((r) => ({
    name: r.label,
    amount: r.value,
    ...(r.share === undefined ? {} : { sharePercent: r.share }),
    ...(r.computed ? { computed: true } : {}),
  }));
  const goals = view.goals.areas.flatMap((a) =>
    a.indicators.map((i) => ({
      id: i.indicator.id,
      status: i.status,
      estimated: i.indicator.estimated,
      ...(i.ratio === undefined ? {} : { achievementRatio: i.ratio }),
    })),
  );
  const summary = view.goals.summary;
  return {
    ...(shares.length > 0 ? { expenditureShares: shares } : {}),
    ...(previous
      ? {
          previousYear: previous,
          previousTotal: previous.total,
          ...(previous.changeRatePercent === undefined
            ? {}
            : { changeRatePercent: previous.changeRatePercent }),
        }
      : {}),
    ...(rate === undefined ? {} : { executionRatePercent: rate }),
    ...(goals.length > 0 ? { goals } : {}),
    ...(summary.total > 0 || summary.tasks > 0 ? { goalSummary: summary } : {}),
    disclosure: view.disclosure,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The headline sentence on the budget, in words a citizen understands; never a placeholder. */
export function budgetSentence(view: ReportView): string {
  const { unit, report } = view;
  const total = view.expenditure?.total;
  if (!total || total.computed || !unit) return `${NOT_STATED}年初支出预算总额。`;
  const amount = `${formatAmountNumber(total.value)} ${unit}`;
  const previous = view.yearOnYear?.previous;
  if (previous?.basis !== 'expenditure')
    return `${report.year}年年初支出预算 ${amount}；报告未说明与上年相比的变化。`;
  const change = previous.change;
  if (change === 0) return `${report.year}年年初支出预算 ${amount}，与上年持平。`;
  const rate =
    previous.changeRatePercent === undefined
      ? ''
      : `（${change < 0 ? '下降' : '增长'} ${Math.abs(previous.changeRatePercent).toFixed(1)}%）`;
  return `${report.year}年年初支出预算 ${amount}，比上年${change < 0 ? '减少' : '增加'} ${formatAmountNumber(Math.abs(change))} ${unit}${rate}。`;
}

/** A report in one line for lists and cards: score, budget and goals, each or 报告未说明. */
export function summaryLine(view: ReportView): string {
  const e = view.evaluation;
  const score =
    e?.score !== undefined || e?.grade
      ? `自评 ${e.score === undefined ? '得分未说明' : `${e.score} 分`}（${e.grade ?? '等级未说明'}）`
      : `自评得分和等级${NOT_STATED}`;
  const total = view.expenditure?.total;
  const budget =
    total && !total.computed && view.unit
      ? `支出预算 ${formatAmountNumber(total.value)} ${view.unit}`
      : `支出预算${NOT_STATED}`;
  const goals = view.goals.headline ? `定量目标 ${view.goals.headline}` : `定量目标${NOT_STATED}`;
  return `${score}，${budget}，${goals}`;
}
