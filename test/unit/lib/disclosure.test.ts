// The three outcomes of the 公开要素 judgement, from the report's body as the pages read it.
import { describe, expect, it } from 'vitest';
import { reportView } from '../../../src/lib/view/index.ts';
import { type Report, reportSchema } from '../../../src/schemas/report.ts';

const bare: Report = reportSchema.parse({ org: 'x', year: 2021, title: '某局2021年度自评报告' });
const item = (body: string | { text: string; depth: 2 }[], key: string) => {
  const view =
    typeof body === 'string'
      ? reportView(bare, body)
      : reportView(
          bare,
          body.map((h, i) => ({ ...h, id: `s${i + 1}`, level: 0, line: i + 1 })),
        );
  return view.disclosure.find((d) => d.key === key);
};

describe('公开要素 from the body', () => {
  it('finds an item under a nested heading, with its anchor', () => {
    const body = '## 一、部门基本情况\n\n### （一）部门概况\n\n#### 1.主要职责\n\n负责……\n';
    expect(item(body, 'functions')).toMatchObject({
      status: 'stated',
      source: 'text',
      anchor: 's1-1-1',
    });
  });

  it('finds an item in a line that opens with its label, pointing at its section', () => {
    const body = '## 一、基本情况\n\n职能职责：负责全县卫生健康工作。\n';
    expect(item(body, 'functions')).toMatchObject({
      status: 'stated',
      source: 'paragraph',
      anchor: 's1',
    });
  });

  it('finds an item in a table cell', () => {
    const body = '| 项目 | 内容 |\n| --- | --- |\n| 职能职责概述 | 负责全县卫生健康工作 |\n';
    expect(item(body, 'functions')).toMatchObject({ status: 'stated', source: 'paragraph' });
  });

  it('says 本站未能识别, linked to the full text, where the text speaks of the item', () => {
    const body = '## 一、部门概况\n\n该局主管全市的农业和农村经济。\n';
    expect(item(body, 'functions')).toEqual({
      key: 'functions',
      label: '部门职能',
      stated: false,
      status: 'unrecognised',
      anchor: 'fulltext',
    });
  });

  it('says 报告未说明 only where neither the figures nor the text say a word of it', () => {
    expect(item('只有标题。', 'functions')?.status).toBe('not-stated');
    expect(item('只有标题。', 'threePublic')?.status).toBe('not-stated');
  });

  it('never says 报告未说明 from headings alone: the text was not read', () => {
    expect(item([{ text: '一、部门概况', depth: 2 }], 'threePublic')?.status).toBe('unrecognised');
  });
});
