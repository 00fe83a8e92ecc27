// Goals against actuals: targets, actuals and statuses in words, and the goal summary.
import type { GoalStatus, Indicator, Task } from '../../schemas/goals.ts';
import type { Report } from '../../schemas/report.ts';
import { formatQuantity } from '../format.ts';
import {
  achievementRatio,
  comparatorSymbol,
  type GoalSummary,
  goalHeadline,
  goalStatus,
  summarizeGoals,
} from '../goals.ts';
import { NO_UNIT, NOT_STATED } from './types.ts';

export interface IndicatorView {
  indicator: Indicator;
  /** Frontmatter path of the indicator. */
  path: string;
  status: GoalStatus;
  statusText: string;
  targetText: string;
  actualText: string;
  ratio?: number;
}

export interface GoalAreaView {
  area: string;
  indicators: IndicatorView[];
  tasks: Task[];
}

export interface GoalsView {
  areas: GoalAreaView[];
  summary: GoalSummary;
  /** “5 项达成 · 7 项未说明完成值”; undefined when nothing is measurable. */
  headline: string | undefined;
  /** The 当年 figure in words for the overview card, counting what is not stated. */
  sentence: string;
}

/** A target as a reader reads it: ≥ 380 家, 1–2 家, 增长 ≥ 6%, 318 亿元, or the goal in words. */
export function targetText(indicator: Indicator): string {
  const { target, comparator, unit } = indicator;
  if (typeof target === 'string') return target;
  // A source cut off before the unit (增加0.3个 with only 个 lost): said so, never guessed.
  const noUnit = unit ? '' : `（${NO_UNIT}）`;
  if (Array.isArray(target)) return `${formatQuantity(target as [number, number], unit)}${noUnit}`;
  const symbol = comparatorSymbol(comparator);
  if (indicator.basis === 'growth')
    return `增长 ${symbol} ${formatQuantity(target, '%')}`.replace(/\s+/g, ' ');
  return `${`${symbol} ${formatQuantity(target, unit)}`.trim()}${noUnit}`;
}

/** The actual as a reader reads it, or the plain statement that the report gives none. */
export function actualText(indicator: Indicator): string {
  const { actual, unit } = indicator;
  const growth =
    indicator.basis === 'growth' && indicator.growthRate !== undefined
      ? `增长 ${formatQuantity(indicator.growthRate, '%')}`
      : undefined;
  if (actual === undefined)
    return growth ? `${indicator.estimated ? '预计 ' : ''}${growth}` : NOT_STATED;
  if (typeof actual === 'string') return actual;
  const level = `${indicator.estimated ? '预计 ' : ''}${formatQuantity(actual, unit)}`;
  return growth ? `${level}（${growth}）` : level;
}

export const STATUS_TEXT: Record<GoalStatus, string> = {
  met: '已达成',
  'not-met': '未达成',
  'not-stated': '报告未说明完成值',
  'not-judged': '报告未判断是否达成',
  qualitative: '定性目标',
};

/** Status in words, with 预计 where the actual is an estimate. */
export function statusText(indicator: Indicator): string {
  const status = goalStatus(indicator);
  if (status === 'qualitative')
    return indicator.actual === undefined ? '定性目标，报告未说明完成情况' : '定性目标，见完成情况';
  const base = STATUS_TEXT[status];
  return indicator.estimated && (status === 'met' || status === 'not-met')
    ? `${base}（预计）`
    : base;
}

export function goalsView(report: Report): GoalsView {
  const areas = (report.goals ?? []).map((area, a) => ({
    area: area.area,
    tasks: area.tasks ?? [],
    indicators: area.indicators.map((indicator, i): IndicatorView => {
      const ratio = achievementRatio(indicator);
      return {
        indicator,
        path: `goals[${a}].indicators[${i}]`,
        status: goalStatus(indicator),
        statusText: statusText(indicator),
        targetText: targetText(indicator),
        actualText: actualText(indicator),
        ...(ratio === undefined ? {} : { ratio }),
      };
    }),
  }));
  const summary = summarizeGoals(report.goals);
  return { areas, summary, headline: goalHeadline(summary), sentence: goalSentence(summary) };
}

/** The goals in one sentence that counts what is not stated; never "0 项 … 0 项". */
export function goalSentence(s: GoalSummary): string {
  if (s.total === 0 && s.tasks === 0) return `${NOT_STATED}绩效目标。`;
  const parts: string[] = [];
  if (s.quantitative > 0) {
    const stated = s.met + s.notMet;
    const known = [
      s.met > 0
        ? `${s.met} 项达到目标${s.estimated > 0 ? `（其中 ${s.estimated} 项为预计值）` : ''}`
        : '',
      s.notMet > 0 ? `${s.notMet} 项未达到` : '',
      s.notJudged > 0 ? `${s.notJudged} 项报告给出完成值但未判断是否达成` : '',
      s.notStated > 0 ? `${s.notStated} 项报告未说明完成值` : '',
    ].filter(Boolean);
    parts.push(
      `${s.quantitative} 项定量目标${stated === 0 && s.notJudged === 0 ? '均未说明完成值' : `：${known.join('，')}`}`,
    );
  }
  if (s.qualitative > 0)
    parts.push(
      `${s.qualitative} 项定性目标${s.qualitativeNotStated > 0 ? `（${s.qualitativeNotStated} 项报告未说明完成情况）` : ''}`,
    );
  if (s.tasks > 0)
    parts.push(
      `${s.tasks} 项工作任务${s.tasksNotStated > 0 ? `（${s.tasksNotStated} 项报告未说明完成情况）` : ''}`,
    );
  return `${parts.join('；')}。`;
}
