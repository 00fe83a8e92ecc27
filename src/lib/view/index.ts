/**
 * The view model: everything derived from a report, worked out once. The report page, its JSON
 * and CSV, the department's trends and comparisons, the home page and the search text all read
 * `reportView`, so a rule (which figure "last year" is based on, shares, statuses, 公开要素 …)
 * lives in one place and the outputs cannot disagree.
 *
 * Each concept has its module beside this one; this module composes them.
 */
import { derivedSchema } from '../../schemas/data.ts';
import type { BodyCues, Outline } from '../../schemas/outline.ts';
import type { Report } from '../../schemas/report.ts';
import { cuesOf } from '../disclosure-cues.ts';
import { type BodyHeading, headingsOf, parseBody } from '../headings.ts';
import { expenditureView, incomeView } from './budget.ts';
import { derivedOf } from './derived.ts';
import { disclosureOf } from './disclosure.ts';
import { executionView } from './execution.ts';
import { goalsView } from './goals.ts';
import { yearOnYearView } from './previous-year.ts';
import { searchText } from './search-text.ts';
import { staffingView } from './staffing.ts';
import { csvTables } from './tables.ts';
import { threePublicView } from './three-public.ts';
import type { ReportView } from './types.ts';

export type { ExpenditureView, IncomeView } from './budget.ts';
export { disclosureOf } from './disclosure.ts';
export type { ExecutionView } from './execution.ts';
export {
  actualText,
  type GoalAreaView,
  type GoalsView,
  goalSentence,
  type IndicatorView,
  STATUS_TEXT,
  statusText,
  targetText,
} from './goals.ts';
export {
  type PreviousTotal,
  previousTotals,
  previousYearOf,
  type YearOnYear,
} from './previous-year.ts';
export { budgetSentence, summaryLine } from './sentences.ts';
export { type StaffColumn, type StaffingView, staffingView } from './staffing.ts';
export { TABLE_NAMES } from './tables.ts';
export type { ThreePublicRow } from './three-public.ts';
export {
  type CsvTable,
  type FigureRow,
  NO_UNIT,
  NOT_STATED,
  type ReportView,
  type Total,
} from './types.ts';

/**
 * Works out everything a report's outputs show. The body (or its headings, already worked out
 * from it) gives the 公开要素 their text headings and the page its table of contents.
 */
export function reportView(
  report: Report,
  body: string | readonly BodyHeading[] | Outline = '',
): ReportView {
  const outline = outlineOfBody(body);
  const headings = outline.headings;
  const income = incomeView(report);
  const expenditure = expenditureView(report);
  const yearOnYear = yearOnYearView(report);
  const execution = executionView(report);
  const threePublic = threePublicView(report);
  const staffing = staffingView(report.staffing);
  const goals = goalsView(report);
  const evaluation =
    report.evaluation &&
    (report.evaluation.score !== undefined ||
      report.evaluation.grade !== undefined ||
      report.evaluation.indicators)
      ? {
          ...(report.evaluation.score === undefined ? {} : { score: report.evaluation.score }),
          ...(report.evaluation.grade === undefined ? {} : { grade: report.evaluation.grade }),
          indicators: report.evaluation.indicators ?? [],
        }
      : undefined;
  const disclosure = disclosureOf(report, headings, outline.cues);
  const view: Omit<ReportView, 'csv' | 'searchText' | 'derived'> = {
    report,
    unit: report.unit,
    income,
    expenditure,
    yearOnYear,
    execution,
    threePublic,
    staffing,
    goals,
    evaluation,
    disclosure,
    headings,
  };
  return {
    ...view,
    csv: csvTables(view),
    searchText: searchText(view),
    // The published derived values are checked against their schema, so JSON and schema agree.
    derived: derivedSchema.parse(derivedOf(view)),
  };
}

/** A body as text, as headings only (no cues: nothing can be judged 报告未说明), or as an outline. */
function outlineOfBody(body: string | readonly BodyHeading[] | Outline): {
  headings: BodyHeading[];
  cues?: BodyCues;
} {
  if (typeof body === 'string') {
    const tree = parseBody(body);
    const headings = headingsOf(tree);
    return { headings, cues: cuesOf(tree, headings) };
  }
  if ('headings' in body)
    return { headings: [...body.headings], ...(body.cues ? { cues: body.cues } : {}) };
  return { headings: [...body] };
}
