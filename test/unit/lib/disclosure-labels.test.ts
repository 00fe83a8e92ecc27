// Every heading and label variant real reports use for a 公开要素 item is recognised, and the
// headings that merely mention an item are not. Sources: the real fixtures (test/fixtures/real)
// and published reports found with the project's search tool (named beside each variant).
import { describe, expect, it } from 'vitest';
import { DISCLOSURE_LABELS, namesItem, openingLabel } from '../../../src/lib/disclosure-labels.ts';
import type { DisclosureKey } from '../../../src/schemas/data.ts';

/** The items a heading names. */
const named = (text: string): DisclosureKey[] =>
  DISCLOSURE_LABELS.filter((item) => namesItem(item, text)).map((item) => item.key);

describe('headings that name an item', () => {
  it.each([
    // 部门职能
    ['（一）主要职能', ['functions']], // seed; 双江县人社局 2023
    ['(一)主要职责', ['functions']],
    ['1.职能职责', ['functions']], // 开远市政协 2022
    ['3.职责职能', ['functions']], // 赫山区城管执法局 2019 (fixture)
    ['### (四)单位职责', ['functions']], // 南县财政局 2020 (issue 25)
    ['一、部门职责', ['functions']], // 洪江市政府办, 常德市疾控中心 2023
    ['（一）部门职能', ['functions']], // 茂名市发改局 2021 (fixture)
    ['一、部门(单位)主要职责', ['functions']], // 鄂州市疾控中心
    ['一、部门主要职责', ['functions']], // 应城市政协 2023
    ['一、职能简介', ['functions']], // 仁寿县人社局
    ['一、基本职能及主要工作', ['functions']], // 广安市政协 2020
    ['一、主要职能、职责', ['functions']], // 内蒙古公共资源交易中心 2022
    // 机构和人员
    ['二、机构设置', ['organisation']], // 洪江市政府办
    ['二、机构设置情况', ['organisation']], // 应城市政协, 平凉市政协 2021
    ['（二）人员编制情况', ['organisation']],
    ['（二）人员情况', ['organisation']], // seed
    ['2.人员编制', ['organisation']], // 赫山区 (fixture)
    ['（二）设置机构及人员情况', ['organisation']], // 茂名 (fixture)
    ['2.机构设置及人员情况', ['organisation']], // 开远市政协 2022
    ['二、机构设置及决算单位构成', ['organisation']], // 汨罗市疾控中心 2021
    ['（一）机构、职能设置', ['functions', 'organisation']], // 随州市公安局曾都区分局 2019
    ['（二）机构和人员', ['organisation']],
    // 收入、支出、增减、执行
    ['1.收入预算', ['income']],
    ['二、收入决算情况说明', ['income']],
    ['三、支出决算情况说明', ['expenditure', 'execution']],
    ['一、收入支出决算总体情况说明', ['income', 'expenditure', 'execution']],
    ['（二）收入支出与上年对比', ['income', 'expenditure', 'change']], // 随州 2019
    ['（三）较上年增减变化情况', ['change']],
    ['（四）预算执行情况', ['execution']], // seed
    ['（三）资金使用情况', ['execution']],
    ['（一）基本支出', ['expenditure']], // 平凉市政协 2024
    // 三公经费
    ['三、“三公”经费支出情况', ['threePublic']], // 随州 2019
    ['九、财政拨款“三公”经费支出决算情况说明', ['threePublic']],
    // 目标与指标
    ['（三）年度工作目标', ['goals']], // seed
    ['（四）部门整体支出绩效目标', ['goals']], // 茂名 (fixture)
    ['（三）年度总体工作和重点工作任务', ['goals']], // 茂名 (fixture)
    ['（二）部门绩效目标的设立情况', ['goals']], // 保山 (fixture)
    ['二、绩效实现情况', ['indicators']], // seed
    ['（一）绩效目标完成情况', ['indicators']],
    ['（一）履职完成情况', ['indicators']], // 部门整体支出自评报告格式
    // 自评得分和等级
    ['（二）自评得分情况', ['evaluation']],
    ['三、综合评分', ['evaluation']],
    ['四、评价结论', ['evaluation']],
    ['（三）自评结论', ['evaluation']],
    ['（二）部门整体支出绩效评价结论', ['evaluation']],
    // 问题与措施
    ['三、存在问题及改进措施', ['problems', 'measures']], // seed
    ['（一）存在的主要问题', ['problems']],
    ['（二）下一步工作打算', ['measures']],
    ['（二）整改措施', ['measures']],
    // Half-width and spaced numbering, as PDFs and Word exports give them.
    ['一 绩效管理工作开展情况', []],
    ['(2)人员情况', ['organisation']],
  ] as [string, DisclosureKey[]][])('%s → %j', (heading, keys) => {
    expect(named(heading)).toEqual(keys);
  });
});

describe('headings that only mention an item do not name it', () => {
  it.each([
    '（五）持续抓好“三公”经费控制管理', // a measure
    '（一）人员经费', // spending, not staffing
    '三、评价结果应用情况',
    '一、部门基本情况', // a container: what it holds is judged on its own
    '（一）部门概况',
    '二、绩效评价工作开展情况',
    '（四）部门整体支出绩效目标', // not 支出预算
  ])('%s', (heading) => {
    const keys = named(heading);
    expect(keys).not.toContain('threePublic');
    expect(keys).not.toContain('organisation');
    expect(keys).not.toContain('evaluation');
    expect(keys).not.toContain('expenditure');
    expect(keys).not.toContain('functions');
  });
});

describe('the label a line or a table cell opens with', () => {
  it.each([
    ['职能职责：负责全县卫生健康工作。', '职能职责'], // 湘阴县卫健局 2021 (issue 25)
    ['职能职责概述', '职能职责概述'], // a form's cell
    ['（一）主要职能。贯彻执行……', '（一）主要职能'],
    ['机构设置: 内设机构5个', '机构设置'],
    ['自评得分：95分', '自评得分'],
  ])('%s → %s', (line, label) => {
    expect(openingLabel(line)).toBe(label);
  });

  it('reads no label from a sentence', () => {
    expect(openingLabel('满意度调查样本偏少，结果代表性有限。')).toBeUndefined();
    expect(
      openingLabel('该局主管全市的农业和农村经济，对种植业、畜牧业实行综合管理。'),
    ).toBeUndefined();
  });

  it.each([
    ['职能职责概述', 'functions'],
    ['人员编制情况', 'organisation'],
    ['自评得分', 'evaluation'],
    ['综合评分', 'evaluation'],
  ] as [string, DisclosureKey][])('the label %s names %s', (label, key) => {
    expect(named(label)).toContain(key);
  });
});
