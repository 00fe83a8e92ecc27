import { describe, expect, it } from 'vitest';
import { fold, foldQuery, originalRange } from '../../../../src/lib/search/fold.ts';

describe('fold', () => {
  it('folds width, case, thousands separators and zero-width spaces', () => {
    expect(fold('ＡＢＣ 4,805.67 万\u200b州').text).toBe('abc 4805.67 万州');
    expect(fold('1,2345').text).toBe('1,2345');
  });

  it('maps folded ranges back to the published text', () => {
    for (const [text, needle, original] of [
      ['用房1200㎡，科技特派员工作站', '科技特派员', '科技特派员'],
      ['⑴完成法律援助', '法律援助', '法律援助'],
      ['㈠强化绩效', '强化', '强化'],
      ['合计4,805.67万元', '4805.67', '4,805.67'],
      ['万\u200b州区', '万州', '万\u200b州'],
    ] as const) {
      const folded = fold(text);
      const at = folded.text.indexOf(needle);
      const [s, e] = originalRange(folded, at, at + needle.length);
      expect(text.slice(s, e)).toBe(original);
    }
  });

  it('folds a query’s figures bare of separators and units', () => {
    expect(foldQuery('4,805.67')).toBe('4805.67');
    expect(foldQuery('4805.67万元')).toBe('4805.67');
    expect(foldQuery(' ＬＵＨＵＡＪＩ ')).toBe('luhuaji');
    expect(foldQuery('芦花鸡　龙溪茶')).toBe('芦花鸡 龙溪茶');
    expect(foldQuery('38.7%')).toBe('38.7');
  });
});
