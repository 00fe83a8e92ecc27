import { formatPath, type PathSegment } from '../schemas/issues.ts';
import type { Finding, ReadFigures } from './extract.ts';
import type { DraftMap, DraftValue } from './frontmatter-yaml.ts';

export interface ImportDraft {
  draft: DraftMap;
  /** Comments on particular fields, by path. */
  notes: Map<string, string>;
  /** Fields left empty for the author (required) or left out (optional), in report order. */
  missing: { path: PathSegment[]; required: boolean }[];
}

const HOLE = '未在原文中找到，请按原文填写';

/**
 * Assembles the frontmatter of an imported report from what was read. A required field that was
 * not found is an empty value (validation fails until the author fills it); an optional one is
 * left out. Nothing is computed: a total is never summed from its parts, a missing part is
 * never derived from the total.
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
  const value = (path: PathSegment[]) =>
    figures.find((f) => formatPath(f.path) === formatPath(path))?.value;
  const within = (path: PathSegment[]) => figures.filter((f) => startsWith(f.path, path));
  const required = (path: PathSegment[], found: DraftValue | undefined): DraftValue => {
    if (found !== undefined && found !== null) return found;
    missing.push({ path, required: true });
    notes.set(formatPath(path), HOLE);
    return null;
  };
  const optional = <T>(path: PathSegment[], found: T | undefined): T | undefined => {
    if (found === undefined) missing.push({ path, required: false });
    return found;
  };
  /** Builds the object of listed fields, holes for required ones, if any of them was found. */
  const block = (path: PathSegment[], fields: string[], needed: string[]): DraftMap | undefined => {
    if (within(path).length === 0) return undefined;
    const out: DraftMap = {};
    for (const key of fields) {
      const found = value([...path, key]);
      out[key] = needed.includes(key) ? required([...path, key], found) : found;
    }
    return out;
  };
  const list = (path: PathSegment[], fields: string[], needed: string[]) => {
    const count = new Set(within(path).map((f) => f.path[path.length])).size;
    if (count === 0) return required(path, undefined);
    return Array.from({ length: count }, (_, i) => block([...path, i], fields, needed) ?? {});
  };

  const sources = block(['income', 'sources'], SOURCE_KEYS, []);
  const draft: DraftMap = {
    org: input.org,
    year: input.year,
    title: required(['title'], input.title),
    unit: required(['unit'], input.read.unit),
    source: input.sourceFile ? { file: input.sourceFile } : undefined,
    staffing: list(
      ['staffing'],
      ['unit', 'authorized', 'active', 'retired', 'asOf'],
      ['unit', 'authorized', 'active'],
    ),
    income: {
      total: required(['income', 'total'], value(['income', 'total'])),
      sources: sources ?? required(['income', 'sources'], undefined),
      change: optional(
        ['income', 'change'],
        block(['income', 'change'], ['amount', 'reason'], ['amount']),
      ),
    },
    expenditure: {
      total: required(['expenditure', 'total'], value(['expenditure', 'total'])),
      classes: list(['expenditure', 'classes'], ['name', 'amount'], ['name', 'amount']),
      split: optional(
        ['expenditure', 'split'],
        block(['expenditure', 'split'], ['basic', 'project'], ['basic', 'project']),
      ),
      change: optional(
        ['expenditure', 'change'],
        block(['expenditure', 'change'], ['amount', 'basic', 'project', 'reason'], ['amount']),
      ),
    },
    goals: [],
    evaluation: {
      score: required(['evaluation', 'score'], value(['evaluation', 'score'])),
      grade: required(['evaluation', 'grade'], value(['evaluation', 'grade'])),
    },
    problems:
      optional(['problems'], nonEmpty(input.problems.map(({ id, title }) => ({ id, title })))) ??
      [],
    measures:
      optional(['measures'], nonEmpty(input.measures.map(({ id, title }) => ({ id, title })))) ??
      [],
  };
  notes.set(
    'goals',
    '未从正文提取（目标表述差异太大，自动提取容易出错），请按原文“年度工作目标”手工填写，或用 npm run import 从指标表导入',
  );
  return { draft, notes, missing };
}

const SOURCE_KEYS = [
  'generalBudget',
  'governmentFund',
  'stateCapital',
  'businessIncome',
  'operatingIncome',
  'other',
];

function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.every((p, i) => path[i] === p);
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}
