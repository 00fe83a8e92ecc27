/**
 * The words real reports use to name each of the 12 公开要素, in headings at any depth and in
 * lines that open with a label (`职能职责：…`, a table cell 职能职责概述). Gathered from the real
 * fixtures (test/fixtures/real) and from published reports of other regions; each variant has a
 * unit test (test/unit/lib/disclosure-labels.test.ts). Pure: no I/O, no parsing.
 */
import type { DisclosureKey } from '../schemas/data.ts';

export interface DisclosureLabels {
  key: DisclosureKey;
  /** The item's Chinese name on the pages. */
  label: string;
  /**
   * A heading or a label names the item when one of its parts (split at 、及和与以及) matches,
   * after numbering, quotes, brackets and a leading 部门/单位/年度… are stripped.
   */
  names: RegExp;
  /**
   * Words that, anywhere in the text, mean the report may state the item in prose the site
   * cannot read: then the item is 本站未能识别, never 报告未说明.
   */
  mentions: RegExp;
}

/** The table, in the order the pages list the items. */
export const DISCLOSURE_LABELS: readonly DisclosureLabels[] = [
  {
    key: 'functions',
    label: '部门职能',
    // 主要职能, 主要职责, 职能职责, 职责职能, 单位职责, 部门职责, 基本职能, 职能简介, 职能职责概述
    names: /^(?:主要|基本|工作|法定|履职)?(?:职能|职责)/,
    // Duties are often told in prose under 部门概况 / 基本情况 (“该局主管……”, “承担……”).
    mentions: /职能|职责|主管|承担|负责|概况|基本情况/,
  },
  {
    key: 'organisation',
    label: '机构和人员',
    // 机构设置, 机构设置情况, 机构和人员, 人员编制情况, 人员情况, 设置机构及人员情况, 内设机构,
    // 组织架构, 决算单位构成, 机构、职能设置 (its part 机构)
    names:
      /^(?:机构|设置机构|内设机构|下属单位|所属单位|组织(?:架构|机构)|(?:决算|预算)?单位构成|人员(?:编制|情况|构成|基本情况)?$|人员(?:编制|情况|构成)|编制(?:情况|人员)?$|在职人员)/,
    mentions: /编制|内设机构|在职|在编|人员情况|机构设置|下属单位|所属单位|概况|基本情况/,
  },
  {
    key: 'income',
    label: '收入预算及来源',
    // 收入预算, 收入决算, 收入情况, 收入支出决算总体情况, 预算收支情况, 收支情况
    names: /^(?:收入(?:预算|决算|情况|支出|来源|$)|(?:预算|决算)?收入|(?:预算|决算)?收支)/,
    mentions:
      /收入(?:预算|决算|合计|总额|总计|来源)|本年收入|财政拨款|一般公共预算|收入[\d,.]+\s*万元/,
  },
  {
    key: 'expenditure',
    label: '支出预算及功能分类',
    // 支出预算, 支出决算, 支出情况, 收入支出决算, 预算收支, 部门整体支出情况, 基本支出, 项目支出
    names:
      /^(?:(?:预算|决算)?支出(?:预算|决算|情况|结构|总体情况)?$|(?:预算|决算)?支出(?:预算|决算)|(?:预算|决算)?收支|收入支出|基本支出|项目支出)/,
    mentions: /支出(?:预算|决算|合计|总额|情况|\s*[\d,.]+)|预算支出|决算支出|基本支出|项目支出/,
  },
  {
    key: 'change',
    label: '较上年增减及原因',
    // 较上年增减情况, 与上年对比, 收入支出与上年对比, 增减变化情况, 同比变动
    names: /^(?:较上年|与上年|比上年|较去年|同比|增减|收支增减|收入支出与上年)/,
    mentions: /较上年|比上年|较去年|比去年|与上年|上年同期|同比(?:增|减|下降|上升)/,
  },
  {
    key: 'execution',
    label: '预算执行情况',
    // 预算执行情况, 决算情况, 资金使用情况, 预算完成情况, 收入支出预算执行情况
    names:
      /^(?:预算执行|(?:支出|收入支出)?决算(?!单位)|执行情况|资金(?:使用|执行|管理及使用)|预算(?:完成|使用)|收入支出预算执行)/,
    mentions: /执行率|执行数|预算执行|预算完成率|支付进度|决算数/,
  },
  {
    key: 'threePublic',
    label: '三公经费',
    // 三公经费, “三公”经费情况, 财政拨款三公经费支出决算
    names: /^(?:财政拨款|一般公共预算财政拨款)?三公经费(?:情况|支出|预算|决算|使用|说明|管理)*$/,
    mentions: /三公/,
  },
  {
    key: 'goals',
    label: '年度工作目标',
    // 年度工作目标, 绩效目标, 部门整体支出绩效目标, 年度总体工作和重点工作任务, 履职总体目标
    names:
      /^(?:(?:年度)?(?:总体|工作|绩效|整体)?目标(?!完成|实现)|(?:年度)?(?:绩效|工作|总体|整体支出绩效|履职总体)目标(?!完成|实现)|(?:年度)?总体工作|重点工作(?:任务)?$|工作任务$)/,
    mentions: /目标/,
  },
  {
    key: 'indicators',
    label: '绩效指标及完成值',
    // 绩效实现情况, 绩效指标完成情况, 绩效目标完成情况, 履职完成情况, 产出指标, 自评表
    names:
      /^(?:绩效(?:指标|实现|目标(?:完成|实现))|指标(?:完成|情况)|(?:目标|履职)(?:完成|实现)|履职效果|(?:产出|效益|效果|满意度)指标|绩效自评表|自评表)/,
    mentions: /指标|完成值|实际完成|完成率/,
  },
  {
    key: 'evaluation',
    label: '自评得分和等级',
    // 自评得分情况, 自评结论, 自评结果, 综合评分, 评价结论, 部门整体支出绩效评价结论, 得分情况
    names:
      /(?:自评|评价)(?:得分|分值|结论|等级|结果|总分)(?!应用|运用|反馈|整改)|^综合(?:评分|评价|得分)|^(?:得分|评分)(?:情况)?$|^总体评价/,
    mentions: /得分|评分|自评分|分值|自评结论|评价结论|等级/,
  },
  {
    key: 'problems',
    label: '存在问题',
    // 存在的问题, 存在问题及原因, 主要问题, 问题和不足
    names: /存在的?(?:主要)?问题|^主要问题|^问题(?:和|及|与)?(?:不足|原因)?$/,
    mentions: /问题|不足/,
  },
  {
    key: 'measures',
    label: '改进措施',
    // 改进措施, 整改措施, 改进意见, 下一步工作打算, 意见建议
    names:
      /(?:改进|整改)(?:措施|意见|建议|方向|计划)|下一步(?:工作)?(?:打算|计划|措施)|^(?:意见|措施)(?:和|及|与)?建议/,
    mentions: /措施|建议|改进|整改|下一步/,
  },
];

const NUMBERING =
  /^\s*(?:第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、．.\s]|\d+(?:\.\d+)*[、．.）)\s]|[①-⑳])\s*/;
const PREFIX =
  /^(?:本部门|本单位|部门整体支出|整体支出|部门整体|部门|单位|当年|年度|\d{4}年度?|整体|本)+/;

/** The parts of a heading or label worth matching: numbering, quotes, brackets and prefixes gone. */
export function labelParts(text: string): string[] {
  let t = text.trim().replace(/^#+\s*/, '');
  for (let i = 0; i < 3 && NUMBERING.test(t); i++) t = t.replace(NUMBERING, '');
  t = t
    .replace(/[（(][^）)]{0,6}[）)]/g, '')
    .replace(/[“”"'‘’「」《》\s*_]/g, '')
    .replace(/[。：:；;，,]+$/, '');
  const parts = t.split(/[、及和与/]|以及/).filter(Boolean);
  // Each part as written and without its prefix (部门职责 → 职责, 单位构成 stays too).
  return [...new Set([t, ...parts].flatMap((p) => [p, p.replace(PREFIX, '')]))].filter(Boolean);
}

/** Whether a heading (or the label a line opens with) names the item. */
export function namesItem(item: DisclosureLabels, text: string): boolean {
  return labelParts(text).some((part) => item.names.test(part));
}

/** The label a line opens with: the words before its first ：/:/。, or the whole short line. */
export function openingLabel(line: string): string | undefined {
  const t = line.trim();
  if (t === '') return undefined;
  const stop = /[：:。]/.exec(t);
  if (stop && stop.index > 0 && stop.index <= 24) {
    const label = t.slice(0, stop.index);
    return /[，,；;]/.test(label) ? undefined : label;
  }
  return t.length <= 24 && !/[，,；;]/.test(t) ? t : undefined;
}

/** The items whose words occur anywhere in a text (see `mentions`). */
export function mentionedItems(text: string): DisclosureKey[] {
  return DISCLOSURE_LABELS.filter((item) => item.mentions.test(text)).map((item) => item.key);
}
