// `npm run new -- <org> <year>`: starts a year's report from the standard template (src/authoring/new-report.ts).
import { relative } from 'node:path';
import { NewReportError, newReport } from '../authoring/new-report.ts';
import { contentDir } from '../io/paths.ts';

const USAGE = '用法：npm run new -- <部门标识> <年度>，如 npm run new -- wanzhou-kjj 2021';

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const [org, yearText, ...extra] = process.argv.slice(2);
if (!org || !yearText || extra.length > 0) fail(USAGE);
if (!/^\d{4}$/.test(yearText)) fail(`年度应为四位数字，如 2021；实为“${yearText}”。\n${USAGE}`);

let made: ReturnType<typeof newReport>;
try {
  made = newReport(contentDir(), org, Number(yearText));
} catch (error) {
  if (error instanceof NewReportError) fail(`${error.message}\n${USAGE}`);
  throw error;
}
const { file, previous, carried, warning } = made;
if (warning) console.warn(`! ${warning}`);
console.log(`✓ 已创建 ${relative(process.cwd(), file) || file}`);
if (previous) {
  console.log(
    `  沿用 ${previous.year} 年报告的结构：${carried.areas} 个目标领域、${carried.indicators} 个绩效指标（标识、名称、计量单位、比较方式），${carried.units} 个单位的人员情况，${carried.classes} 个支出功能分类名称。`,
  );
  console.log('  本年度的目标值、实际完成值以及全部金额、人数均未沿用，已留空。');
} else {
  console.log(`  ${org} 没有 ${Number(yearText)} 年以前的报告，已写入空白模板（各列表为空）。`);
}
console.log('  留空的字段在填写前无法通过校验，这是有意的：每个数字都须按本年度报告原文填写。');
console.log('下一步：填写后运行 npm run validate 检查。');
