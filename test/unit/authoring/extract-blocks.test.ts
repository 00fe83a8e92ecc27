import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../src/authoring/extract.ts';
import { formatPath } from '../../../src/schemas/issues.ts';

function values(...paragraphs: string[]): Record<string, number | string> {
  return Object.fromEntries(
    readFigures(paragraphs).figures.map((f) => [formatPath(f.path), f.value]),
  );
}

describe('readFigures: staffing as real reports state it', () => {
  it('reads a whole 系统 with 编制 by kind, 在职 and 公务用车 (保山市农业农村局 2019)', () => {
    expect(
      values(
        '保山市农业农村局为保山市人民政府工作部门，正处级，属一级预算单位。保山市农业农村系统由17家单位组成，其中：全额拨款单位15个（含行政单位1个，参公管理事业单位1个）、差额拨款事业单位1个、自收自支事业单位1个。保山市农业农村系统人员编制326名（不含自收自支事业单位），其中：行政编制43名，参照公务员法管理编制7名，事业编制276名。2019年末实有在职人数326人，实有公务用车21辆。',
      ),
    ).toEqual({
      'staffing[0].unit': '保山市农业农村系统',
      'staffing[0].units': 17,
      'staffing[0].authorized': 326,
      'staffing[0].posts.administrative': 43,
      'staffing[0].posts.civilServiceManaged': 7,
      'staffing[0].posts.institution': 276,
      'staffing[0].active': 326,
      'staffing[0].vehicles': 21,
      'staffing[0].asOf': '2019年末',
    });
  });

  it('reads units with 现有人员 and their categories in brackets, without 编制 (赫山区城管执法局 2019)', () => {
    const read = readFigures([
      '区城管执法局现有人员1894人，其中局本级187人（在职在编139人、退休人员8人、协管员40人），环卫处1707人（在职在编132人、退休人员148人、临聘人员272人、3个市场化公司聘用人员1155人）。',
    ]);
    expect(Object.fromEntries(read.figures.map((f) => [formatPath(f.path), f.value]))).toEqual({
      'staffing[0].unit': '局本级',
      'staffing[0].total': 187,
      'staffing[0].active': 139,
      'staffing[0].retired': 8,
      'staffing[0].others[0].name': '协管员',
      'staffing[0].others[0].count': 40,
      'staffing[1].unit': '环卫处',
      'staffing[1].total': 1707,
      'staffing[1].active': 132,
      'staffing[1].retired': 148,
      'staffing[1].others[0].name': '临聘人员',
      'staffing[1].others[0].count': 272,
      'staffing[1].others[1].name': '3个市场化公司聘用人员',
      'staffing[1].others[1].count': 1155,
    });
    expect(read.notes.join('\n')).toContain('总人数 1894 人');
  });

  it('reads 离退休 as one figure and leaves a unit named 我局 for the author (茂名市发改局 2021)', () => {
    const read = readFigures([
      '我局成立于1958年，属于国家行政单位，设17个内设机构。我局实有编制数63人，2021年末在职人数57人、离退休人数94人。',
    ]);
    expect(Object.fromEntries(read.figures.map((f) => [formatPath(f.path), f.value]))).toEqual({
      'staffing[0].authorized': 63,
      'staffing[0].active': 57,
      'staffing[0].retirees': 94,
      'staffing[0].asOf': '2021年末',
    });
    expect(read.notes.join('\n')).toContain('没有写明单位名称');
  });

  it('reads 离休 and 退休 apart', () => {
    expect(values('区档案馆编制12人，在职在编10人，离休人员1人，退休人员6人。')).toMatchObject({
      'staffing[0].retiredVeterans': 1,
      'staffing[0].retired': 6,
    });
  });
});

describe('readFigures: budget execution and the 三公经费', () => {
  it('reads 上年结转 + 年初预算 + 追加 = 全年预算, the 执行数 and the stated rate', () => {
    expect(
      values(
        '2．预算执行情况。本年度上年结转122.00万元，年初预算333.19万元，追加预算416.08万元，全年预算871.27万元；全年执行数850.37万元，预算完成率97.60%。',
      ),
    ).toEqual({
      'expenditure.execution.carryover': 122,
      'expenditure.execution.initial': 333.19,
      'expenditure.execution.supplement': 416.08,
      'expenditure.execution.adjusted': 871.27,
      'expenditure.execution.actual': 850.37,
      'expenditure.execution.ratePercent': 97.6,
    });
  });

  it('reads a cut as a negative supplement and keeps 年初预算数 as the budget total too', () => {
    expect(
      values('支出预算。年初预算数500万元，调减预算20万元，调整后预算480万元，执行率98.5%。'),
    ).toEqual({
      'expenditure.total': 500,
      'expenditure.execution.initial': 500,
      'expenditure.execution.supplement': -20,
      'expenditure.execution.adjusted': 480,
      'expenditure.execution.ratePercent': 98.5,
    });
  });

  it('reads 基本支出 and 项目支出 with the shares the report prints', () => {
    expect(
      values('支出预算。其中：基本支出244.41万元，占35.08%；项目支出452.27万元，占64.92%。'),
    ).toEqual({
      'expenditure.split.basic': 244.41,
      'expenditure.split.basicPercent': 35.08,
      'expenditure.split.project': 452.27,
      'expenditure.split.projectPercent': 64.92,
    });
  });

  it('reads the 三公经费 budget and actual, by item, with 购置 and 运行 apart and the change', () => {
    const read = readFigures([
      '2020年“三公”经费预算数10.5万元，实际支出8.2万元，其中：因公出国（境）费0万元，公务用车购置及运行费6万元（其中：公务用车购置费0万元，公务用车运行维护费6万元），公务接待费2.2万元。',
      '“三公”经费支出较上年减少1.2万元，主要是严控公务接待。',
    ]);
    expect(Object.fromEntries(read.figures.map((f) => [formatPath(f.path), f.value]))).toEqual({
      'threePublic.total.budget': 10.5,
      'threePublic.total.actual': 8.2,
      'threePublic.abroad.actual': 0,
      'threePublic.vehicles.actual': 6,
      'threePublic.vehicles.purchase.actual': 0,
      'threePublic.vehicles.operation.actual': 6,
      'threePublic.reception.actual': 2.2,
      'threePublic.change.amount': -1.2,
      'threePublic.change.reason': '主要是严控公务接待',
    });
    expect(read.notes).toEqual([]);
    expect(read.unit).toBe('万元');
  });

  it('reads amounts in 元 as the report gives them', () => {
    const read = readFigures(['“三公”经费预算数35000元，实际支出28650.5元。']);
    expect(read.unit).toBe('元');
    expect(read.figures.map((f) => f.value)).toEqual([35000, 28650.5]);
  });
});
