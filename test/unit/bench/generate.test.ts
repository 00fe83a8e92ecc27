import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, random, vary } from '../../../src/bench/generate.ts';
import { writeContent } from '../../../src/bench/write.ts';
import { loadContent } from '../../../src/io/load.ts';
import { parseMdx } from '../../../src/lib/frontmatter.ts';

const parsed = parseMdx(readFileSync('test/fixtures/site/reports/wanzhou-kjj/2020.mdx', 'utf8'));
if (!parsed.ok) throw new Error('template does not parse');
const template = parsed.source.body;

describe('benchmark content', () => {
  it('is deterministic', () => {
    expect(generate(12, template)).toEqual(generate(12, template));
    const a = random(1);
    const b = random(1);
    expect([a(), a()]).toEqual([b(), b()]);
  });

  it('is valid under the schema and every rule, across departments and years', () => {
    const generated = generate(23, template);
    expect(generated.orgs).toHaveLength(3);
    expect(generated.reports).toHaveLength(23);
    const dir = mkdtempSync(join(tmpdir(), 'bench-content-'));
    writeContent(dir, generated);
    const { issues } = loadContent(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(issues).toEqual([]);
  });

  it('keeps most of the source report, worded differently in each report', () => {
    const [first, second] = generate(2, template).reports;
    const bodyOf = (mdx = '') => mdx.slice(mdx.indexOf('\n---\n') + 5);
    for (const report of [first, second])
      expect(bodyOf(report?.mdx).length).toBeGreaterThan(template.length * 0.75);
    // Beyond names and figures: the texts differ once those are taken out.
    const words = (mdx = '') => bodyOf(mdx).replace(/[\d.]+|第\d+区[^，。是内编]*/g, '');
    expect(words(first?.mdx)).not.toBe(words(second?.mdx));
  });
});

describe('vary', () => {
  const text = [
    '## 一、部门概况',
    '',
    '甲句。乙句。丙句。丁句。戊句。己句。庚句。辛句。',
    '1. 列表项一。列表项二。',
    '| 表 | 格 |',
    '{/* 注释。不动。 */}',
    '单句。',
  ].join('\n');

  it('leaves out sentences of prose paragraphs only, keeping at least one of each', () => {
    for (let seed = 1; seed < 30; seed++) {
      const lines = vary(text, random(seed)).split('\n');
      expect(lines.filter((_, i) => i !== 2)).toEqual(text.split('\n').filter((_, i) => i !== 2));
      const kept = lines[2]?.match(/.句。/g) ?? [];
      expect(kept.length).toBeGreaterThan(0);
      // What stays is the paragraph's own sentences, in their order.
      const order = kept.map((sentence) => '甲乙丙丁戊己庚辛'.indexOf(sentence[0] ?? ''));
      expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(vary(text, random(7))).toBe(vary(text, random(7)));
    const outcomes = new Set(Array.from({ length: 10 }, (_, i) => vary(text, random(i))));
    expect(outcomes.size).toBeGreaterThan(1);
  });
});
