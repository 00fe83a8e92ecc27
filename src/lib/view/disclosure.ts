// The 12 公开要素: which the report states, by its data or a heading of its text.
import type { DisclosureItem, DisclosureKey } from '../../schemas/data.ts';
import type { Report } from '../../schemas/report.ts';
import type { BodyHeading } from '../headings.ts';

/**
 * How each 公开要素 is recognised: the report's structured data first, else a heading of its text
 * whose subject is the item (numbering stripped: “（四）预算执行情况” names 预算执行). A heading
 * that merely mentions an item (“持续抓好‘三公’经费控制管理”, a measure) does not count.
 */
const DISCLOSURE: {
  key: DisclosureKey;
  label: string;
  data: (r: Report) => boolean;
  anchor: string;
  heading: RegExp;
}[] = [
  {
    key: 'functions',
    label: '部门职能',
    data: () => false,
    anchor: '',
    heading: /^(主要|部门)?(职能|职责)/,
  },
  {
    key: 'organisation',
    label: '机构和人员',
    data: (r) => (r.staffing?.length ?? 0) > 0,
    anchor: 'staffing',
    heading: /^(机构|人员|机构设置|人员情况|机构和人员)/,
  },
  {
    key: 'income',
    label: '收入预算及来源',
    data: (r) =>
      r.income?.total !== undefined ||
      Object.values(r.income?.sources ?? {}).some((v) => v !== undefined),
    anchor: 'budget',
    heading: /^收入(预算|决算)/,
  },
  {
    key: 'expenditure',
    label: '支出预算及功能分类',
    data: (r) => r.expenditure?.total !== undefined || (r.expenditure?.classes?.length ?? 0) > 0,
    anchor: 'budget',
    heading: /^支出(预算|决算)/,
  },
  {
    key: 'change',
    label: '较上年增减及原因',
    data: (r) => Boolean(r.expenditure?.change ?? r.income?.change),
    anchor: 'budget',
    heading: /^(较上年|与上年|同比).*(增减|变化|变动)/,
  },
  {
    key: 'execution',
    label: '预算执行情况',
    data: (r) => Object.values(r.expenditure?.execution ?? {}).some((v) => v !== undefined),
    anchor: 'budget',
    heading: /^(预算执行|决算)/,
  },
  {
    key: 'threePublic',
    label: '三公经费',
    data: (r) => r.threePublic !== undefined,
    anchor: 'three-public',
    heading: /^[“"]?三公[”"]?经费(情况|支出|预算|决算)?$/,
  },
  {
    key: 'goals',
    label: '年度工作目标',
    data: (r) => (r.goals?.length ?? 0) > 0,
    anchor: 'goals',
    heading: /^(年度)?(工作|绩效)目标/,
  },
  {
    key: 'indicators',
    label: '绩效指标及完成值',
    data: (r) =>
      (r.goals ?? []).some(
        (a) =>
          a.indicators.some((i) => i.actual !== undefined) ||
          (a.tasks ?? []).some((t) => t.result !== undefined),
      ) || (r.evaluation?.indicators?.length ?? 0) > 0,
    anchor: 'goals',
    heading: /^(绩效指标|绩效实现|指标完成|绩效目标完成)/,
  },
  {
    key: 'evaluation',
    label: '自评得分和等级',
    data: (r) => r.evaluation?.score !== undefined || r.evaluation?.grade !== undefined,
    anchor: 'evaluation',
    heading: /^自评(得分|分值|结论|等级|结果)/,
  },
  {
    key: 'problems',
    label: '存在问题',
    data: (r) => r.problems.length > 0,
    anchor: 'problems',
    heading: /存在的?问题/,
  },
  {
    key: 'measures',
    label: '改进措施',
    data: (r) => r.measures.length > 0,
    anchor: 'measures',
    heading: /(改进|整改)(措施|意见|建议)/,
  },
];

const NUMBERING =
  /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、．.]|\d+[、．.）)])\s*/;

/** The 12 公开要素, each stated by the report's data or, failing that, by a heading of its text. */
export function disclosureOf(report: Report, headings: readonly BodyHeading[]): DisclosureItem[] {
  return DISCLOSURE.map(({ key, label, data, anchor, heading }): DisclosureItem => {
    if (data(report)) return { key, label, stated: true, source: 'data', anchor };
    const found = headings.find((h) => heading.test(h.text.replace(NUMBERING, '').trim()));
    return found
      ? { key, label, stated: true, source: 'text', anchor: found.id }
      : { key, label, stated: false };
  });
}
