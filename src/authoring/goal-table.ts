import { COMPARATOR_SYMBOLS } from '../lib/goals.ts';
import type { Comparator } from '../schemas/goals.ts';
import type { ColumnMatch } from './columns.ts';
import { assignIds } from './ids.ts';
import type { Sheet } from './sheet.ts';
import { rows, type TableIssue, type TableResult } from './table.ts';
import { parseActual, parseTarget } from './targets.ts';

const NATURE: [RegExp, Comparator][] = [
  [/^(?:≥|>=|大于等于|不低于|正向)/, '>='],
  [/^(?:≤|<=|小于等于|不高于|反向)/, '<='],
  [/^(?:>|＞|大于)/, '>'],
  [/^(?:<|＜|小于)/, '<'],
  [/^(?:=|＝|等于)/, '='],
  [/^定性/, 'qualitative'],
];
const SIGN: Record<Comparator, string> = { ...COMPARATOR_SYMBOLS, range: '', qualitative: '' };

/**
 * A goal table as `goals`: areas from 二级指标 (else 一级指标) in table order, indicators with
 * comparator, target and unit read from 指标值 and 计量单位, ids kept from `known` names.
 */
export function readGoals(
  sheet: Sheet,
  match: ColumnMatch,
  known: ReadonlyMap<string, string>,
): TableResult<{ area: string; indicators: Record<string, unknown>[] }[]> {
  const notes: string[] = [];
  const issues: TableIssue[] = [];
  const list = rows(sheet, match, notes);
  const ids = assignIds(
    list.map((r) => r.level3),
    known,
  );
  const areas = new Map<string, Record<string, unknown>[]>();
  const lines: string[] = [];
  for (const [i, r] of list.entries()) {
    const area = r.level2 || r.level1;
    const written = r.get('target');
    const parsed = parseTarget(written);
    if (!area) {
      issues.push({ row: r.row, expected: '所属的二级指标或一级指标', found: '空白' });
      continue;
    }
    if (!parsed) {
      issues.push({
        row: r.row,
        column: r.header('target'),
        expected: '指标值，如 ≥380、1-2、按时完成',
        found: '空白',
      });
      continue;
    }
    const nature = NATURE.find(([re]) => re.test(r.get('nature')))?.[1];
    let { comparator, target } = parsed;
    if (nature === 'qualitative') [comparator, target] = ['qualitative', written];
    else if (!parsed.explicit && nature && comparator !== 'qualitative') comparator = nature;
    else if (!parsed.explicit)
      notes.push(`第${r.row}行 指标值“${written}”未写比较方式，按“=”（等于）导入，请核对。`);
    const unit = comparator === 'qualitative' ? '' : r.get('unit') || parsed.unit || '';
    const indicator: Record<string, unknown> = {
      id: ids[i],
      name: r.level3,
      ...(unit ? { unit } : {}),
      comparator,
      target,
    };
    const actualText = r.get('actual');
    if (actualText && comparator === 'qualitative') indicator['actual'] = actualText;
    else if (actualText) {
      const actual = parseActual(actualText);
      if (actual)
        Object.assign(indicator, {
          actual: actual.value,
          ...(actual.estimated ? { estimated: true } : {}),
        });
      else
        notes.push(`第${r.row}行 实际完成值“${actualText}”不是数字，定量指标未导入该值，请核对。`);
    }
    areas.set(area, [...(areas.get(area) ?? []), indicator]);
    const shown = Array.isArray(target)
      ? `${target[0]}–${target[1]}`
      : `${SIGN[comparator]}${target}`;
    const done = indicator['actual'] === undefined ? '' : `，实际完成值 ${indicator['actual']}`;
    lines.push(
      `第${r.row}行 ${area} › ${r.level3} [${ids[i]}]：${comparator === 'qualitative' ? '定性' : ''}目标 ${shown}${unit}${done}`,
    );
  }
  if (list.length === 0) issues.push({ expected: '至少一行指标', found: '表中没有数据行' });
  if (issues.length > 0) return { ok: false, issues };
  const value = [...areas].map(([area, indicators]) => ({ area, indicators }));
  return { ok: true, value, lines, notes };
}
