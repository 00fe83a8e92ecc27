/** The columns of an indicator table this importer reads. */
export type Column =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'target'
  | 'actual'
  | 'weight'
  | 'score'
  | 'unit'
  | 'note'
  | 'nature';

/**
 * Header names per column, in order of preference when a table has several: the 自评表 is
 * scored against the full-year (adjusted) target, so 全年/调整 beat 年初.
 */
export const COLUMN_NAMES: Readonly<Record<Column, readonly string[]>> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  level3: ['三级指标', '指标名称', '绩效指标', '指标内容'],
  target: [
    '全年指标值',
    '调整指标值',
    '年度指标值',
    '指标值',
    '年度目标值',
    '目标值',
    '年初指标值',
  ],
  actual: ['实际完成值', '全年完成值', '全年实际完成值', '完成值', '实际值', '实际完成情况'],
  weight: ['分值', '指标权重', '权重', '指标分值'],
  score: ['得分', '指标得分', '自评得分', '评分'],
  unit: ['计量单位', '单位', '度量单位'],
  note: ['偏差原因分析及改进措施', '偏差原因分析', '偏差原因', '未完成原因分析', '未完成原因'],
  nature: ['指标性质', '指标方向'],
};

/**
 * A header cell as compared: no blanks (Excel headers often carry line breaks and full-width
 * spaces), half-width brackets, and without a trailing bracketed note such as （分）, （%）, （A）.
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/\s+/g, '')
    .replace(/[（【［]/g, '(')
    .replace(/[）】］]/g, ')')
    .replace(/^\*|\*$/g, '')
    .replace(/(?:\([^()]*\))+$/, '');
}

export interface ColumnMatch {
  /** Column position (0-based) per recognised column. */
  index: Partial<Record<Column, number>>;
  /** Every header cell as written, with its position, for messages. */
  headers: { index: number; text: string }[];
  /** Columns with more than one candidate, and which header was taken. */
  choices: { column: Column; taken: string; others: string[] }[];
}

export function matchColumns(header: readonly string[]): ColumnMatch {
  const headers = header
    .map((text, index) => ({ index, text: text.trim() }))
    .filter((h) => h.text !== '');
  const index: ColumnMatch['index'] = {};
  const choices: ColumnMatch['choices'] = [];
  for (const [column, names] of Object.entries(COLUMN_NAMES) as [Column, readonly string[]][]) {
    const candidates = names.flatMap((name) =>
      headers.filter((h) => normaliseHeader(h.text) === name),
    );
    const [taken, ...others] = candidates;
    if (!taken) continue;
    index[column] = taken.index;
    if (others.length > 0)
      choices.push({ column, taken: taken.text, others: others.map((o) => o.text) });
  }
  return { index, headers, choices };
}

/** How a column is named in messages: its usual header and the accepted variants. */
export function columnDescription(column: Column): string {
  const [first, ...rest] = COLUMN_NAMES[column];
  return rest.length > 0
    ? `“${first}”（或 ${rest.map((r) => `“${r}”`).join('、')}）`
    : `“${first}”`;
}
