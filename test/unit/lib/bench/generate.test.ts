import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, random } from '../../../../src/lib/bench/generate.ts';
import { parseMdx } from '../../../../src/lib/frontmatter.ts';
import { loadContent } from '../../../../src/lib/load.ts';

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
    const { orgs, reports } = generate(23, template);
    expect(orgs).toHaveLength(3);
    expect(reports).toHaveLength(23);
    const dir = mkdtempSync(join(tmpdir(), 'bench-content-'));
    for (const org of orgs) {
      mkdirSync(join(dir, 'orgs'), { recursive: true });
      writeFileSync(join(dir, 'orgs', `${org.id}.yaml`), org.yaml);
    }
    for (const r of reports) {
      mkdirSync(join(dir, 'reports', r.org), { recursive: true });
      writeFileSync(join(dir, 'reports', r.org, `${r.year}.mdx`), r.mdx);
    }
    const { issues } = loadContent(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(issues).toEqual([]);
  });

  it('has the length of the source report', () => {
    const [first] = generate(1, template).reports;
    expect(first?.mdx.length).toBeGreaterThan(template.length);
  });
});
