import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../../src/lib/frontmatter.ts';
import { narrativeSections } from '../../../../src/lib/search/sections.ts';
import {
  buildVocabulary,
  namedTerms,
  shardVocabulary,
} from '../../../../src/lib/search/vocabulary.ts';
import { reportView } from '../../../../src/lib/view/index.ts';
import { reportSchema } from '../../../../src/schemas/report.ts';

const parsed = parseMdx(readFileSync('test/fixtures/site/reports/wanzhou-kjj/2020.mdx', 'utf8'));
if (!parsed.ok) throw new Error('seed does not parse');

describe('search sections', () => {
  const sections = narrativeSections(parsed.source.body);

  it('splits the narrative at headings with the ids the page uses', () => {
    expect(sections.map((s) => s.id).slice(0, 6)).toEqual([
      'fulltext',
      's1',
      's1-1',
      's1-2',
      's1-3',
      's1-3-1',
    ]);
    expect(sections.find((s) => s.id === 's2-1-3')?.text).toContain('芦花鸡基地');
  });

  it('drops markup and comments but keeps every word', () => {
    const all = sections.map((s) => s.text).join('\n');
    expect(all).not.toContain('{/*');
    expect(all).not.toMatch(/^#+ /m);
    expect(all).toContain('拟订全区创新驱动发展战略方针');
  });

  it('puts the figures and goals into words too', () => {
    const data = reportView(reportSchema.parse(parsed.source.data)).searchText;
    expect(data.find((s) => s.id === 'budget')?.text).toContain('科学技术支出 3,680.93 万元');
    expect(data.find((s) => s.id === 'goals')?.text).toContain(
      '全区科技型企业数量 目标 ≥ 380 家 实际 462 家 已达成',
    );
  });
});

describe('vocabulary', () => {
  it('holds names whole: titles in 《》 and names in “”, and the names it is given', () => {
    expect(namedTerms('配合实施好“平湖英才计划”，制定《区级科普基地认定和管理办法》。')).toEqual([
      '平湖英才计划',
      '区级科普基地认定和管理办法',
    ]);
    const toPinyin = (w: string) => [...w].map(() => 'x').join(' ');
    const vocab = buildVocabulary(['为龙驹镇选派'], toPinyin, ['选派区级科技特派员']);
    expect(vocab.map(([w]) => w)).toContain('选派区级科技特派员');
    // A run that starts with 为 is part of a sentence, not a term.
    expect(vocab.map(([w]) => w)).not.toContain('为龙驹镇');
  });

  it('collects 2–6 character terms from runs of words, with pinyin and frequency, deterministically', () => {
    const toPinyin = (w: string) =>
      [...w]
        .map((c) => ({ 芦: 'lu', 花: 'hua', 鸡: 'ji', 基: 'ji', 地: 'di', 在: 'zai' })[c] ?? 'x')
        .join(' ');
    const vocab = buildVocabulary(['在芦花鸡基地', '芦花鸡基地'], toPinyin);
    expect(vocab.find(([w]) => w === '芦花鸡')).toEqual(['芦花鸡', 'lu hua ji', 2]);
    expect(vocab).toEqual(buildVocabulary(['在芦花鸡基地', '芦花鸡基地'], toPinyin));
    expect([...shardVocabulary(vocab).keys()].sort()).toEqual(
      [...new Set(vocab.map(([, p]) => p[0]))].sort(),
    );
  });
});
