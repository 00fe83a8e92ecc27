import { describe, expect, it } from 'vitest';
import { fragmentSections, readableRow } from '../../../../src/lib/search/fragment.ts';

describe('fragmentSections', () => {
  it('splits page text at its headings, skipping anchors without text', () => {
    const content = '标题. 概览. 预算 4805.67. 一、概况. 芦花鸡基地. 末尾';
    const anchors = [
      { element: 'h2', id: 'overview', text: '概览' },
      { element: 'tr', id: 'goal-x', text: '' },
      { element: 'h2', id: 's1', text: '一、概况' },
      { element: 'h2', id: 'missing', text: '不存在的标题' },
    ];
    expect(fragmentSections(content, anchors)).toEqual([
      { id: '', title: '', text: '标题. ', kind: 'data' },
      { id: 'overview', title: '概览', text: '概览. 预算 4805.67. ', kind: 'data' },
      { id: 's1', title: '一、概况', text: '一、概况. 芦花鸡基地. 末尾', kind: 'narrative' },
    ]);
  });

  it('splits Pagefind’s raw text at word positions, goal rows included', () => {
    const raw =
      '标题\u200b. 一、\u200b概况\u200b. 芦花鸡 指标 目标\u200b. 选派\u200b特派员 ≥ 90 名. 报告未说明. 报告未说明完成值.';
    const anchors = [
      { element: 'h2', id: 's1', text: '一、概况', location: 2 },
      { element: 'tr', id: 'goal-x', text: '', location: 9 },
    ];
    const sections = fragmentSections(raw.replace(/\u200b/g, ''), anchors, raw);
    expect(sections.map((s) => [s.id, s.kind, s.text])).toEqual([
      ['', 'data', '标题. '],
      ['s1', 'narrative', '一、概况. 芦花鸡 指标 目标. '],
      ['goal-x', 'row', '选派特派员 ≥ 90 名. 报告未说明. 报告未说明完成值.'],
    ]);
  });

  it('counts words across every kind of white space, as Pagefind does', () => {
    // A word is a run of anything but \s and U+200B: no-break, ideographic and thin spaces,
    // tabs, line breaks and U+FEFF all end one, and a run of them counts once.
    const raw = '甲\u00a0乙\u3000\u3000丙\t丁\n戊\u2009己\u200b庚\ufeff辛 \u200b 壬';
    const words = [...raw.matchAll(/[^\s\u200b]+/g)].map((m) => m[0]);
    expect(words).toHaveLength(9);
    const anchors = words.map((_, location) => ({
      element: 'h2',
      id: `s${location}`,
      text: 'x',
      location,
    }));
    const sections = fragmentSections(raw.replace(/\u200b/g, ''), anchors, raw);
    expect(sections.map((s) => s.text.replace(/\s/g, ''))).toEqual(words);
  });
});

describe('readableRow', () => {
  it('reads a goal row as a sentence', () => {
    expect(readableRow('选派区级科技特派员 ≥ 90 名. 报告未说明. 报告未说明完成值.')).toBe(
      '选派区级科技特派员：目标 ≥ 90 名，完成情况报告未说明',
    );
    expect(readableRow('全区科技型企业数量 ≥ 380 家. 462 家原文：“总量达462家。” 已达成.')).toBe(
      '全区科技型企业数量：目标 ≥ 380 家，完成情况 462 家（已达成）',
    );
    expect(
      readableRow(
        '选派区级科技特派员 ≥ 90 名原文：“选派区级特派员90名以上” 报告未说明. 报告未说明完成值.',
      ),
    ).toBe('选派区级科技特派员：目标 ≥ 90 名，完成情况报告未说明');
    expect(
      readableRow(
        '全区国家级研发平台 实现零的突破. 研发平台实现“零突破”原文：“平台实现“零突破”。” 定性目标，见完成情况.',
      ),
    ).toBe(
      '全区国家级研发平台：目标 实现零的突破，完成情况 研发平台实现“零突破”（定性目标，见完成情况）',
    );
    expect(readableRow('只有一格')).toBeUndefined();
  });
});
