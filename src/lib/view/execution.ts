// Budget execution (预算执行 / 决算): carry-over, initial, supplement, adjusted, actual, rate.
import type { Report } from '../../schemas/report.ts';
import { executionRate, statedBase } from '../budget.ts';
import type { FigureRow } from './types.ts';

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

const EXECUTION_LABELS = {
  carryover: '上年结转',
  initial: '年初预算数',
  supplement: '追加（调整）预算',
  adjusted: '全年预算数',
  actual: '全年执行数',
} as const;

export function executionView(report: Report): ExecutionView | undefined {
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
