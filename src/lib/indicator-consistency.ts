import type { Indicator } from '../schemas/goals.ts';
import { formatPath, type Issue, type PathSegment } from '../schemas/issues.ts';
import { labelFor } from '../schemas/labels.ts';
import type { Locate } from '../schemas/parse.ts';
import { type Report, reportSchema } from '../schemas/report.ts';

/** One validated report with where its fields are, as loadContent holds it while reading. */
export interface LocatedReport {
  file: string;
  data: Report;
  locate: Locate;
}

/** What an indicator means, beyond its wording: the properties the trend view lines up by. */
type Property = 'unit' | 'basis' | 'comparator';

interface Occurrence {
  file: string;
  year: number;
  line: number | undefined;
  path: PathSegment[];
  value: string;
  shown: string;
}

const NAMES: Record<Property, string> = {
  unit: '计量单位',
  basis: '比较对象（水平值或增长率）',
  comparator: '比较方向',
};

/**
 * The direction a comparator judges in: 以上/超过 want more, 以内/低于 want less. `=`, ranges and
 * qualitative goals have none, and a target the report words without 以上/以内 states none, so
 * only a reversal of direction is a redefinition.
 */
function direction(indicator: Indicator): { value: string; shown: string } | undefined {
  const c = indicator.comparator;
  if (c === '>=' || c === '>') return { value: 'up', shown: `“${c}”（越多越好）` };
  if (c === '<=' || c === '<') return { value: 'down', shown: `“${c}”（越少越好）` };
  return undefined;
}

/** The value of one property, or undefined where this year's report does not state it. */
function statedValue(
  indicator: Indicator,
  property: Property,
): { value: string; shown: string } | undefined {
  if (property === 'unit') {
    // A unit cut off in the source is "not stated", not a change; ％ and % are one unit.
    if (indicator.unit === undefined) return undefined;
    return { value: indicator.unit.normalize('NFKC').trim(), shown: `“${indicator.unit}”` };
  }
  if (property === 'basis') {
    // A goal stated in words compares nothing, so it has no basis to keep.
    if (indicator.comparator === 'qualitative' || typeof indicator.target === 'string')
      return undefined;
    const basis = indicator.basis ?? 'level';
    return { value: basis, shown: basis === 'growth' ? '增长率（growth）' : '水平值（level）' };
  }
  return direction(indicator);
}

/**
 * Across a department's years an indicator `id` keeps its unit, its basis and the direction of
 * its comparator: the trend view lines the years of one id up as one series, and a series of
 * 件 in one year and 万元 in the next compares quantities that cannot be compared. Each later
 * year that changes a property is an error at its own line, naming the year that first stated
 * it. A department that truly redefined an indicator gives it a new id.
 */
export function indicatorConsistencyIssues(reports: readonly LocatedReport[]): Issue[] {
  // org → id → property → the first occurrence that states it (reports taken oldest first).
  const first = new Map<string, Map<string, Map<Property, Occurrence>>>();
  const issues: Issue[] = [];
  const ordered = [...reports].sort(
    (a, b) => a.data.org.localeCompare(b.data.org) || a.data.year - b.data.year,
  );
  for (const report of ordered) {
    const ids = first.get(report.data.org) ?? new Map<string, Map<Property, Occurrence>>();
    first.set(report.data.org, ids);
    (report.data.goals ?? []).forEach((area, a) => {
      area.indicators.forEach((indicator, i) => {
        const seen = ids.get(indicator.id) ?? new Map<Property, Occurrence>();
        ids.set(indicator.id, seen);
        for (const property of ['unit', 'basis', 'comparator'] as const) {
          const stated = statedValue(indicator, property);
          if (!stated) continue;
          const field: PathSegment[] = ['goals', a, 'indicators', i, property];
          const here: Occurrence = {
            file: report.file,
            year: report.data.year,
            line: report.locate(field) ?? report.locate(['goals', a, 'indicators', i]),
            path: field,
            ...stated,
          };
          const before = seen.get(property);
          if (!before) {
            seen.set(property, here);
            continue;
          }
          if (before.value === stated.value) continue;
          const where = before.line ? `${before.file}:${before.line}` : before.file;
          issues.push({
            file: here.file,
            ...(here.line ? { line: here.line } : {}),
            path: formatPath(field),
            label: labelFor(reportSchema, field),
            expected: `与 ${where}（${before.year} 年）相同的${NAMES[property]} ${before.shown}：同一指标标识“${indicator.id}”在各年度含义不变；如果指标确已重新定义，请改用新的指标标识（id）`,
            found: `${here.year} 年为 ${here.shown}`,
          });
        }
      });
    });
  }
  return issues;
}
