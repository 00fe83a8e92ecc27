// The 2020 report must be transcribed whole: every word and number of the source in the
// narrative, and every frontmatter figure equal to the one the source prints.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/lib/frontmatter.ts';
import { type Report, reportSchema } from '../../../src/schemas/report.ts';

const sourceLines = readFileSync('test/fixtures/source/wanzhou-kjj-2020.txt', 'utf8').split('\n');
// Line 1 is the department name behind a Word bookmark, line 2 the title: both live in frontmatter.
const source = sourceLines.slice(2).join('\n');
const mdx = readFileSync('test/fixtures/site/reports/wanzhou-kjj/2020.mdx', 'utf8');
const parsed = parseMdx(mdx);
if (!parsed.ok) throw new Error('2020.mdx does not parse');
const parsedReport: Report = reportSchema.parse(parsed.source.data);
const body = parsed.source.body;

/** The blocks this report does state: every one of them, since the 2020 report prints them all. */
function stated<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`2020.mdx lacks ${what}`);
  return value;
}
const report = {
  ...parsedReport,
  income: {
    ...stated(parsedReport.income, 'income'),
    sources: stated(parsedReport.income?.sources, 'income.sources'),
  },
  expenditure: {
    ...stated(parsedReport.expenditure, 'expenditure'),
    classes: stated(parsedReport.expenditure?.classes, 'expenditure.classes'),
  },
  staffing: stated(parsedReport.staffing, 'staffing'),
  evaluation: stated(parsedReport.evaluation, 'evaluation'),
  goals: stated(parsedReport.goals, 'goals'),
};

/** Text without layout: whitespace, Markdown markup, MDX comments and full stops removed. */
function normalise(text: string): string {
  return text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^#+ /gm, '')
    .replace(/^(\d+)\. /gm, '$1．')
    .replace(/[\s。]/g, '');
}

describe('the 2020 transcription', () => {
  it('keeps the source title and department', () => {
    expect(sourceLines[0]).toContain('重庆市万州区科学技术局');
    expect(report.title).toBe(`重庆市万州区科学技术局${sourceLines[1]?.trim()}`);
  });

  it('holds the whole narrative, nothing dropped or reworded', () => {
    // Word's auto-numbering left two headings out of sequence; the MDX uses the report's own scheme.
    const corrected = source
      .replace('（3） 年度工作目标', '（三）年度工作目标')
      .replace('2、 绩效实现情况', '二、绩效实现情况');
    expect(normalise(body)).toBe(normalise(corrected));
  });

  it('has every number of the source in the narrative, as often as the source has it', () => {
    const count = (text: string) => {
      const counts = new Map<string, number>();
      for (const n of text.match(/\d+(?:\.\d+)?/g) ?? []) counts.set(n, (counts.get(n) ?? 0) + 1);
      return counts;
    };
    const inBody = count(body);
    const missing = [...count(source)].filter(([n, times]) => (inBody.get(n) ?? 0) < times);
    expect(missing).toEqual([]);
  });

  it('has the income budget as printed', () => {
    const labels: Record<keyof typeof report.income.sources, string> = {
      generalBudget: '一般公共预算拨款',
      governmentFund: '政府性基金预算拨款',
      stateCapital: '国有资本经营预算收入',
      businessIncome: '事业收入',
      operatingIncome: '事业单位经营收入',
      other: '其他收入',
    };
    expect(source).toContain(`1．收入预算。2020年年初预算数${report.income.total}万元`);
    for (const [key, label] of Object.entries(labels)) {
      const value = report.income.sources[key as keyof typeof labels];
      expect(source).toContain(`${label}${value}万元`);
    }
    expect(source).toContain(
      `收入较去年减少${-(report.income.change?.amount ?? 0)}万元，${report.income.change?.reason}`,
    );
  });

  it('has the expenditure budget as printed', () => {
    const { expenditure } = report;
    expect(source).toContain(`2．支出预算。2020年年初预算数${expenditure.total}万元`);
    for (const { name, amount } of expenditure.classes) {
      // The source shortens 住房保障支出 to 住房保障.
      expect(source).toContain(`${name === '住房保障支出' ? '住房保障' : name}${amount}万元`);
    }
    const change = expenditure.change;
    expect(source).toContain(`支出较去年减少${-(change?.amount ?? 0)}万元`);
    expect(source).toContain(
      `基本支出减少${-(change?.basic ?? 0)}万元，项目支出减少${-(change?.project ?? 0)}万元`,
    );
  });

  it('has the staffing as printed', () => {
    for (const { unit, authorized, active, retired } of report.staffing) {
      expect(source).toMatch(
        new RegExp(
          `${unit}编制数?${authorized}人，截止2020年末，在职在编人员${active}人，退休人员${retired}人`,
        ),
      );
    }
  });

  it('has the score and grade as printed', () => {
    expect(source).toContain(
      `自评分值为${report.evaluation.score}分，自评结论为“${report.evaluation.grade}”`,
    );
  });

  const indicators = report.goals.flatMap((area) => area.indicators);

  it.each(indicators.map((i) => [i.id, i]))('quotes %s faithfully', (_id, indicator) => {
    if (indicator.targetQuote) expect(source).toContain(indicator.targetQuote);
    if (indicator.quote) expect(source).toContain(indicator.quote);
    if (typeof indicator.target === 'number')
      expect(indicator.targetQuote).toContain(String(indicator.target));
    if (Array.isArray(indicator.target))
      expect(indicator.targetQuote).toContain(indicator.target.join('-'));
    if (typeof indicator.actual === 'number')
      expect(indicator.quote).toContain(String(indicator.actual));
    if (indicator.growthRate !== undefined)
      expect(indicator.quote).toContain(`${indicator.growthRate}%`);
    expect(indicator.estimated).toBe(indicator.quote?.includes('预计') ?? false);
  });

  it('captures every numeric target of 年度工作目标', () => {
    const goalsSection = source.slice(
      source.indexOf('年度工作目标'),
      source.indexOf('（四）预算执行情况'),
    );
    const stated = [
      ...goalsSection.matchAll(
        /(\d+)(?:家|支|名|篇|场|人次)以上|超过(\d+)家|前(\d+)以内|(\d+-\d+)家|推荐(\d+)支/g,
      ),
    ].map((m) => m.slice(1).find(Boolean));
    const targets = indicators.map((i) =>
      Array.isArray(i.target) ? i.target.join('-') : String(i.target),
    );
    expect(stated.length).toBe(12);
    for (const value of stated) expect(targets).toContain(value);
  });

  it('links every problem and measure to the source text', () => {
    for (const item of [...report.problems, ...report.measures])
      expect(source).toContain(`．${item.title}。`);
  });
});
