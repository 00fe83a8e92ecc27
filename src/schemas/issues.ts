/** One validation problem, with everything an author needs to find and fix it. */
export interface Issue {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line in the file, where it can be located. */
  line?: number;
  /** Field path inside the frontmatter, e.g. `expenditure.classes[1].amount`; empty for the whole file. */
  path: string;
  /** The field's Chinese label, e.g. 支出预算 › 功能分类 › 第2项 › 金额. */
  label: string;
  /** What was expected. */
  expected: string;
  /** What was found. */
  found: string;
  /**
   * How serious it is. Absent means an error, which stops the build. A warning (a heading that
   * skips a level, PDF spaces inside words) and an information line (items a report does not
   * disclose) are printed but never block publishing. An unconfirmed value (a figure the
   * importer only guessed, `provenance[].unconfirmed`) does not stop validation, the dev preview
   * or the 编辑台, but `npm run build` refuses to publish it.
   */
  severity?: 'warning' | 'info' | 'unconfirmed';
}

/** Errors: everything that is neither a warning, information nor an unconfirmed value. */
export function errorsOf(issues: readonly Issue[]): Issue[] {
  return issues.filter((issue) => issue.severity === undefined);
}

/** What stops publishing: errors and every value a person has not yet confirmed. */
export function publishBlockersOf(issues: readonly Issue[]): Issue[] {
  return issues.filter((issue) => issue.severity === undefined || issue.severity === 'unconfirmed');
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join('');
}

/** One issue as the CLI and the build print it: location, field, expected, found. */
export function formatIssue(issue: Issue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const field =
    issue.path && issue.label !== issue.path
      ? `${issue.path}（${issue.label}）`
      : issue.path || issue.label;
  const mark =
    issue.severity === 'warning'
      ? '⚠'
      : issue.severity === 'info'
        ? 'ℹ'
        : issue.severity === 'unconfirmed'
          ? '?'
          : '✗';
  return [
    `${mark} ${where}`,
    `  字段：${field}`,
    `  应为：${issue.expected}`,
    `  实为：${issue.found}`,
  ].join('\n');
}

/**
 * Every issue as the CLI and the build print it: errors first, then warnings, then information,
 * each group under its own heading, with a summary that counts them apart.
 */
export function formatIssues(issues: readonly Issue[]): string {
  const groups: [string, Issue[]][] = [
    ['错误（必须修改，否则不能发布）', errorsOf(issues)],
    [
      '待确认（导入时推测的数值，确认后才能发布）',
      issues.filter((i) => i.severity === 'unconfirmed'),
    ],
    ['警告（建议修改，不影响发布）', issues.filter((i) => i.severity === 'warning')],
    ['提示', issues.filter((i) => i.severity === 'info')],
  ];
  const shown = groups.filter(([, list]) => list.length > 0);
  const body = shown
    .map(([title, list]) =>
      shown.length === 1 && list === groups[0]?.[1]
        ? list.map(formatIssue).join('\n\n')
        : `【${title}】\n\n${list.map(formatIssue).join('\n\n')}`,
    )
    .join('\n\n');
  const errors = errorsOf(issues);
  const files = new Set(errors.map((issue) => issue.file)).size;
  const counts = [
    errors.length > 0 ? `发现 ${errors.length} 个问题，涉及 ${files} 个文件` : '没有错误',
    ...(groups[1]?.[1].length ? [`${groups[1][1].length} 个待确认的数值`] : []),
    ...(groups[2]?.[1].length ? [`${groups[2][1].length} 个警告`] : []),
    ...(groups[3]?.[1].length ? [`${groups[3][1].length} 条提示`] : []),
  ];
  return `${body}\n\n${counts.join('；')}。`;
}

/** Shows a value found in a file the way an author would recognise it. */
export function show(value: unknown): string {
  if (value === undefined) return '（未填写）';
  if (value === null) return '空值 null';
  if (typeof value === 'string') return value === '' ? '空字符串' : `“${value}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `列表（${value.length} 项）`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return '对象';
}
