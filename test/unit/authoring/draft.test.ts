import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDraft } from '../../../src/authoring/draft.ts';
import { readFigures } from '../../../src/authoring/extract.ts';
import { renderFrontmatter } from '../../../src/authoring/frontmatter-yaml.ts';
import { formatPath } from '../../../src/schemas/issues.ts';

const draftOf = (...paragraphs: string[]) =>
  importDraft({ org: 'x', year: 2021, read: readFigures(paragraphs), problems: [], measures: [] });

describe('importDraft', () => {
  it('leaves the title empty and every block out when the text has nothing', () => {
    const { draft, missing, notes } = draftOf('没有数字的正文。');
    expect(parse(renderFrontmatter(draft, { notes }))).toEqual({
      org: 'x',
      year: 2021,
      title: null,
      goals: [],
      problems: [],
      measures: [],
    });
    expect(missing.filter((m) => m.required).map((m) => formatPath(m.path))).toEqual(['title']);
    expect(missing.filter((m) => !m.required).map((m) => formatPath(m.path))).toEqual([
      'staffing',
      'income',
      'expenditure',
      'threePublic',
      'evaluation',
      'problems',
      'measures',
    ]);
  });

  it('asks for the amount unit once any amount was read, and fills the blocks found', () => {
    const { draft, missing } = draftOf('“三公”经费预算数10.5万元，实际支出8.2万元。');
    expect(draft['unit']).toBe('万元');
    expect(draft['threePublic']).toEqual({ total: { budget: 10.5, actual: 8.2 } });
    expect(missing.filter((m) => m.required)).toEqual([{ path: ['title'], required: true }]);
  });

  it('never completes a block from its parts: a found part leaves the rest empty', () => {
    const { draft } = draftOf('支出预算。基本支出300万元。');
    expect(draft['expenditure']).toMatchObject({ split: { basic: 300 } });
    expect(draft['expenditure']).not.toHaveProperty('split.project');
    const { draft: change } = draftOf('支出预算。其中基本支出减少5万元。');
    expect(change['expenditure']).toMatchObject({ change: { amount: null, basic: -5 } });
  });
});
