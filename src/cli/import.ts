// `npm run import -- <file> --org <org> --year <year>`: a Word (.docx) or PDF report becomes an MDX
// draft with the figures its standard phrasing states; an indicator table (.xlsx, .csv) fills the goals
// or the 自评表 of an existing report. Every value comes from the file; what is not found is left
// for the author and listed.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import mammoth from 'mammoth';
import { attachImported } from '../authoring/attach.ts';
import { matchColumns } from '../authoring/columns.ts';
import { blocksToMdx } from '../authoring/docx-to-mdx.ts';
import { importDraft } from '../authoring/draft.ts';
import { decodeTable } from '../authoring/encoding.ts';
import { findings, findTitle, readFigures } from '../authoring/extract.ts';
import { describeField, renderFrontmatter } from '../authoring/frontmatter-yaml.ts';
import { readGoals } from '../authoring/goal-table.ts';
import { type Block, htmlBlocks } from '../authoring/html-blocks.ts';
import { knownIds } from '../authoring/ids.ts';
import { readIndicators } from '../authoring/indicator-table.ts';
import { pdfBlocks } from '../authoring/pdf-blocks.ts';
import { readPdf } from '../authoring/pdf-read.ts';
import { columnLetter, figureLines, findingLines } from '../authoring/printout.ts';
import { parseCsv, readXlsx, toSheet } from '../authoring/sheet.ts';
import { setFrontmatterField } from '../authoring/splice.ts';
import { chooseTable, missingColumns, type TableKind } from '../authoring/table.ts';
import { attachmentFolder } from '../io/attachments.ts';
import { contentDir } from '../io/paths.ts';
import { parseMdx } from '../lib/frontmatter.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { scoredIndicatorSchema } from '../schemas/evaluation.ts';
import { goalsSchema } from '../schemas/goals.ts';
import { formatIssue, formatIssues, type Issue } from '../schemas/issues.ts';
import { labelFor } from '../schemas/labels.ts';
import { parseWithIssues } from '../schemas/parse.ts';
import { reportSchema } from '../schemas/report.ts';

const USAGE = [
  '用法：',
  '  npm run import -- 报告.docx|报告.pdf --org <部门标识> --year <年度> [--out <路径>] [--force]',
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
if (positionals.length > 1) fail(`一次只能导入一个文件。\n${USAGE}`);
const input = positionals[0] ?? fail(`请给出一个要导入的文件。\n${USAGE}`);
const org = values.org ?? fail(`缺少 --org <部门标识>。\n${USAGE}`);
const yearText = values.year ?? fail(`缺少 --year <年度>。\n${USAGE}`);
if (!ID_PATTERN.test(org))
  fail(`部门标识应为小写字母、数字和连字符，如 wanzhou-kjj；实为“${org}”。`);
if (!/^\d{4}$/.test(yearText)) fail(`年度应为四位数字，如 2021；实为“${yearText}”。`);
const year = Number(yearText);
if (!existsSync(input)) fail(`找不到要导入的文件 ${input}。`);
const dir = contentDir();
const orgFile = join(dir, 'orgs', `${org}.yaml`);
if (!existsSync(orgFile))
  fail(`找不到部门文件 ${rel(orgFile)}：部门标识“${org}”尚未登记，请先创建该文件或检查拼写。`);
const reportFile = join(dir, 'reports', org, `${year}.mdx`);

const kind = extname(input).toLowerCase();
if (kind === '.docx' || kind === '.pdf') await importReport();
else if (kind === '.xlsx' || kind === '.csv') await importTable();
else if (kind === '.doc' || kind === '.xls' || kind === '.wps' || kind === '.et')
  fail(`不支持旧版文件格式 ${kind}：请在 Word / Excel 中“另存为” .docx 或 .xlsx 后再导入。`);
else
  fail(
    `不支持的文件类型“${kind || '无扩展名'}”：可导入 .docx 或 .pdf（报告）、.xlsx 或 .csv（指标表）。`,
  );
if (values.attach) attachSource();

/**
 * `--attach`: keeps the imported file as an original document of the report, beside it in
 * `reports/<org>/<year>/`, and lists it in the frontmatter's `attachments`.
 */
function attachSource(): void {
  const result = attachImported({
    input,
    reportFile,
    folder: attachmentFolder(dirname(reportFile), year),
    title:
      kind === '.docx'
        ? '报告原文（Word）'
        : kind === '.pdf'
          ? '报告原文（PDF）'
          : '指标表（原文）',
    force: values.force,
  });
  if (!result.ok) fail(result.message);
  console.log(`✓ 已复制为原文附件 ${rel(result.file)}，并列入 attachments。`);
}

/** The report's blocks, read from Word through mammoth or from PDF through pdf.js. */
async function reportBlocks(): Promise<{ blocks: Block[]; notes: string[] }> {
  const bytes = readFileSync(input);
  if (kind === '.docx') {
    const converted = await mammoth.convertToHtml({ buffer: bytes });
    const { blocks, images } = htmlBlocks(converted.value);
    return {
      blocks,
      notes: [
        ...(images > 0 ? [`原文有 ${images} 张图片，未导入正文。`] : []),
        ...converted.messages.map((m) => `Word 转换提示：${m.message}`),
      ],
    };
  }
  let pages: Awaited<ReturnType<typeof readPdf>>;
  try {
    pages = await readPdf(bytes);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    fail(
      `无法读取 ${input}（${why}）：请确认是未加密的 PDF 文件；若有密码保护，请先另存为不加密的 PDF。`,
    );
  }
  const { blocks, dropped } = pdfBlocks(pages);
  if (!blocks.some((b) => b.kind === 'paragraph' && /[\p{Script=Han}]/u.test(b.text)))
    fail(
      `${input} 共 ${pages.length} 页，但没有可提取的中文文字：可能是扫描件（图片），需先做文字识别（OCR），或改用 Word 原件（.docx）导入。`,
    );
  return {
    blocks,
    notes: [
      '由 PDF 导入：段落按版面重新拼接，表格按行导入，请对照原文核对分段和表格。',
      ...dropped.map((d) => `已略去第 ${d.page} 页的${d.why}“${d.text}”。`),
    ],
  };
}

async function importReport(): Promise<void> {
  if (values.table) fail('--table 只用于导入指标表（.xlsx、.csv）。');
  const out = values.out ?? reportFile;
  if (existsSync(out) && !values.force)
    fail(
      `${rel(out)} 已存在，未做任何改动。\n  确认要用导入的草稿覆盖它，请加 --force；或用 --out 写到别处。`,
    );
  const { blocks, notes: readNotes } = await reportBlocks();
  const texts = blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text.trim()])).filter(Boolean);
  const title = findTitle(texts);
  // The title lines go to the frontmatter only, as in the hand transcriptions.
  let skip = title?.lines ?? 0;
  const bodyBlocks = blocks.filter((b) => {
    if (skip === 0 || b.kind === 'table' || !b.text.trim()) return true;
    skip--;
    return false;
  });
  const paragraphs = texts.slice(title?.lines ?? 0);
  const body = blocksToMdx(bodyBlocks);
  const read = readFigures(paragraphs);
  const { problems, measures } = findings(body.headings);
  const { draft, notes, missing } = importDraft({
    org,
    year,
    ...(title ? { title: title.title } : {}),
    sourceFile: basename(input),
    read,
    problems,
    measures,
  });
  const header = [
    `由 npm run import 从 ${basename(input)} 生成的草稿：金额、人数等均摘自原文（原句见导入时的输出），请逐项核对。`,
    '年度工作目标（goals）未从正文提取，须手工填写或从指标表导入；留空的值须按原文填写。',
  ].join('\n');
  const text = `---\n${renderFrontmatter(draft, { header, notes })}---\n\n${body.body}`;

  console.log(`读取 ${input}：${texts.length} 段。`);
  if (title) console.log(`  标题（原文前 ${title.lines} 行）：${title.title}`);
  console.log('\n从原文提取的数值（每项附原句，请核对）：');
  console.log(
    [
      ...figureLines(read.figures),
      ...findingLines('problems', problems),
      ...findingLines('measures', measures),
    ].join('\n'),
  );
  const needed = missing.filter((m) => m.required);
  const optional = missing.filter((m) => !m.required);
  if (needed.length > 0) {
    console.log('\n未找到，草稿中留空（必填，请按原文填写）：');
    for (const m of needed) console.log(`  - ${describeField(m.path)}`);
  }
  if (optional.length > 0) {
    console.log('\n未找到，草稿中略去（选填，原文有则补上）：');
    for (const m of optional) console.log(`  - ${describeField(m.path)}`);
  }
  console.log(
    `\n年度工作目标 ${describeField(['goals'])}：不从正文提取（表述差异大，自动提取易出错），草稿中为 goals: []；请按原文手工填写，或用 npm run import -- 指标表.xlsx --org ${org} --year ${year} --table goals 导入。`,
  );
  const checks = [...body.notes, ...read.notes, ...readNotes];
  if (checks.length > 0) {
    console.log('\n请核对：');
    for (const note of checks) console.log(`  - ${note}`);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`\n✓ 草稿已写入 ${rel(out)}`);
  console.log('下一步：对照原文核对草稿、补全留空的字段后，运行 npm run validate 检查。');
}

async function importTable(): Promise<void> {
  if (values.out || values.force)
    fail('--out 和 --force 只用于导入 Word 报告（.docx）；指标表总是填入已有的报告文件。');
  const table = values.table;
  if (table !== undefined && table !== 'goals' && table !== 'indicators')
    fail(`--table 应为 goals（年度工作目标）或 indicators（自评表）；实为“${table}”。`);
  if (!existsSync(reportFile))
    fail(
      `找不到报告文件 ${rel(reportFile)}：指标表只能填入已有的报告。\n  请先用 npm run new -- ${org} ${year} 创建，或用 npm run import -- 报告.docx --org ${org} --year ${year} 导入。`,
    );
  const bytes = readFileSync(input);
  let rows: { row: number; cells: string[] }[];
  let sheetName: string | undefined;
  let encodingNote: string | undefined;
  if (kind === '.csv') {
    const decoded = decodeTable(bytes);
    if (!decoded.ok)
      fail(`${input} ${decoded.found}：请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”后再导入。`);
    if (decoded.note) encodingNote = decoded.note;
    rows = parseCsv(decoded.text, decoded.encoding === 'UTF-16' ? '\t' : ',');
  } else {
    try {
      const read = await readXlsx(bytes);
      rows = read.rows;
      sheetName = read.name;
    } catch (error) {
      fail(
        `无法读取 ${input}（${error instanceof Error ? error.message : String(error)}）：请确认是 Excel 的 .xlsx 文件。`,
      );
    }
  }
  const sheet = toSheet(rows, sheetName);
  const match = matchColumns(sheet.header);
  const which: TableKind = table ?? chooseTable(match);
  const path = which === 'goals' ? (['goals'] as const) : (['evaluation', 'indicators'] as const);
  const field = `${path.join('.')}（${labelFor(reportSchema, [...path])}）`;
  const where = sheetName ? `${input}（工作表“${sheetName}”）` : input;
  const issue = (expected: string, found: string, line?: number): Issue => ({
    file: input,
    ...(line ? { line } : {}),
    path: path.join('.'),
    label: labelFor(reportSchema, [...path]),
    expected,
    found,
  });
  const found =
    match.headers.map((h) => `${columnLetter(h.index)}“${h.text}”`).join('、') || '（无）';
  const lacking = missingColumns(which, match);
  if (lacking.length > 0) {
    console.error(
      formatIssue(
        issue(
          `表头含有以下各列：${lacking.join('；')}`,
          `缺少上述列。表头（第 ${sheet.headerRow} 行）中找到的列：${found}`,
          sheet.headerRow || undefined,
        ),
      ),
    );
    fail(`${where} 缺少必需的列，未做任何改动。`);
  }
  const mdx = readFileSync(reportFile, 'utf8');
  const source = parseMdx(mdx);
  if (!source.ok)
    fail(`${rel(reportFile)} 无法读取：${source.found}（应为：${source.expected}），请先修正。`);
  const others = readdirSync(join(dir, 'reports', org))
    .filter((name) => /^\d{4}\.mdx$/.test(name) && name !== `${year}.mdx`)
    .sort()
    .reverse()
    .map((name) => parseMdx(readFileSync(join(dir, 'reports', org, name), 'utf8')))
    .flatMap((r) => (r.ok ? [r.source.data] : []));
  const result =
    which === 'goals'
      ? readGoals(sheet, match, knownIds([source.source.data, ...others]))
      : readIndicators(sheet, match);
  if (!result.ok) {
    console.error(
      formatIssues(
        result.issues.map((i) =>
          issue(i.expected, `${i.column ? `列“${i.column}”：` : ''}${i.found}`, i.row),
        ),
      ),
    );
    fail(`${where} 有无法读取的单元格，未做任何改动。`);
  }
  const schema = which === 'goals' ? goalsSchema : z.array(scoredIndicatorSchema).min(1);
  const checked = parseWithIssues(schema, result.value, input);
  if (!checked.ok) {
    console.error(
      formatIssues(
        checked.issues.map((i) => ({
          ...i,
          path: `${path.join('.')}${i.path.startsWith('[') ? '' : '.'}${i.path}`,
        })),
      ),
    );
    fail(`${where} 的内容不符合 ${field} 的要求，未做任何改动。`);
  }
  const spliced = setFrontmatterField(mdx, path, result.value);
  if (!spliced.ok) fail(`无法更新 ${rel(reportFile)}：${spliced.found}。`);

  console.log(`读取 ${where}：表头在第 ${sheet.headerRow} 行，找到的列：${found}`);
  for (const c of match.choices)
    console.log(`  有多个候选列，取“${c.taken}”（未用：${c.others.join('、')}）`);
  console.log(
    `\n按${which === 'goals' ? '年度工作目标表' : '自评表'}填入 ${field}，共 ${result.lines.length} 行：`,
  );
  for (const line of result.lines) console.log(`  ${line}`);
  const before = path.reduce<unknown>(
    (node, key) => (node as Record<string, unknown> | undefined)?.[key],
    source.source.data,
  );
  if (Array.isArray(before) && before.length > 0)
    console.log(`  （原有的 ${before.length} 项已被替换）`);
  const notes = [...(encodingNote ? [encodingNote] : []), ...result.notes];
  if (notes.length > 0) {
    console.log('\n请核对：');
    for (const note of notes) console.log(`  - ${note}`);
  }
  writeFileSync(reportFile, spliced.text);
  console.log(`\n✓ 已更新 ${rel(reportFile)} 的 ${field}；文件其余部分（包括注释和正文）未改动。`);
  console.log('下一步：运行 npm run validate 检查。');
}
