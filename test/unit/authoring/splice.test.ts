import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setFrontmatterField } from '../../../src/authoring/splice.ts';
import { parseMdx } from '../../../src/lib/frontmatter.ts';
import { MINIMAL_REPORT } from '../../helpers.ts';

const mdx = readFileSync(MINIMAL_REPORT, 'utf8');
const frontmatter = (text: string) => {
  const parsed = parseMdx(text);
  if (!parsed.ok) throw new Error(parsed.found);
  return parsed.source;
};

describe('setFrontmatterField', () => {
  it('replaces only the lines of the field', () => {
    const goals = [
      {
        area: '新领域',
        indicators: [{ id: 'a', name: '甲', unit: '家', comparator: 'range', target: [1, 2] }],
      },
    ];
    const result = setFrontmatterField(mdx, ['goals'], goals);
    if (!result.ok) throw new Error(result.found);
    const before = mdx.split('\ngoals:\n');
    const after = result.text.split('\ngoals:\n');
    expect(after[0]).toBe(before[0]);
    expect(result.text.slice(result.text.indexOf('\nevaluation:'))).toBe(
      mdx.slice(mdx.indexOf('\nevaluation:')),
    );
    expect(result.text).toContain('      target: [1, 2]\n');
    expect(frontmatter(result.text).data).toMatchObject({ goals });
  });

  it('replaces a nested field at its indentation and keeps comments around it', () => {
    const text = mdx.replace('evaluation:\n', '# 自评\nevaluation:\n  # 分数\n');
    const rows = [{ level1: '产出', level3: '完成率', weight: 100, score: 92.5, target: '≥95%' }];
    const result = setFrontmatterField(text, ['evaluation', 'indicators'], rows);
    if (!result.ok) throw new Error(result.found);
    expect(result.text).toContain(
      '# 自评\nevaluation:\n  # 分数\n  score: 92.5\n  grade: 优\n  indicators:\n    - level1: 产出\n',
    );
    expect(result.text).toContain('      target: ≥95%\nproblems:');
    expect(frontmatter(result.text).body).toBe(frontmatter(mdx).body);
  });

  it('adds a field that is not there after the last one of its parent', () => {
    const text = mdx.replace(/\n {2}indicators:\n(?: {4}.*\n)+/, '\n');
    const result = setFrontmatterField(
      text,
      ['evaluation', 'indicators'],
      [{ level1: '投入', level3: 'x', weight: 100, score: 90 }],
    );
    if (!result.ok) throw new Error(result.found);
    expect(result.text).toContain('  grade: 优\n  indicators:\n    - level1: 投入\n');
    expect(frontmatter(result.text).data).toMatchObject({
      evaluation: { score: 92.5, indicators: [{ level3: 'x' }] },
    });
  });

  it('fills an empty value left by the template', () => {
    const text =
      '---\nevaluation:\n  score: # 自评分值\n  indicators: # 自评表\nproblems: []\n---\n\n正文\n';
    const result = setFrontmatterField(text, ['evaluation', 'indicators'], [{ level1: 'a' }]);
    expect(result).toEqual({
      ok: true,
      text: '---\nevaluation:\n  score: # 自评分值\n  indicators:\n    - level1: a\nproblems: []\n---\n\n正文\n',
    });
  });

  it('refuses a file without frontmatter or with broken YAML', () => {
    expect(setFrontmatterField('正文', ['goals'], [])).toEqual({
      ok: false,
      found: '文件没有以 --- 开始、以 --- 结束的 YAML 头部',
    });
    expect(setFrontmatterField('---\ngoals: [\n---\n', ['goals'], [])).toMatchObject({ ok: false });
  });
});
