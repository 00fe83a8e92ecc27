import { comparatorSymbol } from '../lib/goals.ts';
import type { Indicator } from '../schemas/goals.ts';
import { formatPath } from '../schemas/issues.ts';
import type { Report } from '../schemas/report.ts';
import type { DraftMap } from './frontmatter-yaml.ts';

export interface TemplateInput {
  org: string;
  year: number;
  /** The department's full name, for the suggested title. */
  orgName?: string;
  /** The latest earlier report of the department, whose structure is carried forward. */
  previous?: Report;
}

export interface Template {
  draft: DraftMap;
  /** Comments on particular fields, by path. */
  notes: Map<string, string>;
  carried: { areas: number; indicators: number; units: number; classes: number };
}

/**
 * The frontmatter of a new year's report. Structure that rarely changes between years (goal
 * areas and indicators with their ids, staffing units, expenditure class names) is carried
 * forward so ids stay stable and comparisons across years work; every figure is left empty,
 * because last year's numbers are not this year's and must come from this year's report.
 */
export function newReportDraft({ org, year, orgName, previous }: TemplateInput): Template {
  const notes = new Map<string, string>();
  const title = `${orgName ?? '（部门全称）'}${year}年度部门整体支出绩效自评报告`;
  notes.set('title', `如“${title}”`);
  if (previous) notes.set('unit', `上年报告为 ${previous.unit}`);
  const goals = (previous?.goals ?? []).map((area, a) => ({
    area: area.area,
    indicators: area.indicators.map((indicator, i) => {
      notes.set(
        formatPath(['goals', a, 'indicators', i]),
        `${previous?.year} 年：${describeIndicator(indicator)}`,
      );
      return {
        id: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        comparator: indicator.comparator,
        target: null,
        actual: null,
      };
    }),
  }));
  const draft: DraftMap = {
    org,
    year,
    title: null,
    published: null,
    unit: null,
    source: { url: null, file: null },
    related: [],
    staffing: (previous?.staffing ?? []).map((s) => ({
      unit: s.unit,
      authorized: null,
      active: null,
      retired: null,
      asOf: null,
    })),
    income: {
      total: null,
      sources: {
        generalBudget: null,
        governmentFund: null,
        stateCapital: null,
        businessIncome: null,
        operatingIncome: null,
        other: null,
      },
      change: { amount: null, reason: null },
    },
    expenditure: {
      total: null,
      classes: (previous?.expenditure?.classes ?? []).map((c) => ({ name: c.name, amount: null })),
      split: { basic: null, project: null },
      change: { amount: null, basic: null, project: null, reason: null },
      execution: { initial: null, adjusted: null, actual: null },
    },
    goals,
    evaluation: { score: null, grade: null, indicators: null },
    problems: [],
    measures: [],
  };
  return {
    draft,
    notes,
    carried: {
      areas: goals.length,
      indicators: goals.reduce((n, area) => n + area.indicators.length, 0),
      units: previous?.staffing?.length ?? 0,
      classes: previous?.expenditure?.classes?.length ?? 0,
    },
  };
}

/** Last year's target and outcome, shown as a comment for context, never as a value. */
export function describeIndicator(indicator: Indicator): string {
  const unit = indicator.unit ?? '';
  const { target, actual } = indicator;
  const goal = Array.isArray(target)
    ? `${target[0]}–${target[1]}${unit}`
    : indicator.comparator === 'qualitative'
      ? String(target)
      : `${comparatorSymbol(indicator.comparator)}${target}${unit}`;
  const outcome =
    actual === undefined ? '未说明' : `${actual}${typeof actual === 'number' ? unit : ''}`;
  return `目标 ${goal}，实际 ${outcome}${indicator.estimated ? '（预计）' : ''}`;
}

/** The standard headings of a 部门整体支出绩效自评报告, with goal areas under 年度工作目标. */
export function bodySkeleton(year: number, areas: readonly string[]): string {
  const todo = (what: string) => `{/* ${what} */}`;
  const goalItems = areas.flatMap((area, i) => [
    `#### ${i + 1}．${area}`,
    todo('照录本目标的原文'),
  ]);
  return [
    todo('正文按原报告逐字填写（不改写、不删减）；下列小标题为标准结构，按原文增删、改名。'),
    '## 一、部门单位概况',
    '### （一）主要职能',
    todo('主要职能，可写作编号列表：1. …'),
    '### （二）人员情况',
    todo(`如：××局编制数19人，截止${year}年末，在职在编人员19人，退休人员50人。`),
    '### （三）年度工作目标',
    ...(goalItems.length > 0 ? goalItems : [todo('每个目标写作 #### 1．目标标题，其下照录原文')]),
    '### （四）预算执行情况',
    '#### 1．收入预算',
    todo(`如：${year}年年初预算数…万元，其中：一般公共预算拨款…万元……`),
    '#### 2．支出预算',
    todo(`如：${year}年年初预算数…万元，其中：…支出…万元……`),
    '### （五）绩效评价工作情况',
    '## 二、绩效实现情况',
    '### （一）部门整体支出主要绩效',
    '### （二）部门整体支出绩效评价',
    todo('如：自评分值为…分，自评结论为“优”。'),
    '## 三、存在问题及改进措施',
    '### （一）存在的问题',
    todo('每个问题写作 #### 1．问题标题（与 problems 的 title 一致）'),
    '### （二）改进措施',
    todo('每项措施写作 #### 1．措施标题（与 measures 的 title 一致）'),
  ].join('\n\n');
}
