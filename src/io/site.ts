import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeUtf8, parseYaml, type SourceResult } from '../lib/frontmatter.ts';
import { formatPath, type Issue } from '../schemas/issues.ts';
import { parseWithIssues } from '../schemas/parse.ts';
import { type Site, siteSchema } from '../schemas/site.ts';

/** The name a site without `content/site.yaml` goes by (test fixtures, the benchmark). */
export const DEFAULT_SITE_NAME = '部门整体支出绩效自评报告公开';

export const SITE_FILE = 'site.yaml';

/** A settings file read and parsed as YAML, or the problem that stopped it, as an issue. */
export type SettingsFile =
  | { ok: true; source: Extract<SourceResult, { ok: true }>['source'] }
  | { ok: false; issue: Issue };

/**
 * Reads a YAML settings file (site.yaml, or the portal's own) as content files are read: UTF-8
 * without BOM, one YAML document; `shown` names it in the issue, `what` says what was expected.
 */
export function readSettingsFile(
  file: string,
  shown: string,
  what = '可读取的 YAML 文件',
): SettingsFile {
  const issue = (expected: string, found: string, line?: number): SettingsFile => ({
    ok: false,
    issue: { file: shown, ...(line ? { line } : {}), path: '', label: '文件', expected, found },
  });
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return issue(what, '文件不存在或无法读取');
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return issue('UTF-8 编码（无 BOM）的文本文件', decoded.found, 1);
  const source = parseYaml(decoded.text);
  if (source.ok) return { ok: true, source: source.source };
  const failed = issue(source.expected, source.found, source.line);
  // A value the YAML layer refuses (a number written 0x13) names its field.
  if (!source.path || failed.ok) return failed;
  const path = formatPath(source.path);
  return { ok: false, issue: { ...failed.issue, path, label: path } };
}

/**
 * Reads and validates `<contentDir>/site.yaml`. The file is optional: without it the site has
 * only its default name and the footer shows no identity lines.
 */
export function loadSite(contentDir: string): { site: Site; issues: Issue[] } {
  const fallback: Site = { name: DEFAULT_SITE_NAME };
  const file = join(contentDir, SITE_FILE);
  if (!existsSync(file)) return { site: fallback, issues: [] };
  const name = relative(process.cwd(), file) || file;
  const read = readSettingsFile(file, name);
  if (!read.ok) return { site: fallback, issues: [read.issue] };
  const parsed = parseWithIssues(siteSchema, read.source.data, name, read.source.locate);
  if (!parsed.ok) return { site: fallback, issues: parsed.issues };
  const missing = siteImages(parsed.data).filter(({ file }) => !existsSync(join(contentDir, file)));
  return {
    site: parsed.data,
    issues: missing.map(({ path, label, file }) => {
      const line = read.source.locate(path.split('.'));
      return {
        file: name,
        ...(line ? { line } : {}),
        path,
        label,
        expected: `内容文件夹中存在图片文件 ${file}（与 site.yaml 放在一起）`,
        found: '文件不存在',
      };
    }),
  };
}

/** The image files site.yaml names, each with its field, so a missing one is reported there. */
export function siteImages(site: Site): { path: string; label: string; file: string }[] {
  return [
    ...(site.emblem
      ? [{ path: 'emblem.file', label: '网站标志 › 图片文件', file: site.emblem.file }]
      : []),
    ...(site.governmentId?.image
      ? [
          {
            path: 'governmentId.image',
            label: '党政机关标识 › 图片文件',
            file: site.governmentId.image,
          },
        ]
      : []),
  ];
}
