/**
 * The importer, as one function for `npm run import` and the studio's upload:
 *
 *   importFiles(files: { name: string; bytes: Uint8Array }[], options: ImportOptions)
 *     → Promise<ImportResult>
 *
 *   - files: at most one report (.docx or .pdf) and any 指标表 (.xlsx or .csv), by file name and
 *     content. They are merged into one draft: the report gives the figures, the goal candidates and
 *     the body; a table fills `goals` (年度工作目标表) or `evaluation.indicators` (自评表).
 *   - options: { org, year, earlier?, existing?, table? }. `earlier` are the department's other
 *     years' frontmatters (newest first), whose indicator ids are kept; `existing` is the current
 *     report's MDX, which tables alone are spliced into (comments and body kept); `table` forces
 *     the kind of a single table.
 *   - result: { ok: true, mdx, log, notes, provenance, attachments } or { ok: false, message, issues }.
 *     `mdx` is the whole file to write; `log` lists what was read with its sentence; `notes` what the
 *     author should check; `provenance` the entries written into the frontmatter (values from
 *     standard phrasing with their sentence and page; goal candidates with `unconfirmed: true`);
 *     `attachments` the originals to keep beside the report (the caller copies them, e.g. with
 *     attachImported). Nothing is written to disk and nothing throws for bad input: every refusal is
 *     a Chinese message naming the file.
 */
import { z } from 'astro/zod';
import mammoth from 'mammoth';
import { parseMdx } from '../lib/frontmatter.ts';
import { scoredIndicatorSchema } from '../schemas/evaluation.ts';
import { goalsSchema } from '../schemas/goals.ts';
import { formatPath, type Issue } from '../schemas/issues.ts';
import { labelFor } from '../schemas/labels.ts';
import { parseWithIssues } from '../schemas/parse.ts';
import type { ProvenanceEntry } from '../schemas/provenance.ts';
import { reportSchema } from '../schemas/report.ts';
import { attachmentName } from './attach.ts';
import { type ColumnMatch, matchColumns } from './columns.ts';
import { blocksToMdx } from './docx-to-mdx.ts';
import { importDraft } from './draft.ts';
import { decodeTable } from './encoding.ts';
import { findings, findTitle, readFigures } from './extract.ts';
import { threePublicFigures } from './extract-three-public.ts';
import { Figures } from './figure.ts';
import {
  type DraftMap,
  type DraftValue,
  describeField,
  renderFrontmatter,
} from './frontmatter-yaml.ts';
import { readGoals } from './goal-table.ts';
import {
  type CandidateArea,
  goalCandidates,
  proposeActuals,
  type TextBlock,
} from './goals-prose.ts';
import { type Block, htmlBlocks } from './html-blocks.ts';
import { knownIds, readableIds } from './ids.ts';
import { readIndicators } from './indicator-table.ts';
import { pdfBlocks } from './pdf-blocks.ts';
import { readPdf } from './pdf-read.ts';
import { columnLetter, figureLines, findingLines } from './printout.ts';
import { parseCsv, readXlsx, type Sheet, toSheet } from './sheet.ts';
import { setFrontmatterField } from './splice.ts';
import { chooseTable, missingColumns, type TableKind } from './table.ts';
import { checkOfficeZip } from './zip-guard.ts';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  org: string;
  year: number;
  /** The department's other years' frontmatters, newest first: the ids they use are kept. */
  earlier?: readonly unknown[];
  /** The current report's MDX: tables without a report are spliced into it. */
  existing?: string;
  /** The kind of a single table, where its columns leave it open. */
  table?: TableKind;
  /** What made the draft, named in its header comment (default `npm run import`). */
  via?: string;
}

export interface ImportAttachment {
  /** The imported file's name. */
  from: string;
  /** Its name among the report's attachments. */
  file: string;
  title: string;
}

export type ImportResult =
  | {
      ok: true;
      mdx: string;
      log: string[];
      notes: string[];
      provenance: ProvenanceEntry[];
      attachments: ImportAttachment[];
    }
  | { ok: false; message: string; issues?: Issue[] };

/** Largest file accepted: published reports are a few MB; a scanned one rarely over 50. */
export const MAX_FILE = 80 * 1024 * 1024;

class Refusal extends Error {
  readonly issues: Issue[] | undefined;
  constructor(message: string, issues?: Issue[]) {
    super(message);
    this.issues = issues;
  }
}

const kindOf = (name: string) => /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';

export async function importFiles(
  files: readonly ImportFile[],
  options: ImportOptions,
): Promise<ImportResult> {
  try {
    return await run(files, options);
  } catch (error) {
    if (error instanceof Refusal)
      return {
        ok: false,
        message: error.message,
        ...(error.issues ? { issues: error.issues } : {}),
      };
    // A library failing on a malformed file: the author gets the file and the reason, not a trace.
    const why = error instanceof Error ? error.message : String(error);
    const names = files.map((f) => f.name).join('、');
    return { ok: false, message: `无法读取 ${names}（${why}）：请确认文件完整且类型正确。` };
  }
}

async function run(files: readonly ImportFile[], options: ImportOptions): Promise<ImportResult> {
  if (files.length === 0) throw new Refusal('请给出要导入的文件。');
  for (const f of files) {
    const kind = kindOf(f.name);
    if (['.doc', '.xls', '.wps', '.et'].includes(kind))
      throw new Refusal(
        `不支持旧版文件格式 ${kind}（${f.name}）：请在 Word / Excel 中“另存为” .docx 或 .xlsx 后再导入。`,
      );
    if (!['.docx', '.pdf', '.xlsx', '.csv'].includes(kind))
      throw new Refusal(
        `不支持的文件类型“${kind || '无扩展名'}”（${f.name}）：可导入 .docx 或 .pdf（报告）、.xlsx 或 .csv（指标表）。`,
      );
    if (f.bytes.byteLength > MAX_FILE)
      throw new Refusal(
        `${f.name} 有 ${Math.round(f.bytes.byteLength / 1024 / 1024)} MB，超过导入上限 ${MAX_FILE / 1024 / 1024} MB。`,
      );
  }
  const reports = files.filter((f) => ['.docx', '.pdf'].includes(kindOf(f.name)));
  const tables = files.filter((f) => ['.xlsx', '.csv'].includes(kindOf(f.name)));
  if (reports.length > 1)
    throw new Refusal(
      `一次只能导入一份报告（Word 或 PDF），实有 ${reports.length} 份：${reports.map((r) => r.name).join('、')}。`,
    );
  if (options.table && tables.length !== 1)
    throw new Refusal('--table 只用于导入一个指标表（.xlsx、.csv）。');
  const log: string[] = [];
  const notes: string[] = [];
  const provenance: ProvenanceEntry[] = [];
  const attachments: ImportAttachment[] = files.map((f) => ({
    from: f.name,
    file: attachmentName(f.name),
    title:
      kindOf(f.name) === '.docx'
        ? '报告原文（Word）'
        : kindOf(f.name) === '.pdf'
          ? '报告原文（PDF）'
          : '指标表（原文）',
  }));
  const read = await Promise.all(
    tables.map((t) => readTable(t, files.length === 1 ? options.table : undefined)),
  );
  const report = reports[0];
  if (!report) {
    if (options.existing === undefined)
      throw new Refusal(
        '指标表只能填入已有的报告：请先创建报告，或与报告原文（Word / PDF）一同导入。',
      );
    let mdx = options.existing;
    const current = parseMdx(mdx);
    if (!current.ok)
      throw new Refusal(`报告无法读取：${current.found}（应为：${current.expected}），请先修正。`);
    for (const table of read) {
      const known = knownIds([current.source.data, ...(options.earlier ?? [])]);
      const placed = placeTable(table, known);
      const spliced = setFrontmatterField(mdx, placed.path, placed.value);
      if (!spliced.ok) throw new Refusal(`无法更新报告：${spliced.found}。`);
      mdx = spliced.text;
      log.push(...placed.log);
      notes.push(...placed.notes);
      const before = placed.path.reduce<unknown>(
        (node, key) => (node as Record<string, unknown> | undefined)?.[key],
        current.source.data,
      );
      if (Array.isArray(before) && before.length > 0)
        log.push(`  （原有的 ${before.length} 项已被替换）`);
    }
    return { ok: true, mdx, log, notes, provenance, attachments };
  }

  const { blocks, notes: readNotes } = await reportBlocks(report);
  const textBlocks: TextBlock[] = blocks.flatMap((b) =>
    b.kind === 'table' || !b.text.trim()
      ? []
      : [{ text: b.text.trim(), ...(b.page ? { page: b.page } : {}) }],
  );
  const texts = textBlocks.map((b) => b.text);
  const title = findTitle(texts);
  let skip = title?.lines ?? 0;
  const bodyBlocks = blocks.filter((b) => {
    if (skip === 0 || b.kind === 'table' || !b.text.trim()) return true;
    skip--;
    return false;
  });
  const paragraphs = textBlocks.slice(title?.lines ?? 0);
  const body = blocksToMdx(bodyBlocks);
  const figures = readFigures(paragraphs.map((p) => p.text));
  // Tables inside the document: a 三公经费 table is read as its sentences would be; a 自评表 or a
  // goal table like the separate file.
  const inDocument = documentTables(blocks, report.name, figures.unit);
  for (const f of inDocument.figures)
    if (!figures.figures.some((g) => formatPath(g.path) === formatPath(f.path)))
      figures.figures.push(f);
  const { problems, measures } = findings(body.headings);
  const draftRead = importDraft({
    org: options.org,
    year: options.year,
    ...(title ? { title: title.title } : {}),
    sourceFile: report.name,
    read: figures,
    problems,
    measures,
  });
  const { draft, notes: fieldNotes } = draftRead;

  const pageOf = (sentence: string) =>
    textBlocks.find((b) => b.text.includes(sentence))?.page ??
    blocks.find((b) => b.kind === 'table' && b.rows.some((r) => r.join(' ') === sentence))?.page;
  const fileOf = { file: report.name };
  for (const f of figures.figures) {
    const page = inDocument.pages.get(f.sentence) ?? pageOf(f.sentence);
    provenance.push({
      field: formatPath(f.path),
      quote: f.sentence,
      ...fileOf,
      ...(page ? { page } : {}),
    });
  }

  // Goals: a goal table (separate or inside the document) is the report's own list; otherwise the
  // prose gives candidates, every value of which waits for a person to confirm it.
  const known = knownIds(options.earlier ?? []);
  const goalTable = [...read, ...inDocument.tables].find((t) => t.kind === 'goals');
  const indicatorTable = [...read, ...inDocument.tables].find((t) => t.kind === 'indicators');
  const candidates = goalCandidates(paragraphs);
  proposeActuals(candidates, paragraphs);
  if (goalTable) {
    const placed = placeTable(goalTable, known);
    draft['goals'] = placed.value as DraftValue[];
    log.push(...placed.log);
    notes.push(...placed.notes);
    fieldNotes.set('goals', `按${goalTable.where}填入`);
  } else {
    draft['goals'] = candidateGoals(candidates, known, provenance, fileOf);
    fieldNotes.set(
      'goals',
      candidates.length > 0
        ? '由正文“年度工作目标”推测的候选指标（provenance 中标记 unconfirmed: true）：请逐项对照原文核对、删去不是指标的条目，确认后删去对应的 unconfirmed: true'
        : '正文中未找到“年度工作目标”中的指标，请按原文手工填写，或用 npm run import 从指标表导入',
    );
  }
  if (indicatorTable) {
    const placed = placeTable(indicatorTable, known);
    const evaluation = (draft['evaluation'] ?? {}) as DraftMap;
    evaluation['indicators'] = placed.value as DraftValue[];
    draft['evaluation'] = evaluation;
    log.push(...placed.log);
    notes.push(...placed.notes);
  }
  if (provenance.length > 0) draft['provenance'] = provenance as unknown as DraftValue[];
  fieldNotes.set(
    'provenance',
    '导入来源：每个导入的数值的原句和页码；unconfirmed: true 的数值是推测，确认后删去该行',
  );

  const header = [
    `由${options.via ?? ' npm run import '}从 ${files.map((f) => f.name).join('、')} 生成的草稿：金额、人数等均摘自原文（原句见 provenance），请逐项核对。`,
    '年度工作目标（goals）中由正文推测的候选指标须逐项确认：确认后删去 provenance 中对应的 unconfirmed: true；未确认的数值不能发布（npm run build 会拒绝）。',
  ].join('\n');
  const mdx = `---\n${renderFrontmatter(draft, { header, notes: fieldNotes })}---\n\n${body.body}`;

  log.unshift(
    `读取 ${report.name}：${texts.length} 段。`,
    ...(title ? [`  标题（原文前 ${title.lines} 行）：${title.title}`] : []),
  );
  log.push(
    '',
    '从原文提取的数值（每项附原句，请核对）：',
    ...figureLines(figures.figures),
    ...findingLines('problems', problems),
    ...findingLines('measures', measures),
  );
  if (!goalTable) log.push('', ...candidateLines(draft['goals'] as DraftMap[]));
  const needed = draftRead.missing.filter((m) => m.required);
  const optional = draftRead.missing.filter((m) => !m.required);
  if (needed.length > 0)
    log.push(
      '',
      '未找到，草稿中留空（必填，请按原文填写）：',
      ...needed.map((m) => `  - ${describeField(m.path)}`),
    );
  if (optional.length > 0)
    log.push(
      '',
      '未找到，草稿中略去（选填，原文有则补上）：',
      ...optional.map((m) => `  - ${describeField(m.path)}`),
    );
  notes.push(...body.notes, ...figures.notes, ...readNotes, ...inDocument.notes);
  return { ok: true, mdx, log, notes, provenance, attachments };
}

/** The goal candidates as frontmatter, each value with an unconfirmed provenance entry. */
function candidateGoals(
  areas: readonly CandidateArea[],
  known: ReadonlyMap<string, string>,
  provenance: ProvenanceEntry[],
  fileOf: { file: string },
): DraftMap[] {
  const ids = readableIds(
    areas.flatMap((a) => a.indicators.map((i) => i.name)),
    known,
  );
  let n = 0;
  return areas.map((area, a) => {
    const at = (page?: number) => ({
      ...fileOf,
      ...(page ? { page } : {}),
      unconfirmed: true as const,
    });
    const first = area.indicators[0]?.targetSource;
    provenance.push({
      field: `goals[${a}].area`,
      quote: first?.sentence ?? area.area,
      ...at(first?.page),
    });
    return {
      area: area.area,
      indicators: area.indicators.map((c, i) => {
        const field = (key: string) => `goals[${a}].indicators[${i}].${key}`;
        const target = (key: string) =>
          provenance.push({
            field: field(key),
            quote: c.targetSource.sentence,
            ...at(c.targetSource.page),
          });
        const out: DraftMap = { id: ids[n++] ?? `indicator-${n}`, name: c.name };
        target('name');
        if (c.unit) {
          out['unit'] = c.unit;
          target('unit');
        }
        if (c.comparator) {
          out['comparator'] = c.comparator;
          target('comparator');
        }
        if (c.basis) {
          out['basis'] = c.basis;
          target('basis');
        }
        out['target'] = c.target;
        target('target');
        if (c.actual) {
          out['actual'] = c.actual.value;
          provenance.push({
            field: field('actual'),
            quote: c.actual.quote,
            ...at(c.actual.source.page),
          });
          if (c.actual.estimated) {
            out['estimated'] = true;
            provenance.push({
              field: field('estimated'),
              quote: c.actual.quote,
              ...at(c.actual.source.page),
            });
          }
          if (c.actual.growthRate !== undefined) {
            out['growthRate'] = c.actual.growthRate;
            provenance.push({
              field: field('growthRate'),
              quote: c.actual.quote,
              ...at(c.actual.source.page),
            });
          }
        }
        out['targetQuote'] = c.targetQuote;
        if (c.actual) out['quote'] = c.actual.quote;
        return out;
      }),
    };
  });
}

function candidateLines(goals: readonly DraftMap[]): string[] {
  const lines = ['由“年度工作目标”推测的候选指标（待确认，未确认前不能发布）：'];
  for (const area of goals) {
    lines.push(`  ${area['area']}`);
    for (const i of (area['indicators'] ?? []) as DraftMap[]) {
      const target = Array.isArray(i['target']) ? i['target'].join('-') : String(i['target']);
      const actual =
        i['actual'] === undefined ? '' : `；实际 ${i['actual']}${i['estimated'] ? '（预计）' : ''}`;
      lines.push(
        i['comparator'] === 'qualitative'
          ? `    ? ${i['id']}：定性“${target}”`
          : `    ? ${i['id']} ${i['name']}：${i['comparator'] ?? ''} ${target}${i['unit'] ?? ''}${actual}`,
      );
    }
  }
  return lines;
}

/** The report's blocks, read from Word through mammoth or from PDF through pdf.js. */
async function reportBlocks(file: ImportFile): Promise<{ blocks: Block[]; notes: string[] }> {
  if (kindOf(file.name) === '.docx') {
    const check = checkOfficeZip(file.bytes, 'word/document.xml');
    if (!check.ok)
      throw new Refusal(`无法读取 ${file.name}：${check.why}。请确认是 Word 的 .docx 文件。`);
    let converted: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
    try {
      converted = await mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) });
    } catch (error) {
      throw new Refusal(
        `无法读取 ${file.name}（${error instanceof Error ? error.message : String(error)}）：请确认是 Word 的 .docx 文件。`,
      );
    }
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
    pages = await readPdf(file.bytes);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Refusal(
      `无法读取 ${file.name}（${why}）：请确认是未加密的 PDF 文件；若有密码保护，请先另存为不加密的 PDF。`,
    );
  }
  const { blocks, dropped } = pdfBlocks(pages);
  if (!blocks.some((b) => b.kind === 'paragraph' && /[\p{Script=Han}]/u.test(b.text)))
    throw new Refusal(
      `${file.name} 共 ${pages.length} 页，但没有可提取的中文文字：可能是扫描件（图片），需先做文字识别（OCR），或改用 Word 原件（.docx）导入。`,
    );
  return {
    blocks,
    notes: [
      '由 PDF 导入：段落按版面重新拼接，表格按行导入，请对照原文核对分段和表格。',
      ...dropped.map((d) => `已略去第 ${d.page} 页的${d.why}“${d.text}”。`),
    ],
  };
}

interface ReadTable {
  kind: TableKind;
  sheet: Sheet;
  match: ColumnMatch;
  /** The file (and sheet) it came from, for messages. */
  where: string;
  file: string;
  notes: string[];
}

async function readTable(file: ImportFile, forced?: TableKind): Promise<ReadTable> {
  let rows: { row: number; cells: string[] }[];
  let sheetName: string | undefined;
  const notes: string[] = [];
  if (kindOf(file.name) === '.csv') {
    const decoded = decodeTable(file.bytes);
    if (!decoded.ok)
      throw new Refusal(
        `${file.name} ${decoded.found}：请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”后再导入。`,
      );
    if (decoded.note) notes.push(decoded.note);
    rows = parseCsv(decoded.text, decoded.encoding === 'UTF-16' ? '\t' : ',');
  } else {
    const check = checkOfficeZip(file.bytes, 'xl/workbook.xml');
    if (!check.ok)
      throw new Refusal(`无法读取 ${file.name}：${check.why}。请确认是 Excel 的 .xlsx 文件。`);
    try {
      const read = await readXlsx(file.bytes);
      rows = read.rows;
      sheetName = read.name;
    } catch (error) {
      throw new Refusal(
        `无法读取 ${file.name}（${error instanceof Error ? error.message : String(error)}）：请确认是 Excel 的 .xlsx 文件。`,
      );
    }
  }
  const sheet = toSheet(rows, sheetName);
  const match = matchColumns(sheet.header);
  const kind = forced ?? chooseTable(match);
  const where = sheetName ? `${file.name}（工作表“${sheetName}”）` : file.name;
  const path = pathOf(kind);
  const found =
    match.headers.map((h) => `${columnLetter(h.index)}“${h.text}”`).join('、') || '（无）';
  const lacking = missingColumns(kind, match);
  if (lacking.length > 0)
    throw new Refusal(`${where} 缺少必需的列，未做任何改动。`, [
      {
        file: file.name,
        ...(sheet.headerRow ? { line: sheet.headerRow } : {}),
        path: path.join('.'),
        label: labelFor(reportSchema, [...path]),
        expected: `表头含有以下各列：${lacking.join('；')}`,
        found: `缺少上述列。表头（第 ${sheet.headerRow} 行）中找到的列：${found}`,
      },
    ]);
  return { kind, sheet, match, where, file: file.name, notes };
}

const pathOf = (kind: TableKind): readonly [string] | readonly [string, string] =>
  kind === 'goals' ? ['goals'] : ['evaluation', 'indicators'];

/** A table's rows as the field they fill, checked against the model. */
function placeTable(
  table: ReadTable,
  known: ReadonlyMap<string, string>,
): {
  path: readonly [string] | readonly [string, string];
  value: DraftValue;
  log: string[];
  notes: string[];
} {
  const path = pathOf(table.kind);
  const field = `${path.join('.')}（${labelFor(reportSchema, [...path])}）`;
  const issue = (expected: string, found: string, line?: number): Issue => ({
    file: table.file,
    ...(line ? { line } : {}),
    path: path.join('.'),
    label: labelFor(reportSchema, [...path]),
    expected,
    found,
  });
  const result =
    table.kind === 'goals'
      ? readGoals(table.sheet, table.match, known)
      : readIndicators(table.sheet, table.match);
  if (!result.ok)
    throw new Refusal(
      `${table.where} 有无法读取的单元格，未做任何改动。`,
      result.issues.map((i) =>
        issue(i.expected, `${i.column ? `列“${i.column}”：` : ''}${i.found}`, i.row),
      ),
    );
  const schema = table.kind === 'goals' ? goalsSchema : z.array(scoredIndicatorSchema).min(1);
  const checked = parseWithIssues(schema, result.value, table.file);
  if (!checked.ok)
    throw new Refusal(
      `${table.where} 的内容不符合 ${field} 的要求，未做任何改动。`,
      checked.issues.map((i) => ({
        ...i,
        path: `${path.join('.')}${i.path.startsWith('[') ? '' : '.'}${i.path}`,
      })),
    );
  const found = table.match.headers.map((h) => `${columnLetter(h.index)}“${h.text}”`).join('、');
  return {
    path,
    value: result.value as unknown as DraftValue,
    log: [
      `读取 ${table.where}：表头在第 ${table.sheet.headerRow} 行，找到的列：${found}`,
      ...table.match.choices.map(
        (c) => `  有多个候选列，取“${c.taken}”（未用：${c.others.join('、')}）`,
      ),
      `按${table.kind === 'goals' ? '年度工作目标表' : '自评表'}填入 ${field}，共 ${result.lines.length} 行：`,
      ...result.lines.map((l) => `  ${l}`),
    ],
    notes: [...table.notes, ...result.notes],
  };
}

/**
 * The tables of a Word or PDF report that hold data: a 自评表 or goal table (recognised by its
 * columns, read like the separate file) and a 三公经费 table (its rows read as the sentences the
 * text would state them in, quoted as the row).
 */
function documentTables(
  blocks: readonly Block[],
  file: string,
  unit: '万元' | '元' | undefined,
): { tables: ReadTable[]; figures: Figures['list']; pages: Map<string, number>; notes: string[] } {
  const tables: ReadTable[] = [];
  const into = new Figures();
  const pages = new Map<string, number>();
  const notes: string[] = [];
  let n = 0;
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    n++;
    const sheet = toSheet(block.rows.map((cells, i) => ({ row: i + 1, cells })));
    const match = matchColumns(sheet.header);
    const kind = chooseTable(match);
    if (match.headers.length >= 3 && missingColumns(kind, match).length === 0) {
      tables.push({ kind, sheet, match, where: `${file} 中的第 ${n} 个表格`, file, notes: [] });
      continue;
    }
    const header = block.rows[0] ?? [];
    const budget = header.findIndex((c) => /预算/.test(c) && !/决算/.test(c));
    const actual = header.findIndex((c) => /决算|实际|执行数|支出数/.test(c));
    if (budget === -1 && actual === -1) continue;
    const rowsThree = block.rows
      .slice(1)
      .filter((r) => /三公|出国|公务用车|公务接待|购置费|运行(?:维护)?费/.test(r[0] ?? ''));
    if (rowsThree.length === 0) continue;
    const money = unit ?? '万元';
    for (const row of rowsThree) {
      const label = (row[0] ?? '').replace(/\s+/g, '').replace(/^(?:合计|小计)$/, '三公经费');
      const subject = /三公/.test(label) ? '“三公”经费' : `“三公”经费中${label}`;
      const parts = [
        budget >= 0 && /\d/.test(row[budget] ?? '')
          ? `预算${(row[budget] ?? '').trim()}${money}`
          : '',
        actual >= 0 && /\d/.test(row[actual] ?? '')
          ? `实际支出${(row[actual] ?? '').trim()}${money}`
          : '',
      ].filter(Boolean);
      if (parts.length === 0) continue;
      const quote = row.join(' ');
      const local = new Figures();
      threePublicFigures([`${subject}${parts.join('，')}。`], local);
      for (const f of local.list) {
        into.add({ ...f, sentence: quote });
        if (block.page) pages.set(quote, block.page);
      }
    }
    if (into.list.length > 0)
      notes.push(`${file} 中的第 ${n} 个表格按“三公”经费表读取，请核对金额单位（按 ${money}）。`);
  }
  return { tables, figures: into.list, pages, notes };
}
