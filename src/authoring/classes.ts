/**
 * 支出功能分类 class (类) names of the 政府收支分类科目, current and from earlier editions, so an
 * expenditure list can be told apart from other amounts and shortened names completed.
 */
const CLASSES = new Set([
  '一般公共服务支出',
  '外交支出',
  '国防支出',
  '公共安全支出',
  '教育支出',
  '科学技术支出',
  '文化旅游体育与传媒支出',
  '文化体育与传媒支出',
  '社会保障和就业支出',
  '社会保险基金支出',
  '卫生健康支出',
  '医疗卫生与计划生育支出',
  '节能环保支出',
  '城乡社区支出',
  '农林水支出',
  '交通运输支出',
  '资源勘探工业信息等支出',
  '资源勘探信息等支出',
  '商业服务业等支出',
  '金融支出',
  '援助其他地区支出',
  '自然资源海洋气象等支出',
  '国土海洋气象等支出',
  '住房保障支出',
  '粮油物资储备支出',
  '国有资本经营预算支出',
  '灾害防治及应急管理支出',
  '其他支出',
  '债务付息支出',
  '债务发行费用支出',
]);

/** Amounts that look like classes but are the 基本/项目 split of expenditure. */
const NOT_CLASSES = new Set(['基本支出', '项目支出', '人员支出', '公用支出']);

export type ClassName =
  | { name: string; as: 'written' }
  | { name: string; as: 'completed'; written: string }
  | { name: string; as: 'unknown' };

/**
 * The function class a name in the text stands for. Reports shorten names (住房保障253.61万元);
 * the class's full name ends in 支出, and the full name is what is published and compared across
 * years, so a known class written without 支出 is completed (and the author told). A name ending
 * in 支出 that is not a known class is kept as written and flagged; anything else is not a class.
 */
export function className(written: string): ClassName | undefined {
  if (NOT_CLASSES.has(written)) return undefined;
  if (CLASSES.has(written)) return { name: written, as: 'written' };
  if (CLASSES.has(`${written}支出`)) return { name: `${written}支出`, as: 'completed', written };
  if (written.endsWith('支出') && written.length > 2) return { name: written, as: 'unknown' };
  return undefined;
}
