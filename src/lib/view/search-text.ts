// The data sections in words, for search.
import { formatAmountNumber } from '../format.ts';
import { NOT_STATED, type ReportView } from './types.ts';

export function searchText(
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
