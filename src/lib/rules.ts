import type { BudgetActual, ThreePublic } from '../schemas/budget.ts';
import type { DisclosureItem } from '../schemas/data.ts';
import { formatPath, type Issue, type PathSegment } from '../schemas/issues.ts';
import { labelFor } from '../schemas/labels.ts';
import type { Locate } from '../schemas/parse.ts';
import { type Report, reportSchema } from '../schemas/report.ts';
import { checkPercent, statedBase } from './budget.ts';
import { cuesFor } from './disclosure-cues.ts';
import { compareStatus } from './goals.ts';
import { bandText, gradeFitsScore, gradeForScore } from './grade.ts';
import { type ParsedBody, parseReportBody } from './headings.ts';
import { checkSum, decimalsOf } from './sums.ts';
import { textWarnings } from './text-checks.ts';
import { disclosureOf } from './view/index.ts';

/** Where a report came from, for the checks that need more than its frontmatter. */
export interface ReportContext {
  file: string;
  /** The MDX body (narrative). */
  body: string;
  /** 1-based line of the body's first line in the file, to locate body warnings. */
  bodyLine?: number;
  /**
   * The body as the content loader parsed it, once for every check (`parseReportBody`); parsed
   * here when absent. Its headings alone suffice for `disclosureIssues`.
   */
  parsed?: ParsedBody;
  locate?: Locate;
}

type Add = (path: PathSegment[], expected: string, found: string) => void;
type Sum = (
  path: PathSegment[],
  total: number,
  parts: number[],
  what: string,
  precision?: number,
) => void;

const AMOUNT = 2;

/**
 * The checks types cannot express: sums, shares, rates, score bands, weights, comparators against
 * targets and problems against the narrative. Every block is optional, so each check runs only on
 * what the report states; every problem is returned, not just the first. Body warnings (headings
 * that skip a level, PDF spaces) come back with `severity: 'warning'`.
 */
export function checkReport(report: Report, context: ReportContext): Issue[] {
  const issues: Issue[] = [];
  const add: Add = (path, expected, found) => {
    const line = context.locate?.(path);
    issues.push({
      file: context.file,
      ...(line === undefined ? {} : { line }),
      path: formatPath(path),
      label: labelFor(reportSchema, path),
      expected,
      found,
    });
  };
  const sum: Sum = (path, total, parts, what, precision = AMOUNT) => {
    if (parts.length === 0) return;
    const result = checkSum(total, parts, precision);
    if (!result.ok) {
      const digits = result.precision;
      add(
        path,
        `等于${what}之和 ${result.sum.toFixed(digits)}（允许舍入误差 ±${result.tolerance}）`,
        total.toFixed(digits),
      );
    }
  };

  checkUnit(report, add);
  checkBudget(report, add, sum);
  if (report.threePublic) checkThreePublic(report.threePublic, sum);
  checkStaffing(report, add);
  checkStaffingTotal(report, add);
  checkFinalAccounts(report, add, sum);
  checkEvaluation(report, add, sum);
  checkGoals(report, add);
  checkFindings(report, context.body, add);
  issues.push(...provenanceIssues(report, context));
  for (const warning of textWarnings(context.parsed ?? parseReportBody(context.body))) {
    issues.push({
      file: context.file,
      line: (context.bodyLine ?? 1) + warning.line - 1,
      path: '',
      label: '正文',
      expected: warning.expected,
      found: warning.found,
      severity: 'warning',
    });
  }
  return issues;
}

/**
 * Information lines (never blocking) for each 公开要素 the report does not state: what a
 * department leaves out is itself worth knowing, to its author first.
 */
export function disclosureIssues(report: Report, context: ReportContext): Issue[] {
  const parsed = context.parsed ?? parseReportBody(context.body);
  return disclosureNotes(disclosureOf(report, parsed.headings, cuesFor(parsed)), context.file);
}

/** `disclosureIssues` from the 公开要素 already judged (`disclosureOf`) for the report in `file`. */
export function disclosureNotes(items: readonly DisclosureItem[], file: string): Issue[] {
  return items.flatMap((item): Issue[] =>
    item.stated
      ? []
      : [
          {
            file,
            path: '',
            label: '公开要素',
            expected: `报告说明“${item.label}”（十二项公开要素之一）`,
            found:
              item.status === 'unrecognised'
                ? '正文提及此项，但没有以此项命名的标题或以其名称开头的段落；页面标为“本站未能识别”并链接全文（可加标题如“（一）主要职能”）'
                : '报告未说明；页面与数据中标为“报告未说明”',
            severity: 'info',
          },
        ],
  );
}

/**
 * Each `provenance` entry must point at a field that holds a value (an entry left behind by a
 * deleted field is an error), and each one still marked unconfirmed is named, so the build can
 * refuse it and the author can find it.
 */
export function provenanceIssues(report: Report, context: ReportContext): Issue[] {
  const issues: Issue[] = [];
  for (const [index, entry] of (report.provenance ?? []).entries()) {
    const path: PathSegment[] = ['provenance', index, 'field'];
    const target = parseFieldPath(entry.field);
    const value = target && valueAt(report, target);
    const line = context.locate?.(path);
    const base = { file: context.file, ...(line === undefined ? {} : { line }) };
    if (target === undefined || value === undefined) {
      issues.push({
        ...base,
        path: formatPath(path),
        label: labelFor(reportSchema, path),
        expected: '指向一个已填写数值的字段',
        found: `${entry.field}（该字段不存在或未填写）`,
      });
    } else if (entry.unconfirmed) {
      const fieldLine = context.locate?.(target);
      issues.push({
        ...base,
        ...(fieldLine === undefined ? {} : { line: fieldLine }),
        path: entry.field,
        label: labelFor(reportSchema, target),
        expected: `经人工核对原文后确认（原句：“${entry.quote}”），确认后删去 provenance 中的 unconfirmed: true`,
        found: `导入时推测的数值 ${JSON.stringify(value)}，尚未确认`,
        severity: 'unconfirmed',
      });
    }
  }
  return issues;
}

/** `goals[0].indicators[2].target` → ['goals', 0, 'indicators', 2, 'target']. */
export function parseFieldPath(field: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  for (const match of field.matchAll(/\[(\d+)\]|\.?([A-Za-z][A-Za-z0-9]*)/g)) {
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else if (match[2] !== undefined) segments.push(match[2]);
  }
  return formatPath(segments) === field ? segments : undefined;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    // Own properties only: a path is author input, and `constructor` must not reach the prototype.
    if (!Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node === null ? undefined : node;
}

/** A unit is needed as soon as the report gives any amount, and only then. */
function checkUnit(report: Report, add: Add): void {
  if (report.unit) return;
  const blocks = (['income', 'expenditure', 'finalAccounts', 'threePublic'] as const).filter(
    (k) => report[k],
  );
  if (blocks.length > 0)
    add(
      ['unit'],
      `金额单位（万元 或 元）：报告给出了金额（${blocks.map((b) => labelFor(reportSchema, [b])).join('、')}）`,
      '（未填写）',
    );
}

function checkBudget(report: Report, add: Add, sum: Sum): void {
  const { income, expenditure } = report;
  if (income?.total !== undefined && income.sources) {
    const sources = Object.values(income.sources).filter((v): v is number => v !== undefined);
    sum(['income', 'total'], income.total, sources, '各收入来源');
  }
  if (!expenditure) return;
  const { total, classes = [], split, change, execution } = expenditure;
  if (total !== undefined && classes.length > 0) {
    const amounts = classes.map((c) => c.amount);
    if (expenditure.classesPartial) {
      const result = checkSum(total, amounts, AMOUNT);
      if (result.sum > total + result.tolerance + 1e-9)
        add(
          ['expenditure', 'total'],
          `不小于已列明功能分类之和 ${result.sum.toFixed(result.precision)}`,
          total.toFixed(result.precision),
        );
    } else {
      const result = checkSum(total, amounts, AMOUNT);
      if (!result.ok)
        add(
          ['expenditure', 'total'],
          `等于各功能分类之和 ${result.sum.toFixed(result.precision)}（允许舍入误差 ±${result.tolerance}）${result.sum < total ? '；若报告只列出部分功能分类，请填写 classesPartial: true' : ''}`,
          total.toFixed(result.precision),
        );
    }
  }
  if (expenditure.classesPartial && total === undefined)
    add(
      ['expenditure', 'classesPartial'],
      '同时填写支出预算合计（total），才能计算未列明部分',
      'true',
    );
  if (split) {
    const { basic, project, basicPercent, projectPercent } = split;
    if (total !== undefined && basic !== undefined && project !== undefined)
      sum(['expenditure', 'total'], total, [basic, project], '基本支出与项目支出');
    const base =
      total ?? (basic !== undefined && project !== undefined ? basic + project : undefined);
    const percent = (key: 'basicPercent' | 'projectPercent', part?: number, stated?: number) => {
      if (stated === undefined || part === undefined || base === undefined) return;
      const check = checkPercent(stated, part, base);
      if (!check.ok)
        add(
          ['expenditure', 'split', key],
          `与金额相符的占比 ${check.computed}%（允许舍入误差 ±${check.tolerance}）`,
          `${stated}%`,
        );
    };
    percent('basicPercent', basic, basicPercent);
    percent('projectPercent', project, projectPercent);
  }
  if (change?.basic !== undefined && change.project !== undefined) {
    sum(
      ['expenditure', 'change', 'amount'],
      change.amount,
      [change.basic, change.project],
      '基本支出与项目支出增减',
    );
  }
  const names = new Map<string, number>();
  classes.forEach((c, i) => {
    const first = names.get(c.name);
    if (first !== undefined)
      add(
        ['expenditure', 'classes', i, 'name'],
        `不重复的分类名称（已在第${first + 1}项出现）`,
        `“${c.name}”`,
      );
    else names.set(c.name, i);
  });
  if (execution) {
    const { carryover, initial, supplement, adjusted, ratePercent } = execution;
    if (
      adjusted !== undefined &&
      initial !== undefined &&
      carryover !== undefined &&
      supplement !== undefined
    )
      sum(
        ['expenditure', 'execution', 'adjusted'],
        adjusted,
        [carryover, initial, supplement],
        '上年结转、年初预算与追加（调整）预算',
      );
    const base = statedBase(execution);
    if (ratePercent !== undefined && execution.actual !== undefined && base !== undefined) {
      const check = checkPercent(ratePercent, execution.actual, base.value);
      if (!check.ok)
        add(
          ['expenditure', 'execution', 'ratePercent'],
          `全年执行数 ÷ ${base.label} = ${check.computed}%（允许舍入误差 ±${check.tolerance}）`,
          `${ratePercent}%`,
        );
    }
  }
}

function checkThreePublic(three: ThreePublic, sum: Sum): void {
  for (const column of ['budget', 'actual'] as const) {
    const name = column === 'budget' ? '预算数' : '决算数';
    const value = (item?: BudgetActual) => item?.[column];
    const total = value(three.total);
    const parts = [value(three.abroad), value(three.vehicles), value(three.reception)];
    if (total !== undefined && parts.every((p) => p !== undefined))
      sum(['threePublic', 'total', column], total, parts as number[], `三项${name}`);
    const vehicles = three.vehicles;
    const whole = value(vehicles);
    const split = [value(vehicles?.purchase), value(vehicles?.operation)];
    if (whole !== undefined && split.every((p) => p !== undefined))
      sum(['threePublic', 'vehicles', column], whole, split as number[], `购置费与运行费${name}`);
  }
}

function checkStaffing(report: Report, add: Add): void {
  // Head counts are whole and printed exactly: no rounding tolerance.
  const count = (path: PathSegment[], total: number, parts: number[], what: string) => {
    const sum = parts.reduce((a, b) => a + b, 0);
    if (sum !== total) add(path, `等于${what}之和 ${sum}`, String(total));
  };
  report.staffing?.forEach((row, i) => {
    const at = (field: string): PathSegment[] => ['staffing', i, field];
    const posts = Object.values(row.posts ?? {}).filter((v): v is number => v !== undefined);
    if (row.authorized !== undefined && posts.length > 0)
      count(at('authorized'), row.authorized, posts, '各类编制');
    if (row.total !== undefined && row.active !== undefined && row.others) {
      const inPost = [row.active, ...row.others.map((o) => o.count)];
      // Some reports count their retirees in 现有人员 (赫山区城管执法局 2019: 139 + 8 + 40 = 187):
      // a total that adds up with them is as printed, not an error.
      const retired =
        row.retirees !== undefined
          ? [row.retirees]
          : [row.retiredVeterans, row.retired].filter((v): v is number => v !== undefined);
      const withRetired = [...inPost, ...retired].reduce((a, b) => a + b, 0);
      if (retired.length === 0 || withRetired !== row.total)
        count(at('total'), row.total, inPost, '在职在编与其他各类人员');
    }
    if (
      row.total !== undefined &&
      row.active !== undefined &&
      !row.others &&
      row.total < row.active
    )
      add(at('total'), `不少于在职在编人员 ${row.active}`, String(row.total));
    if (
      row.retirees !== undefined &&
      row.retired !== undefined &&
      row.retiredVeterans !== undefined
    )
      count(at('retirees'), row.retirees, [row.retiredVeterans, row.retired], '离休与退休人员');
  });
}

/**
 * A staffing total the report states across rows is checked against the rows' column it adds up,
 * where every row states that column; a total over fewer rows than it covers cannot be checked.
 */
function checkStaffingTotal(report: Report, add: Add): void {
  const total = report.staffingTotal;
  const rows = report.staffing ?? [];
  if (!total?.of || rows.length === 0) return;
  const column = total.of;
  const parts = rows.map((r) => r[column]);
  if (parts.some((p) => p === undefined)) return;
  const sum = (parts as number[]).reduce((a, b) => a + b, 0);
  if (sum !== total.count)
    add(
      ['staffingTotal', 'count'],
      `等于各单位${labelFor(reportSchema, ['staffing', 0, column])}之和 ${sum}`,
      String(total.count),
    );
}

/** 决算: parts against totals, 人员经费 + 公用经费 against 基本支出, each stated rate against its amount. */
function checkFinalAccounts(report: Report, add: Add, sum: Sum): void {
  const f = report.finalAccounts;
  if (!f) return;
  const income = f.income;
  if (income?.total !== undefined && income.sources) {
    const sources = Object.values(income.sources).filter((v): v is number => v !== undefined);
    sum(['finalAccounts', 'income', 'total'], income.total, sources, '各收入来源');
  }
  const e = f.expenditure;
  if (e?.total !== undefined && e.basic !== undefined && e.project !== undefined)
    sum(
      ['finalAccounts', 'expenditure', 'total'],
      e.total,
      [e.basic, e.project],
      '基本支出与项目支出',
    );
  if (e?.basic !== undefined && e.personnel !== undefined && e.publicUse !== undefined)
    sum(
      ['finalAccounts', 'expenditure', 'basic'],
      e.basic,
      [e.personnel, e.publicUse],
      '人员经费与公用经费',
    );
  if (e?.project !== undefined && e.projects) {
    const listed = e.projects.reduce((a, p) => a + p.amount, 0);
    if (listed > e.project + 0.005 * e.projects.length + 1e-9)
      add(
        ['finalAccounts', 'expenditure', 'projects'],
        `所列项目合计不超过项目支出 ${e.project.toFixed(2)}`,
        listed.toFixed(2),
      );
  }
  const rate = (block: 'income' | 'expenditure' | 'appropriation') => {
    const b = f[block];
    const change = b?.change;
    if (b?.total === undefined || change?.ratePercent === undefined) return;
    const previous = b.total - change.amount;
    if (previous <= 0) return;
    const computed = (change.amount / previous) * 100;
    // The rate is printed to one or two decimals from rounded amounts: half a unit of its last
    // digit, plus what the amounts' own rounding can move it.
    const digits = Math.max(1, decimalsOf(change.ratePercent));
    const tolerance = 0.5 * 10 ** -digits + (0.01 / previous) * 100;
    if (Math.abs(computed - change.ratePercent) > tolerance + 1e-9)
      add(
        ['finalAccounts', block, 'change', 'ratePercent'],
        `与增减额相符的增减率 ${computed.toFixed(digits)}%（${change.amount} ÷ 上年 ${previous.toFixed(2)}）`,
        `${change.ratePercent}%`,
      );
  };
  rate('income');
  rate('expenditure');
  rate('appropriation');
}

function checkEvaluation(report: Report, add: Add, sum: Sum): void {
  if (!report.evaluation) return;
  const { score, grade, indicators } = report.evaluation;
  if (score !== undefined && grade !== undefined) {
    const band = gradeForScore(score);
    if (!gradeFitsScore(grade, score))
      add(
        ['evaluation', 'grade'],
        `与自评分值 ${score} 分相符的等级“${band}”（${bandText(band)}）`,
        `“${grade}”（${bandText(grade)}）`,
      );
  }
  if (!indicators) return;
  indicators.forEach((row, i) => {
    if (row.score > row.weight)
      add(
        ['evaluation', 'indicators', i, 'score'],
        `不超过指标权重 ${row.weight}`,
        String(row.score),
      );
  });
  // A 自评表 cut off in the source keeps only some rows: their weights and scores cover part of
  // the table, so neither the 100 nor the score can be checked against them.
  if (report.evaluation.partial) {
    const weight = indicators.reduce((a, r) => a + r.weight, 0);
    if (weight > 100)
      add(['evaluation', 'indicators'], '所列指标权重之和不超过 100', `权重之和 ${weight}`);
    return;
  }
  const weights = checkSum(
    100,
    indicators.map((r) => r.weight),
  );
  if (!weights.ok)
    add(['evaluation', 'indicators'], '各指标权重之和为 100', `权重之和 ${weights.sum}`);
  if (score !== undefined)
    sum(
      ['evaluation', 'score'],
      score,
      indicators.map((r) => r.score),
      '各指标得分',
      0,
    );
}

function checkGoals(report: Report, add: Add): void {
  const ids = new Map<string, string>();
  report.goals?.forEach((area, a) => {
    area.indicators.forEach((ind, i) => {
      const at = (field: string): PathSegment[] => ['goals', a, 'indicators', i, field];
      const seen = ids.get(ind.id);
      if (seen) add(at('id'), `在本报告中唯一的标识（已用于 ${seen}）`, `“${ind.id}”`);
      ids.set(ind.id, formatPath(['goals', a, 'indicators', i]));
      const { comparator } = ind;
      const numeric = comparator !== 'range' && comparator !== 'qualitative';
      if (numeric && typeof ind.target !== 'number') {
        add(
          at('target'),
          comparator
            ? `数字（比较方式为“${comparator}”）`
            : '数字；文字描述的目标请写 comparator: qualitative',
          JSON.stringify(ind.target),
        );
      }
      if (comparator === 'range') {
        if (!Array.isArray(ind.target))
          add(
            at('target'),
            '区间 [最小值, 最大值]（比较方式为 range）',
            JSON.stringify(ind.target),
          );
        else if (ind.target[0] > ind.target[1])
          add(at('target'), '最小值不大于最大值', JSON.stringify(ind.target));
      }
      if (comparator === 'qualitative' && typeof ind.target !== 'string') {
        add(at('target'), '文字描述（比较方式为 qualitative）', JSON.stringify(ind.target));
      }
      if (
        comparator !== 'qualitative' &&
        ind.actual !== undefined &&
        typeof ind.actual !== 'number'
      ) {
        add(at('actual'), '数字（定量指标）；报告未说明时不填', `“${ind.actual}”`);
      }
      if (ind.basis === 'growth') {
        if (comparator === 'range' || comparator === 'qualitative')
          add(at('basis'), '增长率目标的比较方式为 >=、>、<=、< 或 = ', `“${comparator}”`);
      }
      // A quantitative indicator without a unit is kept as printed (the source may be cut off
      // before it): the page says 报告未说明计量单位 rather than the build refusing it.
      if (ind.estimated && ind.actual === undefined && ind.growthRate === undefined)
        add(at('estimated'), '仅在填写了实际完成值时标为预计', 'true');
      if (ind.met !== undefined) {
        const compared = compareStatus(ind);
        if (compared !== undefined && compared !== (ind.met ? 'met' : 'not-met'))
          add(
            at('met'),
            `与目标和实际完成值的比较结果一致（${compared === 'met' ? '已达成' : '未达成'}）`,
            String(ind.met),
          );
      }
    });
  });
}

function checkFindings(report: Report, body: string, add: Add): void {
  const text = body.replace(/\s+/g, '');
  for (const key of ['problems', 'measures'] as const) {
    report[key].forEach((item, i) => {
      if (!text.includes(item.title.replace(/\s+/g, ''))) {
        add([key, i, 'title'], '与正文中的小标题一致的文字', `“${item.title}”（正文中未找到）`);
      }
    });
  }
}
