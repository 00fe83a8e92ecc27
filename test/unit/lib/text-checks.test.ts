// The PDF-space warning fires on spaces left by extraction, never on spaces a document prints.
import { describe, expect, it } from 'vitest';
import { parseReportBody } from '../../../src/lib/headings.ts';
import { textWarnings } from '../../../src/lib/text-checks.ts';

const found = (body: string) => textWarnings(parseReportBody(body)).map((w) => w.found);

describe('the PDF-space warning', () => {
  it('warns about a space inside a Chinese word', () => {
    expect(found('实施创新驱动发展战 略，推进工作。')).toEqual(['“创新驱动发展战 略，推进工作。”']);
  });

  // Both texts are printed so in real reports (湖南省 and 湘阴县 documents quoted in issue 26).
  it('ignores two issuing bodies printed side by side', () => {
    expect(found('根据中共湖南省委办公厅  湖南省人民政府办公厅印发的通知，开展自评。')).toEqual([]);
    expect(found('湘阴县财政局 湘阴县卫生健康局联合组织。')).toEqual([]);
  });

  it('ignores a space after a heading number, in a heading or a paragraph line', () => {
    expect(found('## 一 绩效管理工作开展情况\n\n正文。')).toEqual([]);
    expect(found('（二） 部门整体支出情况\n\n正文。')).toEqual([]);
    expect(found('第一段。\n三 存在问题')).toEqual([]);
  });

  it('still warns about a later extraction space in a text that also has a printed one', () => {
    expect(found('## 一 绩效管理工作开 展情况')).toEqual(['“绩效管理工作开 展情况”']);
  });
});
