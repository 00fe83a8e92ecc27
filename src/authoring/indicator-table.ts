import type { ColumnMatch } from './columns.ts';
import type { Sheet } from './sheet.ts';
import { rows, type TableIssue, type TableResult, withUnit } from './table.ts';

function points(text: string): number | undefined {
  const cleaned = text.replace(/\s+/g, '').replace(/分$/, '');
  return cleaned !== '' && Number.isFinite(Number(cleaned)) ? Number(cleaned) : undefined;
}

/** The 自评表 rows as `evaluation.indicators`: texts kept as written, weights and scores as numbers. */
export function readIndicators(
  sheet: Sheet,
  match: ColumnMatch,
): TableResult<Record<string, unknown>[]> {
  const notes: string[] = [];
  const issues: TableIssue[] = [];
  const value: Record<string, unknown>[] = [];
  const lines: string[] = [];
  for (const r of rows(sheet, match, notes)) {
    if (!r.level1)
      issues.push({
        row: r.row,
        column: r.header('level1'),
        expected: '一级指标名称',
        found: '空白',
      });
    const [weight, score] = (['weight', 'score'] as const).map((column) => {
      const n = points(r.get(column));
      if (n === undefined)
        issues.push({
          row: r.row,
          column: r.header(column),
          expected: '数字（分）',
          found: r.get(column) ? `“${r.get(column)}”` : '空白',
        });
      return n;
    });
    const unit = r.get('unit');
    const target = withUnit(r.get('target'), unit);
    const actual = withUnit(r.get('actual'), unit);
    const note = r.get('note');
    const item = {
      level1: r.level1,
      ...(r.level2 ? { level2: r.level2 } : {}),
      level3: r.level3,
      weight,
      score,
      ...(target ? { target } : {}),
      ...(actual ? { actual } : {}),
      ...(note ? { note } : {}),
    };
    value.push(item);
    const path = [r.level1, r.level2, r.level3].filter(Boolean).join(' › ');
    const texts = [target && `指标值“${target}”`, actual && `实际完成值“${actual}”`].filter(
      Boolean,
    );
    lines.push(
      `第${r.row}行 ${path}：权重 ${weight}，得分 ${score}${texts.length ? `，${texts.join('，')}` : ''}`,
    );
  }
  if (value.length === 0) issues.push({ expected: '至少一行指标', found: '表中没有数据行' });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value, lines, notes };
}
