// Where the studio may read and write: only inside the content folder, never through a symbolic
// link that leads out of it.
import { existsSync, lstatSync, mkdirSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ID_PATTERN } from '../schemas/common.ts';

export class PathError extends Error {}

/** The content folder's real path, created when it does not exist yet. */
export function contentRoot(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return realpathSync(dir);
}

/**
 * `parts` joined under `root`, after checking that no part escapes it and that every folder on
 * the way that exists is a real folder inside it (not a link out). Missing folders are created.
 */
export function insideContent(root: string, ...parts: string[]): string {
  const target = resolve(root, ...parts);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || rel.split(sep).includes('..'))
    throw new PathError(`路径不在内容文件夹中：${parts.join('/')}`);
  let current = root;
  for (const segment of rel.split(sep).slice(0, -1)) {
    current = join(current, segment);
    if (existsSync(current)) {
      const stats = lstatSync(current);
      if (stats.isSymbolicLink() || !stats.isDirectory())
        throw new PathError(`${relative(root, current)} 不是内容文件夹中的普通文件夹`);
    } else mkdirSync(current);
  }
  if (existsSync(target) && lstatSync(target).isSymbolicLink())
    throw new PathError(`${rel} 是符号链接，编辑台不写入链接`);
  const real = realpathSync(dirname(target));
  if (real !== root && !real.startsWith(root + sep))
    throw new PathError(`路径不在内容文件夹中：${parts.join('/')}`);
  return target;
}

export function checkOrg(org: unknown): string {
  if (typeof org !== 'string' || !ID_PATTERN.test(org))
    throw new PathError(
      `部门标识应为小写字母、数字和连字符，如 wanzhou-kjj；实为“${String(org)}”。`,
    );
  return org;
}

export function checkYear(year: unknown): number {
  const text = String(year);
  if (!/^\d{4}$/.test(text)) throw new PathError(`年度应为四位数字，如 2021；实为“${text}”。`);
  return Number(text);
}

/** The years of a department's reports, newest first. */
export function yearsOf(root: string, org: string): number[] {
  const dir = join(root, 'reports', org);
  if (!existsSync(dir) || !lstatSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .map((name) => /^(\d{4})\.mdx$/.exec(name)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number)
    .sort((a, b) => b - a);
}
