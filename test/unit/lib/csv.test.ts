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

describe('csvTableNames', () => {
  it('names exactly the tables csvTables writes', async () => {
    const { csvTableNames, csvTables } = await import('../../../src/lib/dataset.ts');
    const { loadContent } = await import('../../../src/lib/load.ts');
    for (const { data } of loadContent('content').reports) {
      expect(csvTableNames(data)).toEqual(Object.keys(csvTables(data)));
    }
  });
});
