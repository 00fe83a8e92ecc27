import { describe, expect, it } from 'vitest';
import { matchColumns } from '../../../src/authoring/columns.ts';
import { readGoals } from '../../../src/authoring/goal-table.ts';
import { assignIds, knownIds } from '../../../src/authoring/ids.ts';
import { readIndicators } from '../../../src/authoring/indicator-table.ts';
import { parseCsv, toSheet } from '../../../src/authoring/sheet.ts';
import { goalsSchema } from '../../../src/schemas/goals.ts';

const sheetOf = (csv: string) => toSheet(parseCsv(csv));

describe('parseCsv', () => {
  it('reads Excel CSV: byte-order mark, CRLF, quotes and line breaks in cells', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, ""y""","多\n行"\r\n3,\r\n')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['x, "y"', '多\n行'] },
      { row: 4, cells: ['3', ''] },
    ]);
  });
});

describe('toSheet', () => {
  it('takes the first non-empty row as the header', () => {
    const sheet = sheetOf('\n,,\n三级指标,指标值\n甲,≥1\n');
    expect(sheet.header).toEqual(['三级指标', '指标值']);
    expect(sheet.headerRow).toBe(3);
    expect(sheet.rows).toEqual([{ row: 4, cells: ['甲', '≥1'] }]);
  });

  it('skips a title line above the table', () => {
    expect(sheetOf('部门整体支出绩效自评表,,\n三级指标,指标值,分值\n').headerRow).toBe(2);
  });
});

describe('readIndicators', () => {
  it('fills merged 一级/二级指标 down, skips totals, appends the unit to bare numbers', () => {
    const sheet = sheetOf(
      '一级指标,二级指标,三级指标,年度指标值（A）,实际完成值（B）,计量单位,分值,得分\n' +
        '投入,预算执行,预算完成率,≥95,96.5,%,20,20\n' +
        ',,结转结余率,≤5,3,%,10,9.5分\n' +
        '产出,,实际完成率,100,98,%,70,68\n' +
        '合计,,,,,,100,97.5\n',
    );
    const result = readIndicators(sheet, matchColumns(sheet.header));
    expect(result).toMatchObject({ ok: true, notes: ['第5行是合计行，已跳过。'] });
    if (!result.ok) return;
    expect(result.value).toEqual([
      {
        level1: '投入',
        level2: '预算执行',
        level3: '预算完成率',
        weight: 20,
        score: 20,
        target: '≥95%',
        actual: '96.5%',
      },
      {
        level1: '投入',
        level2: '预算执行',
        level3: '结转结余率',
        weight: 10,
        score: 9.5,
        target: '≤5%',
        actual: '3%',
      },
      {
        level1: '产出',
        level3: '实际完成率',
        weight: 70,
        score: 68,
        target: '100%',
        actual: '98%',
      },
    ]);
  });

  it('refuses a weight or score that is not a number, naming row and column', () => {
    const sheet = sheetOf('一级指标,三级指标,分值,得分\n投入,合理性,十分,\n');
    expect(readIndicators(sheet, matchColumns(sheet.header))).toEqual({
      ok: false,
      issues: [
        { row: 2, column: '分值', expected: '数字（分）', found: '“十分”' },
        { row: 2, column: '得分', expected: '数字（分）', found: '空白' },
      ],
    });
  });
});

describe('readGoals', () => {
  const sheet = sheetOf(
    '一级指标,二级指标,三级指标,指标值,计量单位,实际完成值,指标性质\n' +
      '产出指标,数量指标,全区科技型企业数量,380家以上,,462,\n' +
      ',,新增市级创新平台,1-2,家,预计2,\n' +
      ',,推荐团队,5,支,5,=\n' +
      ',,培训场次,30,场,,正向\n' +
      '效益指标,社会效益指标,政务公开,按时公开,,已公开,\n',
  );
  const known = knownIds([
    {
      goals: [{ area: 'x', indicators: [{ id: 'tech-enterprises', name: '全区科技型企业数量' }] }],
    },
  ]);
  const result = readGoals(sheet, matchColumns(sheet.header), known);

  it('groups by 二级指标 and reads comparator, target, unit and actual', () => {
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value).toEqual([
      {
        area: '数量指标',
        indicators: [
          {
            id: 'tech-enterprises',
            name: '全区科技型企业数量',
            unit: '家',
            comparator: '>=',
            target: 380,
            actual: 462,
          },
          {
            id: 'indicator-1',
            name: '新增市级创新平台',
            unit: '家',
            comparator: 'range',
            target: [1, 2],
            actual: 2,
            estimated: true,
          },
          {
            id: 'indicator-2',
            name: '推荐团队',
            unit: '支',
            comparator: '=',
            target: 5,
            actual: 5,
          },
          { id: 'indicator-3', name: '培训场次', unit: '场', comparator: '>=', target: 30 },
        ],
      },
      {
        area: '社会效益指标',
        indicators: [
          {
            id: 'indicator-4',
            name: '政务公开',
            comparator: 'qualitative',
            target: '按时公开',
            actual: '已公开',
          },
        ],
      },
    ]);
    expect(goalsSchema.safeParse(result.value).success).toBe(true);
  });

  it('says where it read a bare number as =', () => {
    if (!result.ok) throw new Error('not ok');
    expect(result.notes).toEqual([]);
    const bare = sheetOf('二级指标,三级指标,指标值\n数量,甲,5\n');
    const read = readGoals(bare, matchColumns(bare.header), new Map());
    expect(read).toMatchObject({
      ok: true,
      notes: ['第2行 指标值“5”未写比较方式，按“=”（等于）导入，请核对。'],
    });
  });
});

describe('assignIds', () => {
  it('keeps known ids, numbers new ones, never repeats or reuses an id', () => {
    const known = new Map([
      ['甲', 'alpha'],
      ['旧指标', 'indicator-1'],
    ]);
    expect(assignIds(['甲', '乙', '甲', ' 丙 '], known)).toEqual([
      'alpha',
      'indicator-2',
      'indicator-3',
      'indicator-4',
    ]);
  });
});
