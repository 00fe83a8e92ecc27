import { publicationSchema } from '../schemas/publication.ts';
import type { Report } from '../schemas/report.ts';

/** One line of the 政务公开 metadata block. */
export interface PublicationRow {
  label: string;
  value: string;
  /** Frontmatter path of the value. */
  path: string;
}

type Key = keyof typeof publicationSchema.shape;
const ORDER: readonly Key[] = ['index', 'publisher', 'number', 'written'];
/** The catalogue fields some platforms print after 时效性. */
const EXTRA: readonly Key[] = ['source', 'subject', 'genre', 'scope', 'mode'];

/**
 * The 政务公开 metadata a report states, in the standard order (索引号, 发布机构, 文号, 成文日期,
 * 发布日期, 时效性, then 信息来源, 主题分类, 体裁分类, 公开范围, 公开方式), labelled by the schema's titles. Fields the report leaves out are left out.
 */
export function publicationRows(report: Report): PublicationRow[] {
  const shape = publicationSchema.shape;
  const label = (key: Key) => String(shape[key].meta()?.['title'] ?? key);
  const given = report.publication ?? {};
  const row = (key: Key): PublicationRow[] => {
    const value = given[key];
    return value === undefined ? [] : [{ label: label(key), value, path: `publication.${key}` }];
  };
  return [
    ...ORDER.flatMap(row),
    ...(report.published
      ? [{ label: '发布日期', value: report.published, path: 'published' }]
      : []),
    ...row('validity'),
    ...EXTRA.flatMap(row),
  ];
}

/** A file size as readers read it: 532 KB, 1.4 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
