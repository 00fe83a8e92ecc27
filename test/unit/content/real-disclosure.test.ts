// The 公开要素 panel of every real report matches the hand judgement in published.ts: the site
// never says 报告未说明 of an item the report states, and says 本站未能识别 where it cannot tell.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import { reportView } from '../../../src/lib/view/index.ts';
import { JUDGED, type Judged, REAL } from '../../fixtures/real/published.ts';

const loaded = loadContent(REAL);

const EXPECTED: Record<Judged, string> = {
  stated: 'stated',
  prose: 'unrecognised',
  absent: 'not-stated',
  'absent-mentioned': 'unrecognised',
};

describe('公开要素 of the real reports', () => {
  it('has a hand judgement for every real report', () => {
    expect(loaded.reports.map((r) => `${r.data.org}/${r.data.year}`).sort()).toEqual(
      Object.keys(JUDGED).sort(),
    );
  });

  describe.each(loaded.reports.map((r) => [`${r.data.org}/${r.data.year}`, r] as const))(
    '%s',
    (key, report) => {
      const view = reportView(report.data, { headings: report.headings, cues: report.cues });
      const judged = JUDGED[key] ?? {};

      it('judges each of the 12 items as the hand judgement does', () => {
        const got = Object.fromEntries(view.disclosure.map((d) => [d.key, d.status]));
        const want = Object.fromEntries(Object.entries(judged).map(([k, j]) => [k, EXPECTED[j]]));
        expect(got).toEqual(want);
      });

      it('never says 报告未说明 of an item the report states', () => {
        const accused = view.disclosure
          .filter((d) => d.status === 'not-stated')
          .filter((d) => judged[d.key] === 'stated' || judged[d.key] === 'prose')
          .map((d) => d.label);
        expect(accused).toEqual([]);
      });
    },
  );
});
