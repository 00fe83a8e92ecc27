import { describe, expect, it } from 'vitest';
import { fold } from '../../../../src/lib/search/fold.ts';
import {
  closestWindow,
  excerptHtml,
  excerptOf,
  hasAllWords,
  phraseExcerpt,
  phraseOffsets,
  queryWords,
  quoted,
  rankCandidates,
} from '../../../../src/lib/search/phrase.ts';

describe('phrase matching', () => {
  it('finds every occurrence of the phrase', () => {
    expect(phraseOffsets('信用贷款与知识价值信用贷款', '信用贷款')).toEqual([0, 9]);
    expect(phraseOffsets('知识价值 ab信用', '价值信用')).toEqual([]);
  });

  it('reads a phrase through marks, brackets, the interpunct, the dunhao and spaces between characters', () => {
    const marked = (text: string, phrase: string) =>
      excerptHtml(excerptOf(text, [fold(phrase).text]) ?? { text: '', marks: [] });
    expect(marked('我局“三公”经费预算', '三公经费')).toBe('我局<mark>“三公”经费</mark>预算');
    expect(marked('落实“三权”下放', '“三权”下放')).toBe('落实<mark>“三权”下放</mark>');
    expect(marked('推行“一队一档”服务', '一队一档')).toBe('推行“<mark>一队一档</mark>”服务');
    expect(marked('因公出国（境）费', '因公出国境费')).toBe('<mark>因公出国（境）费</mark>');
    expect(marked('『双随机、一公开』', '双随机一公开')).toBe('『<mark>双随机、一公开</mark>』');
    expect(marked('阿·卜杜拉', '阿卜杜拉')).toBe('<mark>阿·卜杜拉</mark>');
    expect(marked('县委办公厅　示例县', '办公厅示例')).toBe('县委<mark>办公厅 示例</mark>县');
    expect(marked('"三公"经费', '三公经费')).toBe('<mark>&quot;三公&quot;经费</mark>');
    expect(phraseOffsets('4805.67万元', '480567')).toEqual([]);
    expect(hasAllWords('“三公”经费', ['三公经费'])).toBe(true);
  });

  it('shows a query with marks of its own once, and wraps a plain one', () => {
    expect(quoted('“三公”经费')).toBe('“三公”经费');
    expect(quoted('三公经费')).toBe('“三公经费”');
    expect(quoted("xi'an")).toBe("“xi'an”");
  });

  it('builds an escaped excerpt around the phrase with the phrase marked', () => {
    expect(
      phraseExcerpt(
        '前文<b>很长的一段话，然后是知识价值信用贷款改革工作，后文。',
        '知识价值信用贷款',
        6,
      ),
    ).toBe('…段话，然后是<mark>知识价值信用贷款</mark>改革工作，后…');
    expect(phraseExcerpt('<b>芦花鸡</b>', '芦花鸡')).toBe('&lt;b&gt;<mark>芦花鸡</mark>&lt;/b&gt;');
    expect(phraseExcerpt('无关', '芦花鸡')).toBeUndefined();
  });

  it('finds the place where several words stand closest, and marks each', () => {
    expect(
      closestWindow([
        [
          [0, 2],
          [20, 22],
        ],
        [[24, 26]],
      ]),
    ).toEqual([20, 26]);
    expect(closestWindow([[[0, 2]], []])).toBeUndefined();
    const text = '芦花鸡养殖。其他很长很长很长的内容。在芦花鸡基地、龙溪茶基地实施';
    const excerpt = excerptOf(text, ['芦花鸡', '龙溪茶'], 3);
    expect(excerpt && excerptHtml(excerpt)).toBe(
      '…容。在<mark>芦花鸡</mark>基地、<mark>龙溪茶</mark>基地实…',
    );
  });

  it('requires every meaningful word, ignoring single characters', () => {
    const words = queryWords('不存在的词语');
    expect(words).not.toContain('的');
    expect(hasAllWords('群众满意度调查', queryWords('群众满意度'))).toBe(true);
  });

  it('ranks the exact phrase first, then by occurrences, then Pagefind’s order; or by year', () => {
    const c = (item: string, rank: number, year: number, phraseHits: number) => ({
      item,
      rank,
      year,
      phraseHits,
    });
    const list = [c('scattered', 0, 2024, 0), c('once', 1, 2019, 1), c('twice', 2, 2020, 2)];
    expect(rankCandidates(list, 'relevance').map((x) => x.item)).toEqual([
      'twice',
      'once',
      'scattered',
    ]);
    expect(rankCandidates(list, 'year').map((x) => x.item)).toEqual(['scattered', 'twice', 'once']);
  });
});
