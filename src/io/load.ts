import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkAndParseBody } from '../lib/body.ts';
import { cuesFor } from '../lib/disclosure-cues.ts';
import {
  decodeUtf8,
  describeControl,
  findControl,
  parseMdx,
  parseYaml,
  type SourceResult,
} from '../lib/frontmatter.ts';
import type { ParsedBody } from '../lib/headings.ts';
import { indicatorConsistencyIssues, type LocatedReport } from '../lib/indicator-consistency.ts';
import { regionIssues } from '../lib/regions.ts';
import { checkReport } from '../lib/rules.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { formatPath, type Issue } from '../schemas/issues.ts';
import { labelFor } from '../schemas/labels.ts';
import { type Org, orgSchema } from '../schemas/org.ts';
import type { BodyCues, BodyHeading } from '../schemas/outline.ts';
import { type Locate, parseWithIssues } from '../schemas/parse.ts';
import { type Report, reportSchema } from '../schemas/report.ts';
import { attachmentFolder, checkAttachments, strayFolderIssue } from './attachments.ts';
import { loadSite, SITE_FILE } from './site.ts';

export interface LoadedReport {
  file: string;
  data: Report;
  body: string;
  /** The body's headings, parsed once here for the checks, the pages and the data files. */
  headings: BodyHeading[];
  /** What the 公开要素 judgement reads of the body besides its headings. */
  cues: BodyCues;
}

export interface LoadedContent {
  orgs: Map<string, Org>;
  reports: LoadedReport[];
  issues: Issue[];
  /**
   * SHA-256 over the content folder's path and every file read (path and bytes): equal digests
   * mean the same validated content, so caches can be keyed by it.
   */
  digest: string;
}

/** The largest content file read; a report with its full text is well under 1 MiB. */
export const MAX_FILE_BYTES = 2 * 2 ** 20;

const REPORT_FILE = /^(\d{4})\.mdx$/;
// A `<year>/` folder beside `<year>.mdx` holds the report's attachments (originals, tables); it is
// read by the attachments module, not here.
const ATTACHMENTS_DIR = /^\d{4}$/;

/**
 * Reads and validates a whole content tree (`orgs/*.yaml`, `reports/<org>/<year>.mdx`), collecting
 * every problem rather than stopping at the first: the build, Astro's content loader and
 * `npm run validate` share it. Files are data: symbolic links are not followed out of the content
 * folder, only regular files are opened (a FIFO would block), and sizes are capped.
 */
export function loadContent(contentDir: string): LoadedContent {
  const issues: Issue[] = [];
  const hash = createHash('sha256').update(contentDir).update('\0');
  const rel = (path: string) => relative(process.cwd(), path) || path;
  const fileIssue = (file: string, expected: string, found: string, line?: number) =>
    issues.push({
      file: rel(file),
      ...(line ? { line } : {}),
      path: '',
      label: '文件',
      expected,
      found,
    });
  const root = realRoot(contentDir);
  const read = (file: string, parse: (text: string) => SourceResult): SourceResult => {
    const bytes = readContentFile(file, root);
    if (!bytes.ok) return bytes;
    hash.update(relative(contentDir, file)).update('\0').update(bytes.bytes).update('\0');
    const decoded = decodeUtf8(bytes.bytes);
    if (!decoded.ok)
      return {
        ok: false,
        line: 1,
        expected: 'UTF-8 编码（无 BOM）的文本文件',
        found: decoded.found,
      };
    const control = findControl(decoded.text);
    if (control)
      return {
        ok: false,
        line: control.line,
        expected: '不含控制字符的文本（常由 Word 粘贴带入）',
        found: `含有${describeControl(control.char)}`,
      };
    return parse(decoded.text);
  };
  const sourceIssue = (
    file: string,
    schema: typeof orgSchema | typeof reportSchema,
    source: Extract<SourceResult, { ok: false }>,
  ) => {
    if (!source.path) {
      fileIssue(file, source.expected, source.found, source.line);
      return;
    }
    issues.push({
      file: rel(file),
      ...(source.line ? { line: source.line } : {}),
      path: formatPath(source.path),
      label: labelFor(schema, source.path),
      expected: source.expected,
      found: source.found,
    });
  };

  const siteFile = loadSite(contentDir);
  issues.push(...siteFile.issues);

  const orgs = new Map<string, Org>();
  const orgDir = join(contentDir, 'orgs');
  for (const name of list(orgDir, fileIssue)) {
    const file = join(orgDir, name);
    const id = name.endsWith('.yaml') ? name.slice(0, -'.yaml'.length) : '';
    if (!ID_PATTERN.test(id)) {
      fileIssue(file, '部门文件名为小写标识加 .yaml，如 wanzhou-kjj.yaml', `“${name}”`);
      continue;
    }
    const source = read(file, parseYaml);
    if (!source.ok) {
      sourceIssue(file, orgSchema, source);
      continue;
    }
    const parsed = parseWithIssues(orgSchema, source.source.data, rel(file), source.source.locate);
    if (parsed.ok) orgs.set(id, parsed.data);
    else issues.push(...parsed.issues);
  }
  if (orgs.size === 0 && issues.length === 0)
    fileIssue(orgDir, '至少一个部门文件 orgs/<部门标识>.yaml', '没有部门文件');
  if (siteFile.issues.length === 0)
    issues.push(...regionIssues(siteFile.site, orgs, rel(join(contentDir, SITE_FILE))));

  const reports: LoadedReport[] = [];
  // Checks across a department's years need each report's field lines, kept only while loading.
  const located: LocatedReport[] = [];
  const seen = new Map<string, string>();
  const reportDir = join(contentDir, 'reports');
  for (const orgName of list(reportDir, fileIssue)) {
    const dir = join(reportDir, orgName);
    const stats = lstatSync(dir);
    if (!stats.isDirectory()) {
      fileIssue(
        dir,
        '报告放在 reports/<部门标识>/<年度>.mdx',
        stats.isSymbolicLink() ? '符号链接（不跟随内容文件夹中的链接）' : '不在部门文件夹中的文件',
      );
      continue;
    }
    if (
      !orgs.has(orgName) &&
      ID_PATTERN.test(orgName) &&
      !issues.some((i) => i.file.endsWith(`${orgName}.yaml`))
    ) {
      fileIssue(dir, `已登记的部门（content/orgs/${orgName}.yaml）`, `未登记的部门“${orgName}”`);
    }
    const names = list(dir, fileIssue);
    for (const name of names) {
      const file = join(dir, name);
      // A year folder holds that report's original documents, checked with the report below.
      if (ATTACHMENTS_DIR.test(name) && isDirectory(file)) {
        if (!names.includes(`${name}.mdx`)) issues.push(strayFolderIssue(file, name, rel));
        continue;
      }
      const year = REPORT_FILE.exec(name)?.[1];
      if (!year) {
        fileIssue(file, '报告文件名为四位年度加 .mdx，如 2020.mdx', `“${name}”`);
        continue;
      }
      const source = read(file, parseMdx);
      if (!source.ok) {
        sourceIssue(file, reportSchema, source);
        continue;
      }
      const { data, body, bodyLine, locate } = source.source;
      const checked = checkReportSource({
        file: rel(file),
        org: orgName,
        year: Number(year),
        data,
        body,
        bodyLine,
        locate,
        folder: attachmentFolder(dir, Number(year)),
        rel,
        orgs,
      });
      issues.push(...checked.issues);
      if (!checked.report) continue;
      const { report, parsed: parsedBody } = checked;
      const key = `${report.org}/${report.year}`;
      const other = seen.get(key);
      if (other) {
        const line = locate(['year']);
        issues.push({
          file: rel(file),
          ...(line ? { line } : {}),
          path: 'year',
          label: '年度',
          expected: `每个部门每年只有一份报告（${other} 已是 ${key}）`,
          found: `重复的 ${key}`,
        });
      }
      seen.set(key, rel(file));
      reports.push({
        file: rel(file),
        data: report,
        body,
        headings: parsedBody.headings,
        cues: cuesFor(parsedBody),
      });
      located.push({ file: rel(file), data: report, locate });
    }
  }
  issues.push(...indicatorConsistencyIssues(located));
  reports.sort((a, b) => a.data.org.localeCompare(b.data.org) || a.data.year - b.data.year);
  return { orgs, reports, issues, digest: hash.digest('hex') };
}

/** One report file's parts, as read, for `checkReportSource`. */
export interface ReportSource {
  /** The file as messages name it. */
  file: string;
  /** The department and year its place in the tree gives (`reports/<org>/<year>.mdx`). */
  org: string;
  year: number;
  /** The frontmatter as parsed, not yet validated. */
  data: unknown;
  body: string;
  /** 1-based line of the body's first line in the file (1 for a body on its own). */
  bodyLine?: number;
  locate?: Locate;
  /** The report's attachments folder (`attachmentFolder`). */
  folder: string;
  rel: (path: string) => string;
  /** The registered departments, when known: a report naming another must name one of them. */
  orgs?: ReadonlyMap<string, Org>;
}

/**
 * Every check of one report on its own: the body's rules, the schema, its place in the tree,
 * the rules types cannot express and its attachments. The loader runs it on each file and the
 * 编辑台 on a draft before it is saved, so the two can never disagree; the checks across files
 * (one report per year, an indicator's meaning over the years) stay with the loader.
 */
export function checkReportSource(source: ReportSource): {
  issues: Issue[];
  /** The report, when its frontmatter validated. */
  report?: Report;
  parsed: ParsedBody;
} {
  const { file, org, year, body, locate, rel } = source;
  const bodyLine = source.bodyLine ?? 1;
  const issues: Issue[] = [];
  const { problems, parsed } = checkAndParseBody(body);
  for (const problem of problems)
    issues.push({
      file,
      line: bodyLine + problem.line - 1,
      path: '',
      label: '正文',
      expected: problem.expected,
      found: problem.found,
    });
  const validated = parseWithIssues(reportSchema, source.data, file, locate);
  if (!validated.ok) return { issues: [...issues, ...validated.issues], parsed };
  const report = validated.data;
  const at = (field: 'org' | 'year', expected: string, found: string) => {
    const line = locate?.([field]);
    issues.push({
      file,
      ...(line ? { line } : {}),
      path: field,
      label: field === 'org' ? '部门标识' : '年度',
      expected,
      found,
    });
  };
  if (report.org !== org) at('org', `与所在文件夹一致的“${org}”`, `“${report.org}”`);
  if (report.year !== year) at('year', `与文件名一致的 ${year}`, String(report.year));
  if (source.orgs && report.org !== org && !source.orgs.has(report.org))
    at('org', '已登记的部门标识', `“${report.org}”`);
  const context = { file, body, bodyLine, ...(locate ? { locate } : {}), parsed };
  issues.push(...checkReport(report, context));
  issues.push(
    ...checkAttachments(source.folder, report.attachments ?? [], {
      file,
      rel,
      locate: locate ?? (() => undefined),
    }).issues,
  );
  return { issues, report, parsed };
}

type FileIssue = (file: string, expected: string, found: string, line?: number) => void;

function realRoot(contentDir: string): string {
  try {
    return realpathSync(contentDir);
  } catch {
    return contentDir;
  }
}

function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The entries of a content folder, sorted, hidden files left out. A folder that is a symbolic
 * link is reported rather than followed: it could lead anywhere on the build machine.
 */
function list(dir: string, fileIssue: FileIssue): string[] {
  let stats: Stats;
  try {
    stats = lstatSync(dir);
  } catch {
    return [];
  }
  if (stats.isSymbolicLink()) {
    fileIssue(dir, '普通文件夹', '符号链接（不跟随内容文件夹中的链接文件夹）');
    return [];
  }
  if (!stats.isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

/** What a path is, in an author's words, when it is not a regular file. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return '文件夹';
  if (stats.isFIFO()) return '命名管道（FIFO）';
  if (stats.isSocket()) return '套接字';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return '设备文件';
  return '特殊文件';
}

type ReadResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; line?: number; expected: string; found: string };

/**
 * Reads one content file as data. The path is examined with lstat before anything is opened, a
 * symbolic link must stay inside the content folder, the file is opened without following links
 * and without blocking (a FIFO would wait forever), and fstat confirms a regular file of
 * bounded size before a byte is read.
 */
export function readContentFile(file: string, root: string): ReadResult {
  const expected = `内容文件夹中的普通文本文件（不超过 ${MAX_FILE_BYTES / 2 ** 20} MiB）`;
  let target = file;
  let stats: Stats;
  try {
    stats = lstatSync(file);
  } catch {
    return { ok: false, expected, found: '文件无法读取' };
  }
  if (stats.isSymbolicLink()) {
    try {
      target = realpathSync(file);
    } catch {
      return { ok: false, expected, found: '符号链接指向不存在的文件' };
    }
    if (!target.startsWith(root + sep))
      return { ok: false, expected, found: '符号链接指向内容文件夹之外' };
    stats = lstatSync(target);
  }
  if (!stats.isFile()) return { ok: false, expected, found: kindOf(stats) };
  let fd: number;
  try {
    fd = openSync(target, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return { ok: false, expected, found: '文件无法打开' };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { ok: false, expected, found: kindOf(opened) };
    if (opened.size > MAX_FILE_BYTES)
      return {
        ok: false,
        expected,
        found: `文件大小 ${(opened.size / 2 ** 20).toFixed(1)} MiB`,
      };
    return { ok: true, bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}
