import { describe, expect, it } from 'vitest';
import type { Heading } from '../../../src/authoring/docx-to-mdx.ts';
import { findings, findTitle, readFigures } from '../../../src/authoring/extract.ts';
import { formatPath } from '../../../src/schemas/issues.ts';

/** The figures read from paragraphs, as `path: value`. */
function values(...paragraphs: string[]): Record<string, number | string> {
  return Object.fromEntries(
    readFigures(paragraphs).figures.map((f) => [formatPath(f.path), f.value]),
  );
}

describe('readFigures: income', () => {
  it('reads 年初预算数, every source and the change with its reason', () => {
    expect(
      values(
        '1．收入预算。2020年年初预算数4805.67万元，其中：一般公共预算拨款4805.67万元，政府性基金预算拨款0万元，国有资本经营预算收入0万元，事业收入0万元，事业单位经营收入0万元，其他收入0万元。收入较去年减少156.76万元，主要是压缩公用支出和一般项目支出。',
      ),
    ).toEqual({
      'income.total': 4805.67,
      'income.sources.generalBudget': 4805.67,
      'income.sources.governmentFund': 0,
      'income.sources.stateCapital': 0,
      'income.sources.businessIncome': 0,
      'income.sources.operatingIncome': 0,
      'income.sources.other': 0,
      'income.change.amount': -156.76,
      'income.change.reason': '主要是压缩公用支出和一般项目支出',
    });
  });

  it('reads an increase as positive, thousands commas and full-width digits', () => {
    expect(
      values(
        '收入预算。年初预算数１,350.8万元，其中：一般公共预算拨款1,300.8万元，其他收入50万元。收入较上年增加48.2万元。',
      ),
    ).toEqual({
      'income.total': 1350.8,
      'income.sources.generalBudget': 1300.8,
      'income.sources.other': 50,
      'income.change.amount': 48.2,
    });
  });

  it('takes the budget from a heading paragraph just before, not from one further away', () => {
    expect(
      values('1．收入预算', '年初预算数100万元，其中：一般公共预算拨款100万元。'),
    ).toMatchObject({
      'income.total': 100,
    });
    expect(values('1．收入预算', '其他说明。', '年初预算数100万元。')).toEqual({});
  });
});

describe('readFigures: expenditure', () => {
  const source =
    '2．支出预算。2020年年初预算数4805.67万元，其中：科学技术支出3680.93万元，社会保障和就业支出539.07万元，卫生健康支出332.06万元，住房保障253.61万元。支出较去年减少156.76万元，主要是基本支出减少145.76万元，项目支出减少11万元。';

  it('reads classes in order, the change and its 基本/项目 split', () => {
    expect(values(source)).toEqual({
      'expenditure.total': 4805.67,
      'expenditure.classes[0].name': '科学技术支出',
      'expenditure.classes[0].amount': 3680.93,
      'expenditure.classes[1].name': '社会保障和就业支出',
      'expenditure.classes[1].amount': 539.07,
      'expenditure.classes[2].name': '卫生健康支出',
      'expenditure.classes[2].amount': 332.06,
      'expenditure.classes[3].name': '住房保障支出',
      'expenditure.classes[3].amount': 253.61,
      'expenditure.change.amount': -156.76,
      'expenditure.change.reason': '主要是基本支出减少145.76万元，项目支出减少11万元',
      'expenditure.change.basic': -145.76,
      'expenditure.change.project': -11,
    });
  });

  it('completes a shortened class name and says so', () => {
    const housing = readFigures([source]).figures.find((f) => f.value === '住房保障支出');
    expect(housing?.note).toBe('原文作“住房保障”，按支出功能分类全称记为“住房保障支出”');
    expect(housing?.sentence).toContain('住房保障253.61万元。');
  });

  it('recognises an expenditure paragraph by its classes, and this year’s 基本/项目 split', () => {
    expect(
      values(
        '2024年年初预算数1336.45万元，其中：一般公共服务支出925.95万元，住房保障支出78万元；基本支出1000万元，项目支出336.45万元。',
      ),
    ).toEqual({
      'expenditure.total': 1336.45,
      'expenditure.classes[0].name': '一般公共服务支出',
      'expenditure.classes[0].amount': 925.95,
      'expenditure.classes[1].name': '住房保障支出',
      'expenditure.classes[1].amount': 78,
      'expenditure.split.basic': 1000,
      'expenditure.split.project': 336.45,
    });
  });

  it('leaves out what is not a class and notes it', () => {
    const read = readFigures(['支出预算。年初预算数300万元，其中：办公设备购置费12万元。']);
    expect(read.figures.map((f) => formatPath(f.path))).toEqual(['expenditure.total']);
    expect(read.notes).toEqual([expect.stringContaining('“办公设备购置费12万元”')]);
  });
});

describe('readFigures: what it must not read', () => {
  it.each([
    [
      'a change without an amount',
      '我局2020年“三公”经费预算总额较上年减少，同时财政供养人员控制在预算编制以内。',
    ],
    [
      'amounts in the outcomes',
      '组织实施区级科研项目79项、资金910万元，其中，支持企业资金815万元。',
    ],
    ['a loan figure', '疫情期间向37家科技型企业发放知识价值信用贷款4320万元。'],
    ['编制 without a head count', '严格按照预算编制的相关制度和要求进行预算编制。'],
    ['a grade the model does not know', '自评结论为“合格偏上”。'],
    ['a score without 自评', '满意度得分为95分。'],
  ])('%s', (_name, text) => {
    expect(values(text)).toEqual({});
  });

  it('keeps one money unit and leaves out amounts in another', () => {
    const read = readFigures(['收入预算。年初预算数100万元，其中：一般公共预算拨款1000000元。']);
    expect(read.unit).toBe('万元');
    expect(read.figures.map((f) => formatPath(f.path))).toEqual(['income.total']);
    expect(read.notes[0]).toContain('income.sources.generalBudget 在原文中以“元”为单位');
  });

  it('keeps the first of two disagreeing values and says so', () => {
    const read = readFigures(['自评分值为97分。', '自评分值为95分。']);
    expect(read.figures.map((f) => f.value)).toEqual([97]);
    expect(read.notes[0]).toContain('原文两处给出不同的值');
  });
});

describe('readFigures: staffing, score and grade', () => {
  it('reads each unit with the first one written 编制数', () => {
    expect(
      values(
        '区科技局编制数19人，截止2020年末，在职在编人员19人，退休人员50人。区科技信息中心编制20人，截止2020年末，在职在编人员18人，退休人员17人。',
      ),
    ).toEqual({
      'staffing[0].unit': '区科技局',
      'staffing[0].authorized': 19,
      'staffing[0].active': 19,
      'staffing[0].retired': 50,
      'staffing[0].asOf': '2020年末',
      'staffing[1].unit': '区科技信息中心',
      'staffing[1].authorized': 20,
      'staffing[1].active': 18,
      'staffing[1].retired': 17,
      'staffing[1].asOf': '2020年末',
    });
  });

  it('leaves a unit without a name for the author', () => {
    const read = readFigures(['编制10人，在职人员9人。']);
    expect(read.figures.map((f) => formatPath(f.path))).toEqual([
      'staffing[0].authorized',
      'staffing[0].active',
    ]);
    expect(read.notes[0]).toContain('没有写明单位名称');
  });

  it('reads 自评分值 and 自评结论, keeping a grade word the model takes as printed (优秀)', () => {
    expect(values('部门整体支出绩效自评分值为97分，自评结论为“优”。')).toEqual({
      'evaluation.score': 97,
      'evaluation.grade': '优',
    });
    const read = readFigures(['自评得分92.5分，评价等级为优秀。']);
    expect(read.figures.map((f) => [f.value, f.note])).toEqual([
      [92.5, undefined],
      ['优秀', undefined],
    ]);
    expect(readFigures(['评价等级为基本合格。']).figures.map((f) => f.value)).toEqual(['基本合格']);
    expect(readFigures(['评价等级为较差。']).figures.map((f) => [f.value, f.note])).toEqual([
      ['差', '原文作“较差”，记为“差”'],
    ]);
  });

  it('reads the unit from a 单位 note when no amount gives it', () => {
    expect(readFigures(['（单位：元）']).unit).toBe('元');
    expect(readFigures(['没有金额。']).unit).toBeUndefined();
  });
});

describe('findTitle', () => {
  it('joins the department line and the title line', () => {
    expect(
      findTitle(['重庆市万州区科学技术局', '2020年度部门整体支出绩效自评报告', '为提高……']),
    ).toEqual({
      title: '重庆市万州区科学技术局2020年度部门整体支出绩效自评报告',
      lines: 2,
    });
  });

  it('finds no title in running text', () => {
    expect(findTitle(['为提高部门整体支出绩效评价质量，现报告如下。'])).toBeUndefined();
  });
});

describe('findings', () => {
  it('takes the items under 存在的问题 and 改进措施 with numbered ids', () => {
    const headings: Heading[] = [
      { level: 2, text: '三、存在问题及改进措施', title: '存在问题及改进措施' },
      { level: 3, text: '（一）存在的问题', title: '存在的问题', parent: '存在问题及改进措施' },
      { level: 4, text: '1．意识不强', title: '意识不强', parent: '存在的问题' },
      { level: 3, text: '（二）改进措施', title: '改进措施', parent: '存在问题及改进措施' },
      { level: 4, text: '1．加强培训', title: '加强培训', parent: '改进措施' },
    ];
    expect(findings(headings)).toEqual({
      problems: [{ id: 'problem-1', title: '意识不强', heading: '1．意识不强' }],
      measures: [{ id: 'measure-1', title: '加强培训', heading: '1．加强培训' }],
    });
  });
});
