// `npm run new -- <org> <year>`: starts a year's report from the standard template, carrying the
// department's goal structure, staffing units and expenditure classes forward from its latest
// earlier report with every figure left empty.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { renderFrontmatter } from '../authoring/frontmatter-yaml.ts';
import { bodySkeleton, newReportDraft } from '../authoring/template.ts';
import { contentDir } from '../io/paths.ts';
import { parseMdx, parseYaml } from '../lib/frontmatter.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { formatIssues } from '../schemas/issues.ts';
import { orgSchema } from '../schemas/org.ts';
import { parseWithIssues } from '../schemas/parse.ts';
import { type Report, reportSchema } from '../schemas/report.ts';

const USAGE = '用法：npm run new -- <部门标识> <年度>，如 npm run new -- wanzhou-kjj 2021';
const rel = (path: string) => relative(process.cwd(), path) || path;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const [org, yearText, ...extra] = process.argv.slice(2);
if (!org || !yearText || extra.length > 0) fail(USAGE);
if (!ID_PATTERN.test(org))
  fail(`部门标识应为小写字母、数字和连字符，如 wanzhou-kjj；实为“${org}”。\n${USAGE}`);
if (!/^\d{4}$/.test(yearText)) fail(`年度应为四位数字，如 2021；实为“${yearText}”。\n${USAGE}`);
const year = Number(yearText);

const dir = contentDir();
const orgFile = join(dir, 'orgs', `${org}.yaml`);
if (!existsSync(orgFile)) {
  fail(
    `找不到部门文件 ${rel(orgFile)}：部门标识“${org}”尚未登记。\n  请先创建该文件（写明 name、shortName、region），或检查部门标识的拼写。`,
  );
}
const orgSource = parseYaml(readFileSync(orgFile, 'utf8'));
const orgParsed = orgSource.ok ? orgSchema.safeParse(orgSource.source.data) : undefined;
const orgName = orgParsed?.success ? orgParsed.data.name : undefined;

const reportDir = join(dir, 'reports', org);
const file = join(reportDir, `${year}.mdx`);
if (existsSync(file)) {
  fail(
    `${rel(file)} 已存在，未做任何改动（不会覆盖已有报告）。\n  如需重新开始，请先自行删除或改名该文件。`,
  );
}

/** The latest report of the department before `year`, validated; undefined when there is none. */
function previousReport(): Report | undefined {
  const years = (existsSync(reportDir) ? readdirSync(reportDir) : [])
    .map((name) => /^(\d{4})\.mdx$/.exec(name)?.[1])
    .filter((y): y is string => y !== undefined && Number(y) < year)
    .sort();
  const latest = years.at(-1);
  if (!latest) return undefined;
  const path = join(reportDir, `${latest}.mdx`);
  const source = parseMdx(readFileSync(path, 'utf8'));
  const parsed = source.ok
    ? parseWithIssues(reportSchema, source.source.data, rel(path), source.source.locate)
    : undefined;
  if (parsed?.ok) return parsed.data;
  console.warn(`! ${rel(path)} 未通过校验，本次不沿用其中的内容：`);
  if (parsed && !parsed.ok) console.warn(formatIssues(parsed.issues));
  return undefined;
}

const previous = previousReport();
const { draft, notes, carried } = newReportDraft({
  org,
  year,
  ...(orgName ? { orgName } : {}),
  ...(previous ? { previous } : {}),
});
const header = [
  `${year} 年度部门整体支出绩效自评报告（由 npm run new 生成）。`,
  '留空的值须按本年度报告原文填写；原文没有的选填字段，连同字段名一起删除。',
  '留空时 npm run validate 会报错，这是有意的：填完才能发布。',
].join('\n');
const areas = (previous?.goals ?? []).map((g) => g.area);
const text = `---\n${renderFrontmatter(draft, { header, notes })}---\n\n${bodySkeleton(year, areas)}\n`;
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, text, { flag: 'wx' });

console.log(`✓ 已创建 ${rel(file)}`);
if (previous) {
  console.log(
    `  沿用 ${previous.year} 年报告的结构：${carried.areas} 个目标领域、${carried.indicators} 个绩效指标（标识、名称、计量单位、比较方式），${carried.units} 个单位的人员情况，${carried.classes} 个支出功能分类名称。`,
  );
  console.log('  本年度的目标值、实际完成值以及全部金额、人数均未沿用，已留空。');
} else {
  console.log(`  ${org} 没有 ${year} 年以前的报告，已写入空白模板（各列表为空）。`);
}
console.log('  留空的字段在填写前无法通过校验，这是有意的：每个数字都须按本年度报告原文填写。');
console.log('下一步：填写后运行 npm run validate 检查。');
