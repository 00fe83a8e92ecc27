// Income and expenditure as the pages show them: stated totals, sources, classes, shares.
import { incomeSourcesSchema } from '../../schemas/budget.ts';
import type { Report } from '../../schemas/report.ts';
import { shares } from '../budget.ts';
import { round } from '../sums.ts';
import { sum } from './derived.ts';
import type { FigureRow, Total } from './types.ts';

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

type SourceKey = keyof typeof incomeSourcesSchema.shape;

export function incomeView(report: Report): IncomeView | undefined {
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

export function expenditureView(report: Report): ExpenditureView | undefined {
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
