import type { Deadline } from '../schemas/site.ts';

/** The day a budget year's report is due under a deadline rule, as YYYY-MM-DD. */
export function dueDate(deadline: Deadline, year: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year + deadline.yearsAfter}-${pad(deadline.month)}-${pad(deadline.day)}`;
}

/** The rule in words, e.g. 次年6月30日前. */
export function deadlineText(deadline: Deadline): string {
  const when = ['当年', '次年', '第三年', '第四年'][deadline.yearsAfter] ?? '';
  return `预算年度${when}${deadline.month}月${deadline.day}日前（含当日）`;
}

/** The address the ICP备案号 links to: the MIIT filing system, where anyone can look it up. */
export const MIIT_FILING_URL = 'https://beian.miit.gov.cn/';
