// The engine against a stand-in for Pagefind serving real fragments: the real reports (the
// 2020 report and the demo) and an invented page with the forms the real ones lack.
import { readdirSync, readFileSync } from 'node:fs';
import { ConverterFactory } from 'opencc-js/core';
import tw from 'opencc-js/from/tw';
import cn from 'opencc-js/to/cn';
import { pinyin } from 'pinyin-pro';
import { beforeAll, describe, expect, it } from 'vitest';
import { excerptHtml } from '../../../src/lib/search/phrase.ts';
import { groupByShard, type VocabEntry } from '../../../src/lib/search/pinyin.ts';
import { narrativeSections } from '../../../src/lib/search/sections.ts';
import { buildVocabulary, namedTerms } from '../../../src/lib/search/vocabulary.ts';
import {
  type Outcome,
  planQuery,
  type SearchState,
  type Sources,
  search,
} from '../../../src/search/engine.ts';
import { reportPage } from './pages.ts';
import { indexPages, type StandIn, standIn } from './stand-in.ts';

const FILES = [
  ...readdirSync('test/fixtures/site/reports/demo').map((f) => [
    `test/fixtures/site/reports/demo/${f}`,
    '示例局',
  ]),
  ['test/fixtures/site/reports/wanzhou-kjj/2020.mdx', '万州区科技局'],
  ['test/fixtures/search/forms.mdx', '示例县司法局'],
] as [string, string][];

let pf: StandIn;
let vocab: Map<string, VocabEntry[]>;
const toSimplified = ConverterFactory(tw, cn);
let failures = { pagefind: 0, vocabulary: 0 };

const sources: Sources = {
  pagefind: async () => {
    if (failures.pagefind > 0) {
      failures.pagefind--;
      throw new Error('pagefind.js: 503');
    }
    return pf;
  },
  vocabulary: async (letter) => {
    if (failures.vocabulary > 0) {
      failures.vocabulary--;
      throw new Error('vocab: 503');
    }
    return vocab.get(letter) ?? [];
  },
  simplified: async (text) => toSimplified(text),
};

beforeAll(async () => {
  pf = standIn(await indexPages(FILES.map(([file, dept]) => reportPage(file, dept))));
  const bodies = FILES.map(([file]) => readFileSync(file, 'utf8').split(/\n---\n/)[1] ?? '');
  vocab = groupByShard(
    buildVocabulary(
      bodies.flatMap((b) => narrativeSections(b).map((s) => s.text)),
      (w) => pinyin(w, { toneType: 'none', type: 'array' }).join(' '),
      bodies.flatMap(namedTerms),
    ),
  );
}, 60_000);

const state = (q: string, extra: Partial<SearchState> = {}): SearchState => ({
  q,
  dept: '',
  year: '',
  sort: 'relevance',
  ...extra,
});
const run = (q: string, extra: Partial<SearchState> = {}, limit = 10) =>
  search(state(q, extra), sources, limit);
const first = (o: Outcome) => o.results[0];
const marked = (o: Outcome) => {
  const result = first(o);
  return result ? excerptHtml(result.excerpt) : '';
};

describe('the stand-in serves real Pagefind fragments', () => {
  it('has every page, with Pagefind’s word separators in the raw text', () => {
    expect(pf.fragments.map((f) => f.url)).toContain('/wanzhou-kjj/2020/');
    const page = pf.fragments.find((f) => f.url === '/wanzhou-kjj/2020/');
    expect(page?.raw_content).toContain('\u200b');
    expect(page?.content).not.toContain('\u200b');
    expect(page?.anchors.some((a) => a.element === 'tr' && a.id.startsWith('goal-'))).toBe(true);
  });
});

// [query, page found first, section among its hits, text marked in the first excerpt, note]
const FORMS: [string, string, string, string][] = [
  ['萬州', '/wanzhou-kjj/2020/', '#s1-1', '<mark>万州</mark>'],
  ['績效評價', '/wanzhou-kjj/2020/', '#s1-5', '<mark>绩效评价</mark>'],
  ['科技特派員', '/wanzhou-kjj/2020/', '#s1-3-4', '<mark>科技特派员</mark>'],
  ['龍駒鎮', '/wanzhou-kjj/2020/', '#s2-1-3', '<mark>龙驹镇</mark>'],
  ['wan zhou', '/wanzhou-kjj/2020/', '#s1-1', '<mark>万州</mark>'],
  ['lu hua ji', '/wanzhou-kjj/2020/', '#s2-1-3', '<mark>芦花鸡</mark>'],
  ['wen touzi', '/forms/2021/', '#s2-1', '<mark>稳投资</mark>'],
  ['ＬＵＨＵＡＪＩ', '/wanzhou-kjj/2020/', '#s2-1-3', '<mark>芦花鸡</mark>'],
  ['lvse', '/wanzhou-kjj/2020/', '#s2-1-5', '<mark>绿色</mark>'],
  ['lüse', '/wanzhou-kjj/2020/', '#s2-1-5', '<mark>绿色</mark>'],
  ['luse', '/wanzhou-kjj/2020/', '#s2-1-5', '<mark>绿色</mark>'],
  ['falv', '/forms/2021/', '#s1-1', '<mark>法律</mark>'],
  ['zhixinglv', '/forms/2021/', '#s2-1', '<mark>执行率</mark>'],
  ['xctd', '/wanzhou-kjj/2020/', '#s2-1-3', '<mark>星创天地</mark>'],
  ['xcdt', '/wanzhou-kjj/2020/', '#s2-1-3', '<mark>星创天地</mark>'],
  ['XingChuangTianDi', '/wanzhou-kjj/2020/', '#s2-1-3', '<mark>星创天地</mark>'],
  ['kjtpy', '/wanzhou-kjj/2020/', '#s1-3-4', '<mark>科技特派员</mark>'],
  ['keji 特派员', '/wanzhou-kjj/2020/', '#s1-3-4', '<mark>科技特派员</mark>'],
  ['科技 特派员', '/wanzhou-kjj/2020/', '#s1-3-4', '<mark>科技特派员</mark>'],
  ['4,805.67', '/wanzhou-kjj/2020/', '#s1-4-1', '<mark>4805.67</mark>'],
  ['4805.67万元', '/wanzhou-kjj/2020/', '#s1-4-1', '<mark>4805.67</mark>'],
  ['１２３４．５６', '/forms/2021/', '#s2-1', '<mark>1,234.56</mark>'],
  ['1234.56', '/forms/2021/', '#s2-1', '<mark>1,234.56</mark>'],
  ['ppp', '/forms/2021/', '#s1-1', '<mark>PPP</mark>'],
];

describe('what people type', () => {
  it.each(FORMS)('%s → %s %s', async (query, url, section, mark) => {
    const outcome = await run(query);
    expect(first(outcome)?.url, outcome.plan.notes.join('；')).toBe(url);
    expect(marked(outcome)).toContain(mark);
    expect(first(outcome)?.hits.map((h) => h.url)).toContain(`${url}${section}`);
  });

  it('tells the reader what was searched', async () => {
    expect((await planQuery('萬州', sources)).notes).toEqual(['按简体“万州”查找']);
    expect((await planQuery('lu hua ji', sources)).notes).toEqual([
      '按拼音“lu hua ji”查找“芦花鸡”',
    ]);
    expect((await planQuery('4805.67万元', sources)).notes).toEqual(['按数字“4805.67”查找']);
    expect((await planQuery('4,805.67', sources)).notes).toEqual(['按数字“4805.67”查找']);
    expect((await planQuery('４８０５．６７', sources)).notes).toEqual([]);
    expect((await planQuery('芦花鸡', sources)).notes).toEqual([]);
  });

  it('reads pinyin mixed with characters as one phrase of two terms', async () => {
    const plan = await planQuery('keji 特派员', sources);
    expect(plan.terms).toEqual(['科技', '特派员']);
    expect(plan.phrase).toBe('科技特派员');
  });

  it('searches letters as typed when their pinyin reading finds nothing', async () => {
    const initials: Sources = {
      ...sources,
      vocabulary: async (letter) => (letter === 'g' ? [['广德坡', 'guang de po', 1]] : []),
    };
    expect((await planQuery('GDP', initials)).terms).toEqual(['广德坡']);
    const outcome = await search(state('GDP'), initials);
    expect(outcome.plan.terms).toEqual(['gdp']);
    expect(first(outcome)?.url).toBe('/forms/2021/');
    expect(marked(outcome)).toContain('<mark>GDP</mark>核算');
  });

  it('keeps Latin that is not the site’s pinyin as typed', async () => {
    expect((await planQuery('PPP', sources)).terms).toEqual(['ppp']);
  });
});

describe('marks land on the published text', () => {
  it('after ㎡, which folds to two characters', async () => {
    const outcome = await run('科技特派员', { dept: '示例县司法局' });
    expect(marked(outcome)).toContain('1200㎡，<mark>科技特派员</mark>工作站');
  });

  it('after ⑴ and ㈠, which fold to three', async () => {
    expect(marked(await run('法律援助案件'))).toContain('⑴完成<mark>法律援助案件</mark>320件');
    expect(marked(await run('加强预算执行'))).toContain('㈡<mark>加强预算执行</mark>');
  });

  it('escapes the page’s text: marks are the only markup', async () => {
    const html = marked(await run('芦花鸡'));
    expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });
});

describe('excerpts a reader can use', () => {
  it('prefers the report’s own sentences to the site’s tables', async () => {
    const outcome = await run('科技特派员');
    expect(first(outcome)?.hits[0]?.kind).toBe('narrative');
    expect(marked(outcome)).not.toContain('报告未说明');
  });

  it('shows a table hit as a readable row', async () => {
    const outcome = await run('选派区级科技特派员');
    const row = first(outcome)?.hits.find((h) => h.kind === 'row');
    expect(row?.url).toBe('/wanzhou-kjj/2020/#goal-district-tech-commissioners');
    expect(row && excerptHtml(row.excerpt)).toBe(
      '<mark>选派区级科技特派员</mark>：目标 ≥ 90 名，完成情况报告未说明',
    );
  });
});

describe('several words', () => {
  it('marks each word where they stand closest', async () => {
    const outcome = await run('芦花鸡 龙溪茶');
    expect(outcome.partial).toBe(false);
    expect(first(outcome)?.url).toBe('/wanzhou-kjj/2020/');
    expect(marked(outcome)).toContain('<mark>芦花鸡</mark>基地、<mark>龙溪茶</mark>基地');
  });

  it('shows each word where it stands when no one section holds both', async () => {
    const outcome = await run('区科技局 芦花鸡');
    expect(first(outcome)?.url).toBe('/wanzhou-kjj/2020/');
    expect(marked(outcome)).toContain('<mark>芦花鸡</mark>基地');
    expect(marked(outcome)).toContain('<mark>区科技局</mark>');
  });

  it('shows reports holding some of the words when none holds all', async () => {
    const outcome = await run('芦花鸡 群众满意度');
    expect(outcome.partial).toBe(true);
    expect(outcome.results.map((r) => r.url)).toContain('/wanzhou-kjj/2020/');
    expect(outcome.results.map((r) => r.url)).toContain('/demo/2019/');
    expect(outcome.results.find((r) => r.url === '/wanzhou-kjj/2020/')?.found).toEqual(['芦花鸡']);
  });

  it('puts the exact phrase before scattered words', async () => {
    const outcome = await run('群众满意度');
    expect(first(outcome)?.url).toBe('/demo/2019/');
    expect(first(outcome)?.exact).toBe(true);
    expect(outcome.results.slice(1).every((r) => !r.exact)).toBe(true);
  });
});

describe('counts, pages and filters', () => {
  it('counts every report, and says when there are more than shown', async () => {
    const all = await run('绩效', {}, 10);
    // Six demo years, the 2020 report and the invented page.
    expect(all.total).toBe(8);
    expect(all.results).toHaveLength(8);
    expect(all.more).toBe(false);
    const few = await run('绩效', {}, 3);
    expect(few.total).toBe(8);
    expect(few.results).toHaveLength(3);
    expect(few.more).toBe(true);
  });

  it('sorts by year and filters by department', async () => {
    const byYear = await run('绩效', { sort: 'year', dept: '示例局' });
    expect(byYear.results.map((r) => r.year)).toEqual([
      '2024',
      '2023',
      '2022',
      '2020',
      '2019',
      '2018',
    ]);
  });

  it('finds nothing, plainly, for what no report says', async () => {
    const none = await run('不存在的词语');
    expect(none.results).toEqual([]);
    expect(none.total).toBe(0);
  });
});

describe('failures reach the caller and are not remembered', () => {
  it('rejects when Pagefind fails, and succeeds on retry', async () => {
    failures = { pagefind: 1, vocabulary: 0 };
    await expect(run('芦花鸡')).rejects.toThrow('503');
    expect(first(await run('芦花鸡'))?.url).toBe('/wanzhou-kjj/2020/');
  });

  it('rejects when the vocabulary fails, rather than searching the letters', async () => {
    failures = { pagefind: 0, vocabulary: 1 };
    await expect(run('luhuaji')).rejects.toThrow('503');
    expect(first(await run('luhuaji'))?.url).toBe('/wanzhou-kjj/2020/');
  });
});

describe('terms written with marks inside (issue #28)', () => {
  it('finds 三公经费 in the seed report, written “三公”经费, and ranks it by its own words', async () => {
    const outcome = await run('三公经费');
    const seed = outcome.results.find((r) => r.url === '/wanzhou-kjj/2020/');
    expect(outcome.results.slice(0, 3).map((r) => r.url)).toContain('/wanzhou-kjj/2020/');
    expect(seed?.exact).toBe(true);
    expect(seed && excerptHtml(seed.excerpt)).toContain('<mark>“三公”经费</mark>');
  });

  it('takes a query typed with the marks as the same phrase', async () => {
    const typed = await run('“三公”经费');
    expect(typed.results[0]?.url).toBe((await run('三公经费')).results[0]?.url);
    expect(typed.plan.terms).toEqual(['“三公”经费']);
    // A closing single quote is a mark, not a pinyin apostrophe.
    expect((await planQuery('‘三公’经费', sources)).terms).toHaveLength(1);
    expect((await planQuery("xi'an", sources)).terms).toHaveLength(1);
  });
});
