import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, random } from '../../../src/bench/generate.ts';
import { writeContent } from '../../../src/bench/write.ts';
import { parseMdx } from '../../../src/lib/frontmatter.ts';
import { loadContent } from '../../../src/lib/load.ts';

const parsed = parseMdx(readFileSync('content/reports/wanzhou-kjj/2020.mdx', 'utf8'));
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

  it('has the length of the source report', () => {
    const [first] = generate(1, template).reports;
    expect(first?.mdx.length).toBeGreaterThan(template.length);
  });
});
