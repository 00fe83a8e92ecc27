import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import {
  classSeries,
  recurringIndicators,
  scoreSeries,
  totalSeries,
  yearSpan,
} from '../../../src/lib/trends.ts';
import { reportView } from '../../../src/lib/view/index.ts';

// The demo department is built to exercise every trend case: 2021 is missing, 2020 is in 元,
// training-sessions is renamed in 2022, online-services starts in 2022, 2022 states 2021 values,
// and 2018 (the year with every optional block) states its change against 2017.
const demo = loadContent('test/fixtures/site')
  .reports.filter((r) => r.data.org === 'demo')
  .map((r) => reportView(r.data, r.body));

describe('trend series', () => {
  it('spans every year from the first to the last report', () => {
    expect(yearSpan(demo)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(yearSpan([])).toEqual([]);
  });

  it('normalises 元 to 万元 and fills a missing year, and the year before the first, from the next report’s stated change', () => {
    expect(totalSeries(demo)).toEqual([
      { year: 2017, value: 1336.45, source: 'next-report' },
      { year: 2018, value: 1402.2, source: 'report' },
      { year: 2019, value: 1200, source: 'report' },
      { year: 2020, value: 1255, source: 'report' },
      { year: 2021, value: 1323, source: 'next-report' },
      { year: 2022, value: 1302.6, source: 'report' },
      { year: 2023, value: 1350.8, source: 'report' },
      { year: 2024, value: 1336.45, source: 'report' },
    ]);
  });

  it('leaves a gap, not a zero, where nothing states a year (2021), deriving only what the next report states (2022)', () => {
    const without2022 = demo.filter((v) => v.report.year !== 2022);
    const points = totalSeries(without2022);
    expect(points.filter((p) => p.year === 2021 || p.year === 2022)).toEqual([
      { year: 2021, value: undefined, source: 'missing', noReport: true },
      { year: 2022, value: 1302.6, source: 'next-report' },
    ]);
    expect(scoreSeries(without2022).find((p) => p.year === 2021)?.value).toBeUndefined();
  });

  it('follows each function class across years in 万元', () => {
    const science = classSeries(demo).find((c) => c.name === '一般公共服务支出');
    expect(science?.points.map((p) => p.value)).toEqual([
      968.4,
      820.4,
      860.23,
      undefined,
      905.1,
      940.3,
      925.95,
    ]);
  });

  it('matches indicators by id across renames and gaps', () => {
    const trends = recurringIndicators(demo);
    const training = trends.find((t) => t.id === 'training-sessions');
    expect(training?.names).toEqual(['培训场次', '专业技术培训场次']);
    expect(training?.years.map((y) => [y.year, y.actual ?? null, y.status ?? y.source])).toEqual([
      [2018, null, 'not-stated'],
      [2019, 18, 'not-met'],
      [2020, 24, 'met'],
      [2021, null, 'missing'],
      [2022, 25, 'met'],
      [2023, null, 'not-stated'],
      [2024, 31, 'met'],
    ]);
  });

  it('takes a missing year’s actual from the next report’s previous-year value, labelled', () => {
    const cases = recurringIndicators(demo).find((t) => t.id === 'cases-handled');
    expect(cases?.years.find((y) => y.year === 2021)).toEqual({
      year: 2021,
      actual: 470,
      source: 'next-report',
    });
  });

  it('lists an indicator introduced part-way from its first year, with earlier years as gaps', () => {
    const online = recurringIndicators(demo).find((t) => t.id === 'online-services');
    expect(online?.years.map((y) => y.source)).toEqual([
      'missing',
      'missing',
      'missing',
      'missing',
      'report',
      'report',
      'report',
    ]);
  });

  it('leaves out indicators that appear in one year only', () => {
    const single = demo.filter((v) => v.report.year === 2019);
    expect(recurringIndicators(single)).toEqual([]);
  });
});
