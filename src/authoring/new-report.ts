// A year's report started from the standard template, carrying the department's goal structure,
// staffing units and expenditure classes forward from its latest earlier report with every figure
// left empty. `npm run new` and the 编辑台 both call `newReport`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseYaml } from '../lib/frontmatter.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { orgSchema } from '../schemas/org.ts';
import type { Report } from '../schemas/report.ts';
import { previousReport } from './earlier.ts';
import { renderFrontmatter } from './frontmatter-yaml.ts';
import { bodySkeleton, newReportDraft } from './template.ts';

/** A request `newReport` refuses, with the Chinese message to show as it is. */
export class NewReportError extends Error {
  override name = 'NewReportError';
}

export interface NewReport {
  /** The file written. */
  file: string;
  /** What was written to it. */
  text: string;
  /** The earlier report it carries the structure of, if any. */
  previous?: Report;
  /** What was carried forward. */
  carried: { areas: number; indicators: number; units: number; classes: number };
  /** Why an earlier report could not be used, when one exists but does not validate. */
  warning?: string;
}

const rel = (path: string) => relative(process.cwd(), path) || path;

/**
 * Writes `<content>/reports/<org>/<year>.mdx` from the template. Refuses (NewReportError) an id
 * or year of the wrong form, an unregistered department and an existing file: it never
 * overwrites a report.
 */
export function newReport(content: string, org: string, year: number): NewReport {
  if (!ID_PATTERN.test(org))
    throw new NewReportError(`部门标识应为小写字母、数字和连字符，如 wanzhou-kjj；实为“${org}”。`);
  if (!Number.isInteger(year) || year < 1990 || year > 2100)
    throw new NewReportError(`年度应为四位数字，如 2021；实为“${year}”。`);
  const orgFile = join(content, 'orgs', `${org}.yaml`);
  if (!existsSync(orgFile))
    throw new NewReportError(
      `找不到部门文件 ${rel(orgFile)}：部门标识“${org}”尚未登记。\n  请先创建该文件（写明 name、shortName、region），或检查部门标识的拼写。`,
    );
  const orgSource = parseYaml(readFileSync(orgFile, 'utf8'));
  const orgParsed = orgSource.ok ? orgSchema.safeParse(orgSource.source.data) : undefined;
  const orgName = orgParsed?.success ? orgParsed.data.name : undefined;

  const reportDir = join(content, 'reports', org);
  const file = join(reportDir, `${year}.mdx`);
  if (existsSync(file))
    throw new NewReportError(
      `${rel(file)} 已存在，未做任何改动（不会覆盖已有报告）。\n  如需重新开始，请先自行删除或改名该文件。`,
    );

  const { previous, warning } = previousReport(content, org, year);
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
  return {
    file,
    text,
    carried,
    ...(previous ? { previous } : {}),
    ...(warning ? { warning } : {}),
  };
}
