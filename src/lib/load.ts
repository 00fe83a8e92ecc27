import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Issue } from '../schemas/issues.ts';
import { type Org, orgSchema } from '../schemas/org.ts';
import { parseWithIssues } from '../schemas/parse.ts';
import { type Report, reportSchema } from '../schemas/report.ts';
import {
  attachmentFolder,
  checkAttachments,
  isAttachmentFolder,
  strayFolderIssue,
} from './attachments.ts';
import { checkBody } from './body.ts';
import { decodeUtf8, parseMdx, parseYaml, type SourceResult } from './frontmatter.ts';
import { checkReport } from './rules.ts';
import { loadSite } from './site.ts';

export interface LoadedReport {
  file: string;
  data: Report;
  body: string;
}

export interface LoadedContent {
  orgs: Map<string, Org>;
  reports: LoadedReport[];
  issues: Issue[];
}

const ORG_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/;
const REPORT_FILE = /^(\d{4})\.mdx$/;

/**
 * Reads and validates a whole content tree (`orgs/*.yaml`, `reports/<org>/<year>.mdx`), collecting
 * every problem rather than stopping at the first: the build and `npm run validate` share it.
 */
export function loadContent(contentDir: string): LoadedContent {
  const issues: Issue[] = [];
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

  issues.push(...loadSite(contentDir).issues);

  const orgs = new Map<string, Org>();
  const orgDir = join(contentDir, 'orgs');
  for (const name of list(orgDir)) {
    const file = join(orgDir, name);
    const id = ORG_FILE.exec(name)?.[1];
    if (!id) {
      fileIssue(file, '部门文件名为小写标识加 .yaml，如 wanzhou-kjj.yaml', `“${name}”`);
      continue;
    }
    const source = read(file, parseYaml);
    if (!source.ok) {
      fileIssue(file, source.expected, source.found, source.line);
      continue;
    }
    const parsed = parseWithIssues(orgSchema, source.source.data, rel(file), source.source.locate);
    if (parsed.ok) orgs.set(id, parsed.data);
    else issues.push(...parsed.issues);
  }
  if (orgs.size === 0 && issues.length === 0)
    fileIssue(orgDir, '至少一个部门文件 orgs/<部门标识>.yaml', '没有部门文件');

  const reports: LoadedReport[] = [];
  const seen = new Map<string, string>();
  const reportDir = join(contentDir, 'reports');
  for (const orgName of list(reportDir)) {
    const dir = join(reportDir, orgName);
    if (!statSync(dir).isDirectory()) {
      fileIssue(dir, '报告放在 reports/<部门标识>/<年度>.mdx', '不在部门文件夹中的文件');
      continue;
    }
    if (
      !orgs.has(orgName) &&
      ORG_FILE.test(`${orgName}.yaml`) &&
      !issues.some((i) => i.file.endsWith(`${orgName}.yaml`))
    ) {
      fileIssue(dir, `已登记的部门（content/orgs/${orgName}.yaml）`, `未登记的部门“${orgName}”`);
    }
    const names = list(dir);
    for (const name of names) {
      const file = join(dir, name);
      // A year folder holds that report's original documents, checked with the report below.
      if (isAttachmentFolder(file, name)) {
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
        fileIssue(file, source.expected, source.found, source.line);
        continue;
      }
      const { data, body, bodyLine, locate } = source.source;
      for (const problem of checkBody(body)) {
        issues.push({
          file: rel(file),
          line: bodyLine + problem.line - 1,
          path: '',
          label: '正文',
          expected: problem.expected,
          found: problem.found,
        });
      }
      const parsed = parseWithIssues(reportSchema, data, rel(file), locate);
      if (!parsed.ok) {
        issues.push(...parsed.issues);
        continue;
      }
      const report = parsed.data;
      const at = (field: 'org' | 'year', expected: string, found: string) => {
        const line = locate([field]);
        issues.push({
          file: rel(file),
          ...(line ? { line } : {}),
          path: field,
          label: field === 'org' ? '部门标识' : '年度',
          expected,
          found,
        });
      };
      if (report.org !== orgName) at('org', `与所在文件夹一致的“${orgName}”`, `“${report.org}”`);
      if (String(report.year) !== year) at('year', `与文件名一致的 ${year}`, String(report.year));
      if (report.org !== orgName && !orgs.has(report.org))
        at('org', '已登记的部门标识', `“${report.org}”`);
      const key = `${report.org}/${report.year}`;
      const other = seen.get(key);
      if (other) at('year', `每个部门每年只有一份报告（${other} 已是 ${key}）`, `重复的 ${key}`);
      seen.set(key, rel(file));
      issues.push(...checkReport(report, { file: rel(file), body, locate }));
      const folder = attachmentFolder(dir, report.year);
      const context = { file: rel(file), rel, locate };
      issues.push(...checkAttachments(folder, report.attachments ?? [], context).issues);
      reports.push({ file: rel(file), data: report, body });
    }
  }
  reports.sort((a, b) => a.data.org.localeCompare(b.data.org) || a.data.year - b.data.year);
  return { orgs, reports, issues };
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
}

function read(file: string, parse: (text: string) => SourceResult): SourceResult {
  const decoded = decodeUtf8(readFileSync(file));
  if (!decoded.ok)
    return { ok: false, line: 1, expected: 'UTF-8 编码（无 BOM）的文本文件', found: decoded.found };
  return parse(decoded.text);
}
