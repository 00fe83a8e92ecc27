// The real reports under test/fixtures/real hold exactly the figures their sources publish: each
// is checked against a literal list written from the source (not derived from the fixture or the
// site's formatters), and every figure in a fixture must be on its list, so none is invented.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import { checkReport } from '../../../src/lib/rules.ts';
import {
  errorsOf,
  formatIssues,
  formatPath,
  type PathSegment,
} from '../../../src/schemas/issues.ts';
import { PUBLISHED, REAL } from '../../fixtures/real/published.ts';

/** Every number in a report, by path (the year aside). */
function numbers(value: unknown, path: PathSegment[] = []): [string, number][] {
  if (typeof value === 'number') return [[formatPath(path), value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numbers(v, [...path, k]));
  return [];
}

function at(value: unknown, path: string): unknown {
  return path.split(/\.|(?=\[)/).reduce<unknown>((node, key) => {
    const index = /^\[(\d+)\]$/.exec(key)?.[1];
    return (node as Record<string, unknown> | undefined)?.[index ?? key];
  }, value);
}

const loaded = loadContent(REAL);
const byKey = new Map<string, (typeof loaded.reports)[number]>(
  loaded.reports.map((r) => [`${r.data.org}/${r.data.year}`, r] as const),
);

describe('the real reports', () => {
  it('validate without errors', () => {
    expect(formatIssues(errorsOf(loaded.issues))).toBe(formatIssues([]));
    expect([...byKey.keys()].sort()).toEqual(Object.keys(PUBLISHED).sort());
  });

  for (const [key, { url, figures }] of Object.entries(PUBLISHED)) {
    describe(key, () => {
      const report = () => {
        const found = byKey.get(key);
        if (!found) throw new Error(`${key} is missing from ${join(REAL, 'reports')}`);
        return found.data;
      };

      it('records its source', () => {
        expect(report().source?.url).toBe(url);
      });

      it('has every published figure as printed', () => {
        for (const [path, value] of Object.entries(figures))
          expect({ path, value: at(report(), path) }).toEqual({ path, value });
      });

      it('has no figure the source does not publish', () => {
        const extra = numbers(report())
          .filter(([path]) => path !== 'year' && !(path in figures))
          .map(([path]) => path);
        expect(extra).toEqual([]);
      });
    });
  }

  it('states nothing the cut-off sources do not: no budget, 三公经费, score or grade', () => {
    for (const { data } of loaded.reports) {
      const key = `${data.org}/${data.year}`;
      // Only the sources that give no budget at all (the rest list their budget as figures).
      if (!['lingling-cdc/2021'].includes(key)) {
        expect(data.income, key).toBeUndefined();
        expect(data.expenditure, key).toBeUndefined();
      }
      expect(data.threePublic, key).toBeUndefined();
      expect(data.evaluation?.score, key).toBeUndefined();
      expect(data.evaluation?.grade, key).toBeUndefined();
      expect(data.problems, key).toEqual([]);
    }
  });

  it('gives no PDF-space warning on the real reports’ own texts', () => {
    const spaces = loaded.issues.filter((i) => i.expected.includes('中文词语中间没有空格'));
    expect(spaces.map((i) => `${i.file}:${i.line} ${i.found}`)).toEqual([]);
  });

  it('keeps a stated staffing total and a 决算 checked against their parts', () => {
    const errors = (key: string, change: (d: Record<string, any>) => void) => {
      const found = byKey.get(key);
      if (!found) throw new Error(`${key} is missing`);
      const data = structuredClone(found.data) as Record<string, any>;
      change(data);
      return errorsOf(
        checkReport(data as typeof found.data, { file: found.file, body: found.body }),
      ).map((i) => i.path);
    };
    // 全局合计 1894 = 187 + 1707, as printed.
    expect(errors('heshan-cgzfj/2019', () => {})).toEqual([]);
    expect(errors('heshan-cgzfj/2019', (d) => (d.staffingTotal.count = 1895))).toEqual([
      'staffingTotal.count',
    ]);
    // 人员经费 896.34 + 公用经费 179.83 = 基本支出 1076.17.
    expect(errors('pingliang-zxb/2024', () => {})).toEqual([]);
    expect(
      errors('pingliang-zxb/2024', (d) => (d.finalAccounts.expenditure.personnel = 886.34)),
    ).toEqual(['finalAccounts.expenditure.basic']);
    // The cut-off 自评表 keeps its one row (分值10) without reaching 100; without partial it fails.
    expect(errors('lingling-cdc/2021', () => {})).toEqual([]);
    expect(errors('lingling-cdc/2021', (d) => delete d.evaluation.partial)).toEqual([
      'evaluation.indicators',
    ]);
  });

  it('keeps the staffing totals checked: they add up with the retirees the report counts in them', () => {
    const heshan = byKey.get('heshan-cgzfj/2019');
    if (!heshan) throw new Error('heshan-cgzfj/2019 is missing');
    const check = (total: number) => {
      const [first, ...rest] = heshan.data.staffing ?? [];
      // The stated 全局合计 is checked on its own (below): left out here to see the row alone.
      const { staffingTotal: _total, ...rows } = heshan.data;
      const data = { ...rows, staffing: [{ ...first, unit: '局本级', total }, ...rest] };
      return errorsOf(checkReport(data, { file: heshan.file, body: heshan.body })).map(
        (i) => i.path,
      );
    };
    // 139 在职在编 + 8 退休 + 40 协管员 = 187, as printed.
    expect(check(187)).toEqual([]);
    expect(check(188)).toEqual(['staffing[0].total']);
    // A report that leaves them out of 现有人员 (139 + 40 = 179) is read as printed too.
    expect(check(179)).toEqual([]);
  });
});
