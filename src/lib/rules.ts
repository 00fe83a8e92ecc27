import { formatPath, type Issue, type PathSegment } from '../schemas/issues.ts';
import { labelFor } from '../schemas/labels.ts';
import type { Locate } from '../schemas/parse.ts';
import { type Report, reportSchema } from '../schemas/report.ts';
import { bandText, gradeForScore } from './grade.ts';
import { checkSum } from './sums.ts';

/** Where a report came from, for the checks that need more than its frontmatter. */
export interface ReportContext {
  file: string;
  /** The MDX body (narrative). */
  body: string;
  locate?: Locate;
}

/**
 * The checks types cannot express: sums, score bands, weights, comparators against targets and
 * problems against the narrative. Every problem is returned, not just the first.
 */
export function checkReport(report: Report, context: ReportContext): Issue[] {
  const issues: Issue[] = [];
  const add = (path: PathSegment[], expected: string, found: string) => {
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
  const AMOUNT = 2;
  const sum = (
    path: PathSegment[],
    total: number,
    parts: number[],
    what: string,
    precision = AMOUNT,
  ) => {
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

  const sources = Object.values(report.income.sources).filter((v): v is number => v !== undefined);
  sum(['income', 'total'], report.income.total, sources, '各收入来源');
  const { expenditure } = report;
  sum(
    ['expenditure', 'total'],
    expenditure.total,
    expenditure.classes.map((c) => c.amount),
    '各功能分类',
  );
  if (expenditure.split) {
    const { basic, project } = expenditure.split;
    sum(['expenditure', 'total'], expenditure.total, [basic, project], '基本支出与项目支出');
  }
  const change = expenditure.change;
  if (change?.basic !== undefined && change.project !== undefined) {
    sum(
      ['expenditure', 'change', 'amount'],
      change.amount,
      [change.basic, change.project],
      '基本支出与项目支出增减',
    );
  }
  const names = new Map<string, number>();
  expenditure.classes.forEach((c, i) => {
    const first = names.get(c.name);
    if (first !== undefined)
      add(
        ['expenditure', 'classes', i, 'name'],
        `不重复的分类名称（已在第${first + 1}项出现）`,
        `“${c.name}”`,
      );
    else names.set(c.name, i);
  });

  const { score, grade, indicators } = report.evaluation;
  const band = gradeForScore(score);
  if (band !== grade) {
    add(
      ['evaluation', 'grade'],
      `与自评分值 ${score} 分相符的等级“${band}”（${bandText(band)}）`,
      `“${grade}”（${bandText(grade)}）`,
    );
  }
  if (indicators) {
    indicators.forEach((row, i) => {
      if (row.score > row.weight)
        add(
          ['evaluation', 'indicators', i, 'score'],
          `不超过指标权重 ${row.weight}`,
          String(row.score),
        );
    });
    const weights = checkSum(
      100,
      indicators.map((r) => r.weight),
    );
    if (!weights.ok)
      add(['evaluation', 'indicators'], '各指标权重之和为 100', `权重之和 ${weights.sum}`);
    sum(
      ['evaluation', 'score'],
      score,
      indicators.map((r) => r.score),
      '各指标得分',
      0,
    );
  }

  const ids = new Map<string, string>();
  report.goals.forEach((area, a) => {
    area.indicators.forEach((ind, i) => {
      const at = (field: string): PathSegment[] => ['goals', a, 'indicators', i, field];
      const seen = ids.get(ind.id);
      if (seen) add(at('id'), `在本报告中唯一的标识（已用于 ${seen}）`, `“${ind.id}”`);
      ids.set(ind.id, formatPath(['goals', a, 'indicators', i]));
      const numeric = !['range', 'qualitative'].includes(ind.comparator);
      if (numeric && typeof ind.target !== 'number') {
        add(at('target'), `数字（比较方式为“${ind.comparator}”）`, JSON.stringify(ind.target));
      }
      if (ind.comparator === 'range') {
        if (!Array.isArray(ind.target))
          add(
            at('target'),
            '区间 [最小值, 最大值]（比较方式为 range）',
            JSON.stringify(ind.target),
          );
        else if (ind.target[0] > ind.target[1])
          add(at('target'), '最小值不大于最大值', JSON.stringify(ind.target));
      }
      if (ind.comparator === 'qualitative' && typeof ind.target !== 'string') {
        add(at('target'), '文字描述（比较方式为 qualitative）', JSON.stringify(ind.target));
      }
      if (
        ind.comparator !== 'qualitative' &&
        ind.actual !== undefined &&
        typeof ind.actual !== 'number'
      ) {
        add(at('actual'), '数字（定量指标）；报告未说明时不填', `“${ind.actual}”`);
      }
      if (ind.comparator !== 'qualitative' && !ind.unit)
        add(at('unit'), '定量指标的计量单位，如 家、篇、人次', '（未填写）');
      if (ind.estimated && ind.actual === undefined)
        add(at('estimated'), '仅在填写了实际完成值时标为预计', 'true');
    });
  });

  const text = context.body.replace(/\s+/g, '');
  for (const key of ['problems', 'measures'] as const) {
    report[key].forEach((item, i) => {
      if (!text.includes(item.title.replace(/\s+/g, ''))) {
        add([key, i, 'title'], '与正文中的小标题一致的文字', `“${item.title}”（正文中未找到）`);
      }
    });
  }
  return issues;
}
