// `npm run import -- … --attach`: the imported Word file or table is also kept as an original
// document of the report, so readers can download what the page was made from.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseMdx } from '../lib/frontmatter.ts';
import { setFrontmatterField } from './splice.ts';

export type AttachResult = { ok: true; file: string } | { ok: false; message: string };

/**
 * An attachment's file name made from the imported file's: characters an address or the schema
 * does not allow (spaces, brackets of other scripts, slashes) become “-”.
 */
export function attachmentName(input: string): string {
  const name = basename(input);
  const dot = name.lastIndexOf('.');
  const stem = name
    .slice(0, dot)
    .replace(/[^\p{L}\p{N}_\-（）()]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || '原文'}${name.slice(dot).toLowerCase()}`;
}

/** Copies `input` into the report's attachment folder and lists it in its frontmatter. */
export function attachImported(options: {
  input: string;
  reportFile: string;
  folder: string;
  title: string;
  force: boolean;
}): AttachResult {
  const { input, reportFile, folder, title, force } = options;
  const file = attachmentName(input);
  const target = join(folder, file);
  const mdx = readFileSync(reportFile, 'utf8');
  const source = parseMdx(mdx);
  if (!source.ok) return { ok: false, message: `${reportFile} 无法读取：${source.found}` };
  const listed = ((source.source.data as { attachments?: unknown }).attachments ?? []) as {
    file?: unknown;
  }[];
  if (!Array.isArray(listed))
    return { ok: false, message: `${reportFile} 的 attachments 不是列表` };
  const same = existsSync(target) && readFileSync(target).equals(readFileSync(input));
  if (existsSync(target) && !same && !force)
    return {
      ok: false,
      message: `附件 ${target} 已存在且内容不同；报告已导入，附件未改动。确认要替换，请加 --force。`,
    };
  mkdirSync(folder, { recursive: true });
  copyFileSync(input, target);
  if (listed.some((a) => a.file === file)) return { ok: true, file: target };
  const spliced = setFrontmatterField(mdx, ['attachments'], [...listed, { file, title }]);
  if (!spliced.ok) return { ok: false, message: `无法更新 ${reportFile}：${spliced.found}` };
  writeFileSync(reportFile, spliced.text);
  return { ok: true, file: target };
}
