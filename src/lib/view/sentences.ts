// Headline sentences for pages and lists; never a placeholder.
import { formatAmountNumber } from '../format.ts';
import { NOT_STATED, type ReportView } from './types.ts';

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
