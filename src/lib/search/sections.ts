import type { Report } from '../../schemas/report.ts';
import { formatAmountNumber } from '../format.ts';
import { actualText, incomeRows, statusText, targetText } from '../report-view.ts';
import { sectionIds } from '../sections.ts';

/** A searchable section of a report page: its anchor id, heading and plain text. */
export interface SearchSection {
  id: string;
  title: string;
  text: string;
}

/** Plain text of a line of Markdown/MDX narrative (markup removed, words kept). */
function plain(line: string): string {
  return line
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^\s*(?:\d+\.|[-*+]|>)\s+/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .trim();
}

/** The narrative split at its headings, with the same ids the page gives them (s1, s1-2 …). */
export function narrativeSections(body: string): SearchSection[] {
  const lines = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').split('\n');
  const headings = lines.flatMap((line) => {
    const m = /^(#{2,6})\s+(.*)$/.exec(line);
    return m ? [{ depth: m[1]?.length ?? 2, title: plain(m[2] ?? '') }] : [];
  });
  const ids = sectionIds(headings.map((h) => h.depth));
  const sections: SearchSection[] = [{ id: 'fulltext', title: '报告全文', text: '' }];
  let h = 0;
  for (const line of lines) {
    if (/^#{2,6}\s+/.test(line)) {
      const heading = headings[h];
      sections.push({ id: ids[h] ?? '', title: heading?.title ?? '', text: heading?.title ?? '' });
      h++;
      continue;
    }
    const text = plain(line);
    const current = sections[sections.length - 1];
    if (text && current) current.text = current.text ? `${current.text}\n${text}` : text;
  }
  return sections.filter((s) => s.text !== '');
}

/** The data sections of a report page in words, so that figures and goals are searchable too. */
export function dataSections(report: Report): SearchSection[] {
  const u = report.unit;
  const goals = report.goals.flatMap((area) =>
    area.indicators.map(
      (i) => `${area.area} ${i.name} 目标 ${targetText(i)} 实际 ${actualText(i)} ${statusText(i)}`,
    ),
  );
  return [
    {
      id: 'budget',
      title: '预算收支',
      text: [
        `收入预算合计 ${formatAmountNumber(report.income.total)} ${u}`,
        ...incomeRows(report).map((r) => `${r.label} ${formatAmountNumber(r.value)} ${u}`),
        `支出预算合计 ${formatAmountNumber(report.expenditure.total)} ${u}`,
        ...report.expenditure.classes.map((c) => `${c.name} ${formatAmountNumber(c.amount)} ${u}`),
      ].join('\n'),
    },
    { id: 'goals', title: '绩效目标完成情况', text: goals.join('\n') },
    {
      id: 'evaluation',
      title: '自评结果',
      text: `自评分值 ${report.evaluation.score} 分 自评结论 ${report.evaluation.grade}`,
    },
    {
      id: 'staffing',
      title: '人员情况',
      text: report.staffing
        .map(
          (s) =>
            `${s.unit} 编制数 ${s.authorized} 在职在编人员 ${s.active} 退休人员 ${s.retired ?? '未说明'}`,
        )
        .join('\n'),
    },
  ];
}
