// Numbers are sacred: every figure a report page marks must equal its frontmatter value, be
// printed as the value, and every figure of the frontmatter must appear on the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/io/load.ts';
import { SITES, type SiteName } from './global-setup.ts';

const sites = inject('sites');

/** Reads `a.b[2].c` from an object. */
function at(data: unknown, path: string): unknown {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);
}

/** Paths of every number in the figures the report page must show. */
function numericPaths(data: unknown, prefix = ''): string[] {
  if (typeof data === 'number') return [prefix];
  if (Array.isArray(data)) return data.flatMap((v, i) => numericPaths(v, `${prefix}[${i}]`));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([k, v]) => numericPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  return [];
}

// Numbers that are not figures of the report (the year, quoted growth rates) or shown in words.
const NOT_FIGURES = /^(year|goals\[\d+\]\.indicators\[\d+\]\.(growthRate|previous|target\[\d\]))$/;

describe.each(Object.keys(SITES) as SiteName[])('figures on the %s site', (name) => {
  const { reports } = loadContent(SITES[name]);
  it.each(reports.map((r) => [`${r.data.org}/${r.data.year}`, r]))('%s', (id, report) => {
    const html = readFileSync(join(sites[name].dir, id, 'index.html'), 'utf8');
    const marked = [
      ...html.matchAll(
        /<(\w+)[^>]*?data-field="([^"]+)" data-value="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g,
      ),
    ];
    expect(marked.length).toBeGreaterThan(10);
    const shown = new Set<string>();
    for (const [, , path = '', value = '', inner = ''] of marked) {
      const expected = at(report.data, path);
      expect(Number(value), path).toBe(expected);
      // The printed digits, read without the page's formatters: thousands separators dropped,
      // and decimals may be padded with zeros (11 → 11.00, 820.4 → 820.40).
      const digits = inner.replace(/<[^>]+>/g, '').replaceAll(',', '');
      const escaped = value.replace('.', '\\.');
      const printedDigits = value.includes('.') ? `${escaped}0*` : `${escaped}(\\.0+)?`;
      const number = new RegExp(`(^|[^\\d.])${printedDigits}($|[^\\d])`);
      expect(number.test(digits), `${path}: “${digits}” does not print ${value}`).toBe(true);
      shown.add(path);
    }
    const missing = numericPaths(report.data).filter((p) => !NOT_FIGURES.test(p) && !shown.has(p));
    expect(missing).toEqual([]);
  });
});

// The source report, read by a person: each figure as the document states it, and as the page
// must print it. Literals on purpose: neither side is computed with the site's own code.
const SOURCE = readFileSync('test/fixtures/source/wanzhou-kjj-2020.txt', 'utf8');
const STATED: [field: string, sentence: string, printed: string][] = [
  ['income.total', '2020年年初预算数4805.67万元', '4,805.67'],
  ['income.sources.generalBudget', '其中：一般公共预算拨款4805.67万元', '4,805.67'],
  ['income.change.amount', '收入较去年减少156.76万元', '-156.76'],
  ['expenditure.total', '2020年年初预算数4805.67万元', '4,805.67'],
  ['expenditure.classes[0].amount', '其中：科学技术支出3680.93万元', '3,680.93'],
  ['expenditure.classes[1].amount', '社会保障和就业支出539.07万元', '539.07'],
  ['expenditure.classes[2].amount', '卫生健康支出332.06万元', '332.06'],
  ['expenditure.classes[3].amount', '住房保障253.61万元', '253.61'],
  ['expenditure.change.amount', '支出较去年减少156.76万元', '-156.76'],
  ['expenditure.change.basic', '主要是基本支出减少145.76万元', '-145.76'],
  ['expenditure.change.project', '项目支出减少11万元', '-11'],
  ['goals[0].indicators[0].target', '全区科技型企业达到380家以上', '≥ 380 家'],
  ['goals[0].indicators[0].actual', '总量达462家', '462 家'],
  ['goals[5].indicators[0].actual', '区级媒体108篇', '108 篇'],
  ['evaluation.score', '2020年度我局部门整体支出绩效自评分值为97分', '97'],
  ['staffing[0].authorized', '区科技局编制数19人', '19'],
  ['staffing[1].active', '在职在编人员18人', '18'],
  ['staffing[2].authorized', '区生产力促进中心编制14人', '14'],
];

describe('万州区科技局 2020 against its source document', () => {
  const html = readFileSync(join(sites.real.dir, 'wanzhou-kjj/2020/index.html'), 'utf8');
  const printed = (field: string) =>
    [...html.matchAll(/<(\w+)[^>]*?data-field="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g)]
      .filter((m) => m[2] === field)
      .map((m) =>
        (m[3] ?? '')
          .replace(/<[^>]+>/g, '')
          .replaceAll('&gt;', '>')
          .trim(),
      );

  it.each(STATED)('%s: “%s” is printed as %s', (field, sentence, shown) => {
    expect(SOURCE).toContain(sentence);
    const texts = printed(field);
    expect(texts.length, field).toBeGreaterThan(0);
    // As printed, followed only by a unit, two zero decimals or nothing.
    const exact = (t: string) => t === shown || t.startsWith(`${shown} `) || t === `${shown}.00`;
    expect(texts.some(exact), `${field}: ${texts.join(' | ')}`).toBe(true);
  });
});
