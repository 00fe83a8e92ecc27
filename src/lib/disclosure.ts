/**
 * The 公开要素 judgement: for each of the 12 items, whether the report states it, and where.
 * Three outcomes, because a public page must never say a department did not disclose what it
 * did: 已说明 (the figures, a heading or a line's label), 本站未能识别 (the text speaks of the
 * item somewhere the site cannot pin down, or the text was not read) and 报告未说明 (nothing in
 * the figures or the text). The words that count are in `disclosure-labels.ts`.
 */
import type { DisclosureItem, DisclosureKey } from '../schemas/data.ts';
import type { BodyCues, BodyHeading } from '../schemas/outline.ts';
import type { Report } from '../schemas/report.ts';
import { DISCLOSURE_LABELS, namesItem } from './disclosure-labels.ts';

/** The words the pages use for each outcome. */
export const DISCLOSURE_WORDS = {
  stated: '已说明',
  unrecognised: '本站未能识别',
  'not-stated': '报告未说明',
} as const;

const has = (v: unknown) => v !== undefined;
const any = (o: object | undefined) => Object.values(o ?? {}).some(has);

/** Where on the report page the item's figures are shown, and whether the frontmatter holds them. */
const DATA: Record<DisclosureKey, { anchor: string; data: (r: Report) => boolean }> = {
  functions: { anchor: '', data: () => false },
  organisation: {
    anchor: 'staffing',
    data: (r) => (r.staffing?.length ?? 0) > 0 || has(r.staffingTotal) || any(r.organisation),
  },
  income: {
    anchor: 'budget',
    data: (r) =>
      has(r.income?.total) ||
      any(r.income?.sources) ||
      has(r.finalAccounts?.income?.total) ||
      any(r.finalAccounts?.income?.sources),
  },
  expenditure: {
    anchor: 'budget',
    data: (r) =>
      has(r.expenditure?.total) ||
      (r.expenditure?.classes?.length ?? 0) > 0 ||
      has(r.finalAccounts?.expenditure?.total) ||
      has(r.finalAccounts?.expenditure?.basic) ||
      has(r.finalAccounts?.expenditure?.project),
  },
  change: {
    anchor: 'budget',
    data: (r) =>
      Boolean(r.expenditure?.change ?? r.income?.change) ||
      has(r.finalAccounts?.income?.change) ||
      has(r.finalAccounts?.expenditure?.change),
  },
  execution: {
    anchor: 'budget',
    data: (r) => any(r.expenditure?.execution) || has(r.finalAccounts?.expenditure?.total),
  },
  threePublic: { anchor: 'three-public', data: (r) => r.threePublic !== undefined },
  goals: { anchor: 'goals', data: (r) => (r.goals?.length ?? 0) > 0 },
  indicators: {
    anchor: 'goals',
    data: (r) =>
      (r.goals ?? []).some(
        (a) =>
          a.indicators.some((i) => i.actual !== undefined) ||
          (a.tasks ?? []).some((t) => t.result !== undefined),
      ) || (r.evaluation?.indicators?.length ?? 0) > 0,
  },
  evaluation: {
    anchor: 'evaluation',
    data: (r) => has(r.evaluation?.score) || has(r.evaluation?.grade),
  },
  problems: { anchor: 'problems', data: (r) => r.problems.length > 0 },
  measures: { anchor: 'measures', data: (r) => r.measures.length > 0 },
};

/**
 * The 12 items in order. `cues` (the lines' labels and the text's mentions) come with a body
 * that was read; without them nothing is judged 报告未说明, only 本站未能识别.
 */
export function disclosureItems(
  report: Report,
  headings: readonly BodyHeading[],
  cues: BodyCues | undefined,
): DisclosureItem[] {
  return DISCLOSURE_LABELS.map((item): DisclosureItem => {
    const { key, label } = item;
    const { anchor, data } = DATA[key];
    if (data(report)) return { key, label, stated: true, status: 'stated', source: 'data', anchor };
    const heading = headings.find((h) => namesItem(item, h.text));
    if (heading)
      return { key, label, stated: true, status: 'stated', source: 'text', anchor: heading.id };
    const lead = cues?.leads.find((l) => namesItem(item, l.text));
    if (lead)
      return {
        key,
        label,
        stated: true,
        status: 'stated',
        source: 'paragraph',
        anchor: lead.anchor,
      };
    const unknown = !cues || cues.mentioned.includes(key);
    return unknown
      ? { key, label, stated: false, status: 'unrecognised', anchor: 'fulltext' }
      : { key, label, stated: false, status: 'not-stated' };
  });
}
