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
  return [
    `✗ ${where}`,
    `  字段：${field}`,
    `  应为：${issue.expected}`,
    `  实为：${issue.found}`,
  ].join('\n');
}

export function formatIssues(issues: readonly Issue[]): string {
  const files = new Set(issues.map((issue) => issue.file)).size;
  const summary = `发现 ${issues.length} 个问题，涉及 ${files} 个文件。`;
  return `${issues.map(formatIssue).join('\n\n')}\n\n${summary}`;
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
