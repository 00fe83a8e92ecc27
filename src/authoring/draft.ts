import { formatPath, type PathSegment } from '../schemas/issues.ts';
import type { Finding, ReadFigures } from './extract.ts';
import type { Figure } from './figure.ts';
import type { DraftMap, DraftValue } from './frontmatter-yaml.ts';
import { fieldsAt } from './schema-shape.ts';

export interface ImportDraft {
  draft: DraftMap;
  /** Comments on particular fields, by path. */
  notes: Map<string, string>;
  /** Fields left empty for the author (required) or left out (optional), in report order. */
  missing: { path: PathSegment[]; required: boolean }[];
}

const HOLE = '未在原文中找到，请按原文填写';

/** The blocks an import fills from the text, in the report's order. */
const BLOCKS = ['staffing', 'income', 'expenditure', 'threePublic', 'evaluation'] as const;

/**
 * Assembles the frontmatter of an imported report from what was read. Only the title is always
 * required, and the amount unit once any amount was read; every block is filled from the figures
 * found under it and left out when none was. Inside a block that was found, a field the model
 * requires (a change's amount, a unit's name) is an empty value the author must fill. Nothing is
 * computed: a total is never summed from its parts, a missing part is never derived from the total.
 */
export function importDraft(input: {
  org: string;
  year: number;
  title?: string;
  sourceFile?: string;
  read: ReadFigures;
  problems: readonly Finding[];
  measures: readonly Finding[];
}): ImportDraft {
  const { figures } = input.read;
  const notes = new Map<string, string>();
  const missing: ImportDraft['missing'] = [];
  for (const f of figures) if (f.note) notes.set(formatPath(f.path), f.note);
  const hole = (path: PathSegment[]): null => {
    missing.push({ path, required: true });
    notes.set(formatPath(path), HOLE);
    return null;
  };

  /** The value at `path` built from every figure under it, in the schema's field order. */
  const build = (path: PathSegment[], under: readonly Figure[]): DraftValue | undefined => {
    const exact = under.find((f) => f.path.length === path.length);
    if (exact) return exact.value;
    const keys = [...new Set(under.map((f) => f.path[path.length]))].filter(
      (k): k is PathSegment => k !== undefined,
    );
    if (keys.length === 0) return undefined;
    const child = (key: PathSegment) =>
      build(
        [...path, key],
        under.filter((f) => f.path[path.length] === key),
      );
    if (typeof keys[0] === 'number')
      return (keys as number[]).sort((a, b) => a - b).map((k) => child(k) ?? null);
    const fields = fieldsAt(path) ?? keys.map((key) => ({ key: String(key), required: false }));
    const out: DraftMap = {};
    for (const { key, required } of fields) {
      const value = keys.includes(key) ? child(key) : undefined;
      if (value !== undefined) out[key] = value;
      else if (required) out[key] = hole([...path, key]);
    }
    return out;
  };

  const draft: DraftMap = {
    org: input.org,
    year: input.year,
    title: input.title ?? hole(['title']),
  };
  const amounts = figures.some((f) => f.unit);
  if (input.read.unit) draft['unit'] = input.read.unit;
  else if (amounts) draft['unit'] = hole(['unit']);
  if (input.sourceFile) draft['source'] = { file: input.sourceFile };
  for (const block of BLOCKS) {
    const value = build(
      [block],
      figures.filter((f) => f.path[0] === block),
    );
    if (value === undefined) missing.push({ path: [block], required: false });
    else draft[block] = value;
  }
  draft['goals'] = [];
  notes.set(
    'goals',
    '未从正文提取（目标表述差异太大，自动提取容易出错），请按原文“年度工作目标”手工填写，或用 npm run import 从指标表导入',
  );
  for (const key of ['problems', 'measures'] as const) {
    const items = (key === 'problems' ? input.problems : input.measures).map(({ id, title }) => ({
      id,
      title,
    }));
    if (items.length === 0) missing.push({ path: [key], required: false });
    draft[key] = items;
  }
  return { draft, notes, missing };
}
