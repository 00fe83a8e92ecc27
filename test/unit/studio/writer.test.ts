import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/lib/frontmatter.ts';
import { updateMdx, writeAtomic } from '../../../src/studio/writer.ts';
import { MINIMAL_REPORT } from '../../helpers.ts';

const original = [
  '---',
  '# 作者的注释',
  'org: test-ju # 部门',
  'year: 2021',
  "title: '测试局报告'",
  'unit: 万元',
  'income:',
  '  total: 100 # 年初预算',
  '  sources:',
  '    generalBudget: 100',
  'goals:',
  '  - area: 甲',
  '    indicators:',
  '      - id: a',
  '        name: 指标',
  '        target: [1, 2] # 区间',
  '---',
  '',
  '# 正文  ',
  '',
  '段落。\r',
  '',
].join('\n');

const data = () => {
  const parsed = parseMdx(original);
  if (!parsed.ok) throw new Error('fixture');
  return structuredClone(parsed.source.data) as Record<string, any>;
};

describe('updateMdx', () => {
  it('returns the file byte for byte when nothing changed', () => {
    const result = updateMdx(original, data());
    expect(result).toEqual({ ok: true, text: original });
    const minimal = readFileSync(MINIMAL_REPORT, 'utf8');
    const parsed = parseMdx(minimal);
    if (!parsed.ok) throw new Error('fixture');
    expect(updateMdx(minimal, parsed.source.data, parsed.source.body)).toEqual({
      ok: true,
      text: minimal,
    });
  });

  it('changes one value and keeps comments, order, quoting and the body', () => {
    const d = data();
    d.income.total = 120.5;
    const result = updateMdx(original, d);
    if (!result.ok) throw new Error(result.found);
    expect(result.text).toBe(original.replace('total: 100 # 年初预算', 'total: 120.5 # 年初预算'));
  });

  it('adds and removes keys and list items, writing a new range target as [min, max]', () => {
    const d = data();
    delete d.income.sources;
    d.goals[0].indicators.push({ id: 'b', name: '新指标', target: [3, 4] });
    d.published = '2022-06-30';
    const result = updateMdx(original, d);
    if (!result.ok) throw new Error(result.found);
    expect(result.text).not.toContain('sources');
    expect(result.text).toContain('target: [3, 4]');
    expect(result.text).toContain('target: [1, 2] # 区间');
    expect(result.text).toContain('# 作者的注释');
    expect(result.text).toContain("title: '测试局报告'");
    const reread = parseMdx(result.text);
    expect(reread.ok && reread.source.data).toEqual(d);
    expect(result.text.endsWith('\n# 正文  \n\n段落。\r\n')).toBe(true);
  });

  it('fills an empty value the importer left and keeps the comment beside it', () => {
    const holes =
      '---\ntitle: 报告\nincome:\n  total: # 收入预算合计：年初预算数\n  change:\n    amount:\n---\n正文\n';
    const result = updateMdx(holes, {
      title: '报告',
      income: { total: 12.5, change: { amount: -1 } },
    });
    if (!result.ok) throw new Error(result.found);
    expect(result.text).toContain('total: 12.5 # 收入预算合计：年初预算数');
    expect(result.text).toContain('    amount: -1\n');
    expect(result.text.endsWith('---\n正文\n')).toBe(true);
  });

  it('replaces the body only when it was edited', () => {
    const result = updateMdx(original, data(), '\n# 新正文\n');
    expect(result.ok && result.text.endsWith('---\n\n# 新正文\n')).toBe(true);
  });

  it('refuses a file without frontmatter', () => {
    expect(updateMdx('正文', {}).ok).toBe(false);
  });
});

describe('writeAtomic', () => {
  it('replaces the file and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'writer-'));
    const file = join(dir, '2021.mdx');
    writeAtomic(file, 'a');
    writeAtomic(file, 'b');
    expect(readFileSync(file, 'utf8')).toBe('b');
    expect(readdirSync(dir)).toEqual(['2021.mdx']);
    rmSync(dir, { recursive: true });
  });
});
