// 三公经费: budget and actual of each item.
import type { BudgetActual } from '../../schemas/budget.ts';
import type { Report } from '../../schemas/report.ts';
import { round } from '../sums.ts';

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

export function threePublicView(report: Report): ThreePublicRow[] | undefined {
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
