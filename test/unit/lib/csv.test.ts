import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/csv.ts';

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends and quotes only where needed', () => {
    expect(
      toCsv(
        ['名称', '金额（万元）'],
        [
          ['科学技术支出', '3680.93'],
          ['含,逗号', '1'],
          ['含"引号', undefined],
        ],
      ),
    ).toBe('\uFEFF名称,金额（万元）\r\n科学技术支出,3680.93\r\n"含,逗号",1\r\n"含""引号",\r\n');
  });
});

describe('CSV tables', () => {
  it('link every table the view writes, and no other', async () => {
    const { reportView } = await import('../../../src/lib/view/index.ts');
    const { reportData } = await import('../../../src/lib/dataset.ts');
    const { loadContent } = await import('../../../src/io/load.ts');
    const { orgs, reports } = loadContent('test/fixtures/site');
    for (const { data, body } of reports) {
      const view = reportView(data, body);
      const org = orgs.get(data.org);
      if (!org) throw new Error(data.org);
      const links = reportData({ id: data.org, org, reports: [] }, view).links.csv;
      expect(Object.keys(links)).toEqual(view.csv.map((t) => t.name));
    }
  });
});

describe('toCsv against formula injection', () => {
  it.each([
    ['=HYPERLINK("http://x","点击")', `"'=HYPERLINK(""http://x"",""点击"")"`],
    ['+1+1', "'+1+1"],
    ['-1+cmd|x', "'-1+cmd|x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
  ])('neutralises %j as OWASP recommends', (text, written) => {
    expect(toCsv(['a'], [[text]])).toBe(`\uFEFFa\r\n${written}\r\n`);
  });

  it('keeps numbers and signed figures as numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [[-156.76, '-156.76', 12]])).toBe(
      '\uFEFFa,b,c\r\n-156.76,-156.76,12\r\n',
    );
  });
});
