// The real reports under test/fixtures/real hold exactly the figures their sources publish: each
// is checked against a literal list written from the source (not derived from the fixture or the
// site's formatters), and every figure in a fixture must be on its list, so none is invented.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/load.ts';
import {
  errorsOf,
  formatIssues,
  formatPath,
  type PathSegment,
} from '../../../src/schemas/issues.ts';

export const REAL = 'test/fixtures/real';

/** What each source publishes, as printed. */
export const PUBLISHED: Record<string, { url: string; figures: Record<string, number | string> }> =
  {
    'baoshan-nyncj/2019': {
      url: 'https://baoshan.gov.cn/info/6936/4264294.htm',
      figures: {
        'staffing[0].unit': '保山市农业农村系统',
        'staffing[0].units': 17,
        'staffing[0].authorized': 326,
        'staffing[0].posts.administrative': 43,
        'staffing[0].posts.civilServiceManaged': 7,
        'staffing[0].posts.institution': 276,
        'staffing[0].active': 326,
        'staffing[0].vehicles': 21,
        'goals[0].indicators[0].target': 299,
        'goals[0].indicators[1].target': 6,
        'goals[0].indicators[2].target': 183,
        'goals[0].indicators[3].target': 6,
        'goals[0].indicators[4].target': 318,
        'goals[0].indicators[5].target': 20,
        'goals[0].indicators[6].target': 12500,
        'goals[0].indicators[7].target': 10,
        'goals[0].indicators[8].target': 146,
        'goals[0].indicators[9].target': 50,
        'goals[0].indicators[10].target': 1.6,
        'goals[0].indicators[11].target': 5.45,
        'goals[0].indicators[12].target': 0.9,
        'goals[0].indicators[13].target': 178.8,
        'goals[0].indicators[14].target': 1.98,
        'goals[0].indicators[15].target': 51.3,
      },
    },
    'heshan-cgzfj/2019': {
      url: 'http://www.hnhs.gov.cn/23247/23297/23780/content_1219000.html',
      figures: {
        'staffing[0].unit': '局本级',
        'staffing[0].total': 187,
        'staffing[0].active': 139,
        'staffing[0].retired': 8,
        'staffing[0].others[0].count': 40,
        'staffing[1].unit': '环卫处',
        'staffing[1].total': 1707,
        'staffing[1].active': 132,
        'staffing[1].retired': 148,
        'staffing[1].others[0].count': 272,
        'staffing[1].others[1].count': 1155,
      },
    },
    'maoming-fgj/2021': {
      url: 'https://www.kunmingchi.com/archives/vzpngm2097m5n2ywqbkd.html',
      figures: {
        'staffing[0].authorized': 63,
        'staffing[0].active': 57,
        'staffing[0].retirees': 94,
      },
    },
  };

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
const byKey = new Map(loaded.reports.map((r) => [`${r.data.org}/${r.data.year}`, r] as const));

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
});
