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
      expect(data.income).toBeUndefined();
      expect(data.expenditure).toBeUndefined();
      expect(data.evaluation?.score).toBeUndefined();
      expect(data.evaluation?.grade).toBeUndefined();
      expect(data.problems).toEqual([]);
    }
  });

  it('keeps the staffing totals checked: they add up with the retirees the report counts in them', () => {
    const heshan = byKey.get('heshan-cgzfj/2019');
    if (!heshan) throw new Error('heshan-cgzfj/2019 is missing');
    const check = (total: number) => {
      const [first, ...rest] = heshan.data.staffing ?? [];
      const data = { ...heshan.data, staffing: [{ ...first, unit: '局本级', total }, ...rest] };
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
