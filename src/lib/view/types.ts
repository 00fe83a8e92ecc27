// The shapes every part of the view model shares, and the one word for "not stated".
import type { Derived, DisclosureItem } from '../../schemas/data.ts';
import type { Grade } from '../../schemas/evaluation.ts';
import type { AmountUnit, Report } from '../../schemas/report.ts';
import type { BodyHeading } from '../headings.ts';
import type { ExpenditureView, IncomeView } from './budget.ts';
import type { ExecutionView } from './execution.ts';
import type { GoalsView } from './goals.ts';
import type { YearOnYear } from './previous-year.ts';
import type { StaffingView } from './staffing.ts';
import type { ThreePublicRow } from './three-public.ts';

/** The words every page uses for an item the report does not state. */
export const NOT_STATED = '报告未说明';

/** Beside a quantitative target whose unit the report does not print. */
export const NO_UNIT = '报告未说明计量单位';

/** One figure as the pages show it, with the frontmatter path it comes from (for the tests). */
export interface FigureRow {
  label: string;
  value: number;
  /** Frontmatter path of the value, e.g. `expenditure.classes[0].amount`; absent when computed. */
  path?: string;
  /** Worked out by the site (a remainder, a sum), never stated by the report: labelled so. */
  computed?: boolean;
  /** Share of the total in percent, one decimal, where there is a total. */
  share?: number;
}

/** A total as stated, or, where the report states none, the site's sum labelled 本站合计. */
export interface Total {
  value: number;
  path?: string;
  computed: boolean;
}

export interface CsvTable {
  name: string;
  title: string;
  csv: string;
}

export interface ReportView {
  report: Report;
  unit: AmountUnit | undefined;
  income: IncomeView | undefined;
  expenditure: ExpenditureView | undefined;
  yearOnYear: YearOnYear | undefined;
  execution: ExecutionView | undefined;
  threePublic: ThreePublicRow[] | undefined;
  staffing: StaffingView | undefined;
  goals: GoalsView;
  evaluation:
    | {
        score?: number;
        grade?: Grade;
        indicators: NonNullable<NonNullable<Report['evaluation']>['indicators']>;
      }
    | undefined;
  disclosure: DisclosureItem[];
  headings: BodyHeading[];
  csv: CsvTable[];
  /** The data sections in words, for search. */
  searchText: { id: string; title: string; text: string }[];
  derived: Derived;
}
