// The derived values published in the JSON (`derived`), checked against their schema.
import type { Derived } from '../../schemas/data.ts';
import type { ReportView } from './types.ts';

export function derivedOf(view: Omit<ReportView, 'csv' | 'searchText' | 'derived'>): Derived {
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

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
