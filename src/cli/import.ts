// `npm run import -- <files…> --org <org> --year <year>`: a Word (.docx) or PDF report and any
// indicator tables (.xlsx, .csv) become one MDX draft, or tables alone fill an existing report.
// The work is importFiles (src/authoring/import.ts), shared with the studio; this file only reads
// the arguments and files, prints what was found and writes the result.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { attachImported } from '../authoring/attach.ts';
import { earlierFrontmatters } from '../authoring/earlier.ts';
import { importFiles } from '../authoring/import.ts';
import { attachmentFolder } from '../io/attachments.ts';
import { contentDir } from '../io/paths.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { formatIssues } from '../schemas/issues.ts';

const USAGE = [
  '用法：',
  '  npm run import -- 报告.docx|报告.pdf [指标表.xlsx|指标表.csv …] --org <部门标识> --year <年度> [--out <路径>] [--force]',
  '  npm run import -- 指标表.xlsx|指标表.csv --org <部门标识> --year <年度> [--table goals|indicators]',
  '  加 --attach：同时把所导入的文件复制为该报告的原文附件（reports/<部门标识>/<年度>/），供读者下载。',
].join('\n');
const rel = (path: string) => relative(process.cwd(), path) || path;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

let parsedArgs: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      year: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      table: { type: 'string' },
      attach: { type: 'boolean', default: false },
    },
  });
}
try {
  parsedArgs = parse();
} catch (error) {
  // parseArgs words its errors in English; authors get the option it stumbled on, in Chinese.
  const option = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
  const code = (error as { code?: string }).code;
  const what =
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? `不认识的参数“${option}”`
      : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? `参数“${option}”缺少取值或取值有误`
        : '参数有误';
  fail(`${what}。\n${USAGE}`);
}
const { values, positionals } = parsedArgs;
if (values.attach && values.out) fail('--attach 只用于写入 content/ 中的报告，不能与 --out 同用。');
if (positionals.length === 0) fail(`请给出要导入的文件。\n${USAGE}`);
const org = values.org ?? fail(`缺少 --org <部门标识>。\n${USAGE}`);
const yearText = values.year ?? fail(`缺少 --year <年度>。\n${USAGE}`);
if (!ID_PATTERN.test(org))
  fail(`部门标识应为小写字母、数字和连字符，如 wanzhou-kjj；实为“${org}”。`);
if (!/^\d{4}$/.test(yearText)) fail(`年度应为四位数字，如 2021；实为“${yearText}”。`);
const year = Number(yearText);
const table = values.table;
if (table !== undefined && table !== 'goals' && table !== 'indicators')
  fail(`--table 应为 goals（年度工作目标）或 indicators（自评表）；实为“${table}”。`);
for (const input of positionals) if (!existsSync(input)) fail(`找不到要导入的文件 ${input}。`);
const dir = contentDir();
const orgFile = join(dir, 'orgs', `${org}.yaml`);
if (!existsSync(orgFile))
  fail(`找不到部门文件 ${rel(orgFile)}：部门标识“${org}”尚未登记，请先创建该文件或检查拼写。`);
const reportFile = join(dir, 'reports', org, `${year}.mdx`);
const hasReport = positionals.some((p) => /\.(?:docx|pdf)$/i.test(p));
const out = values.out ?? reportFile;
if (hasReport) {
  if (table) fail('--table 只用于单独导入指标表（.xlsx、.csv）。');
  if (existsSync(out) && !values.force)
    fail(
      `${rel(out)} 已存在，未做任何改动。\n  确认要用导入的草稿覆盖它，请加 --force；或用 --out 写到别处。`,
    );
} else {
  if (values.out || values.force)
    fail('--out 和 --force 只用于导入 Word / PDF 报告；指标表总是填入已有的报告文件。');
  if (!existsSync(reportFile))
    fail(
      `找不到报告文件 ${rel(reportFile)}：指标表只能填入已有的报告。\n  请先用 npm run new -- ${org} ${year} 创建，或用 npm run import -- 报告.docx --org ${org} --year ${year} 导入。`,
    );
}

const earlier = earlierFrontmatters(dir, org, year);
const files = positionals.map((p) => {
  try {
    return { name: basename(p), bytes: readFileSync(p) };
  } catch (error) {
    return fail(
      `无法读取 ${p}（${(error as { code?: string }).code ?? String(error)}）：请确认它是一个可读的文件。`,
    );
  }
});
const result = await importFiles(files, {
  org,
  year,
  earlier,
  ...(hasReport ? {} : { existing: readFileSync(reportFile, 'utf8') }),
  ...(table ? { table } : {}),
});
if (!result.ok) {
  if (result.issues?.length) console.error(formatIssues(result.issues));
  fail(result.message);
}
console.log(result.log.join('\n'));
if (result.notes.length > 0) {
  console.log('\n请核对：');
  for (const note of result.notes) console.log(`  - ${note}`);
}
const target = hasReport ? out : reportFile;
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, result.mdx);
const unconfirmed = result.provenance.filter((p) => p.unconfirmed).length;
console.log(
  hasReport
    ? `\n✓ 草稿已写入 ${rel(target)}`
    : `\n✓ 已更新 ${rel(target)}；文件其余部分（包括注释和正文）未改动。`,
);
if (unconfirmed > 0)
  console.log(
    `  其中 ${unconfirmed} 个数值是推测的候选值（provenance 中 unconfirmed: true），确认前 npm run build 不会发布。`,
  );
if (values.attach) {
  for (const [i, attachment] of result.attachments.entries()) {
    const done = attachImported({
      input: positionals[i] ?? '',
      reportFile,
      folder: attachmentFolder(dirname(reportFile), year),
      title: attachment.title,
      force: values.force,
    });
    if (!done.ok) fail(done.message);
    console.log(`✓ 已复制为原文附件 ${rel(done.file)}，并列入 attachments。`);
  }
}
console.log('下一步：对照原文核对草稿、确认候选值、补全留空的字段后，运行 npm run validate 检查。');
