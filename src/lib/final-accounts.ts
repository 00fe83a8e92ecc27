/**
 * The 决算 block as rows for the report page and its CSV: each stated figure with its frontmatter
 * path, in the order reports print them; a figure the report does not state has no row.
 */
import { incomeSourcesSchema } from '../schemas/budget.ts';
import type { FinalChange } from '../schemas/final-accounts.ts';
import type { Report } from '../schemas/report.ts';

export interface FinalRow {
  /** 收入决算, 支出决算, 财政拨款 or 项目支出明细. */
  group: string;
  label: string;
  value: number;
  path: string;
  /** Indented under the group's total. */
  sub: boolean;
}

export interface FinalChangeRow {
  group: string;
  change: FinalChange;
  path: string;
}

export interface FinalAccountsView {
  rows: FinalRow[];
  changes: FinalChangeRow[];
}

type SourceKey = keyof typeof incomeSourcesSchema.shape;

/** The 决算 rows of a report; undefined when it states none. */
export function finalAccountsView(report: Report): FinalAccountsView | undefined {
  const f = report.finalAccounts;
  if (!f) return undefined;
  const rows: FinalRow[] = [];
  const changes: FinalChangeRow[] = [];
  const row = (
    group: string,
    label: string,
    value: number | undefined,
    path: string,
    sub = true,
  ) => {
    if (value !== undefined) rows.push({ group, label, value, path, sub });
  };
  if (f.income) {
    const g = '收入决算';
    row(g, '收入决算合计', f.income.total, 'finalAccounts.income.total', false);
    const shape = incomeSourcesSchema.shape;
    for (const key of Object.keys(shape) as SourceKey[])
      row(
        g,
        String(shape[key].meta()?.['title'] ?? key),
        f.income.sources?.[key],
        `finalAccounts.income.sources.${key}`,
      );
    if (f.income.change)
      changes.push({ group: g, change: f.income.change, path: 'finalAccounts.income.change' });
  }
  if (f.expenditure) {
    const g = '支出决算';
    const e = f.expenditure;
    row(g, '支出决算合计', e.total, 'finalAccounts.expenditure.total', false);
    row(g, '基本支出', e.basic, 'finalAccounts.expenditure.basic');
    row(g, '其中：人员经费', e.personnel, 'finalAccounts.expenditure.personnel');
    row(g, '其中：公用经费', e.publicUse, 'finalAccounts.expenditure.publicUse');
    row(g, '项目支出', e.project, 'finalAccounts.expenditure.project');
    if (e.change)
      changes.push({ group: g, change: e.change, path: 'finalAccounts.expenditure.change' });
    for (const [i, p] of (e.projects ?? []).entries())
      row('项目支出明细', p.name, p.amount, `finalAccounts.expenditure.projects[${i}].amount`);
  }
  if (f.appropriation) {
    const g = '财政拨款';
    row(g, '财政拨款', f.appropriation.total, 'finalAccounts.appropriation.total', false);
    if (f.appropriation.change)
      changes.push({
        group: g,
        change: f.appropriation.change,
        path: 'finalAccounts.appropriation.change',
      });
  }
  return rows.length > 0 || changes.length > 0 ? { rows, changes } : undefined;
}

/** “增加 189.25 万元（增长 31.39%）” as printed, without inventing a rate the report omits. */
export function changeWords(
  change: FinalChange,
  unit: string,
  format: (v: number) => string,
): string {
  const up = change.amount >= 0;
  const rate =
    change.ratePercent === undefined
      ? ''
      : `（${change.ratePercent >= 0 ? '增长' : '下降'} ${Math.abs(change.ratePercent)}%）`;
  return change.amount === 0
    ? `与上年持平${rate}`
    : `较上年${up ? '增加' : '减少'} ${format(Math.abs(change.amount))} ${unit}${rate}`;
}
