// The 12 公开要素: which the report states, by its data or a heading of its text.
import type { DisclosureItem } from '../../schemas/data.ts';
import type { BodyCues } from '../../schemas/outline.ts';
import type { Report } from '../../schemas/report.ts';
import { disclosureItems } from '../disclosure.ts';
import type { BodyHeading } from '../headings.ts';

/**
 * The 12 公开要素 (src/lib/disclosure.ts): stated by the report's data, a heading or a line's
 * label; else 本站未能识别 where the text mentions the item or was not read, else 报告未说明.
 */
export function disclosureOf(
  report: Report,
  headings: readonly BodyHeading[],
  cues?: BodyCues,
): DisclosureItem[] {
  return disclosureItems(report, headings, cues);
}
