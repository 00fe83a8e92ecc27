import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDraft } from '../../../src/authoring/draft.ts';
import { readFigures } from '../../../src/authoring/extract.ts';
import { renderFrontmatter } from '../../../src/authoring/frontmatter-yaml.ts';
import { formatPath } from '../../../src/schemas/issues.ts';

const draftOf = (...paragraphs: string[]) =>
  importDraft({ org: 'x', year: 2021, read: readFigures(paragraphs), problems: [], measures: [] });

describe('importDraft', () => {
  it('leaves required fields empty and optional ones out when the text has nothing', () => {
    const { draft, missing, notes } = draftOf('没有数字的正文。');
    expect(parse(renderFrontmatter(draft, { notes }))).toEqual({
      org: 'x',
      year: 2021,
      title: null,
      unit: null,
      staffing: null,
      income: { total: null, sources: null },
      expenditure: { total: null, classes: null },
      goals: [],
      evaluation: { score: null, grade: null },
      problems: [],
      measures: [],
    });
    expect(missing.filter((m) => m.required).map((m) => formatPath(m.path))).toEqual([
      'title',
      'unit',
      'staffing',
      'income.total',
      'income.sources',
      'expenditure.total',
      'expenditure.classes',
      'evaluation.score',
      'evaluation.grade',
    ]);
    expect(renderFrontmatter(draft, { notes })).toContain(
      'income:\n  total: # 收入预算合计：年初预算数；未在原文中找到，请按原文填写\n',
    );
  });

  it('never completes a block from its parts: a found part leaves the rest empty', () => {
    const { draft } = draftOf('支出预算。基本支出300万元。');
    expect(draft['expenditure']).toMatchObject({ split: { basic: 300, project: null } });
    const { draft: change } = draftOf('支出预算。其中基本支出减少5万元。');
    expect(change['expenditure']).toMatchObject({ change: { amount: null, basic: -5 } });
  });
});
