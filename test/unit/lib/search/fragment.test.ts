import { describe, expect, it } from 'vitest';
import { fragmentSections } from '../../../../src/lib/search/fragment.ts';

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
      { id: '', title: '', text: '标题. ' },
      { id: 'overview', title: '概览', text: '概览. 预算 4805.67. ' },
      { id: 's1', title: '一、概况', text: '一、概况. 芦花鸡基地. 末尾' },
    ]);
  });
});
