// Issue 29: a key named like a JavaScript built-in is an unknown field like any other. Every key
// of Object.prototype goes into every kind of content file, at the top and one level down, and
// must come back as the ordinary 未知字段 issue with file and line, never a TypeError.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import { readSettingsFile } from '../../../src/io/site.ts';
import { parseWithIssues } from '../../../src/schemas/parse.ts';
import { portalSchema } from '../../../src/schemas/portal.ts';
import { MINIMAL } from '../../helpers.ts';

const KEYS = Object.getOwnPropertyNames(Object.prototype);
const work = mkdtempSync(join(tmpdir(), 'prototype-keys-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const REPORT = 'reports/test-ju/2021.mdx';
const ORG = 'orgs/test-ju.yaml';
let count = 0;

/** A copy of the minimal fixture with `change` applied; the issues loading it gives. */
function load(change: (dir: string) => void) {
  const dir = join(work, String(++count));
  cpSync(MINIMAL, dir, { recursive: true });
  change(dir);
  return loadContent(dir).issues;
}
const edit = (dir: string, file: string, from: string, to: string) => {
  const text = readFileSync(join(dir, file), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, file), text.replace(from, to));
};

const placements: [string, string, number, (dir: string, key: string) => void][] = [
  [
    'an org file',
    ORG,
    4,
    (dir, key) =>
      writeFileSync(join(dir, ORG), `${readFileSync(join(dir, ORG), 'utf8')}${key}: x\n`),
  ],
  ['a report frontmatter', REPORT, 2, (dir, key) => edit(dir, REPORT, '---\n', `---\n${key}: x\n`)],
  [
    'a report frontmatter, nested',
    REPORT,
    14,
    (dir, key) => edit(dir, REPORT, '  sources:\n', `  ${key}: 1\n  sources:\n`),
  ],
  [
    'site.yaml',
    'site.yaml',
    2,
    (dir, key) => writeFileSync(join(dir, 'site.yaml'), `name: 测试\n${key}: x\n`),
  ],
];

describe.each(KEYS)('the key %s', (key) => {
  it.each(placements)('in %s is an unknown field with file and line', (_what, file, line, put) => {
    const issues = load((dir) => put(dir, key));
    const issue = issues.find((i) => i.found === `未知字段“${key}”`);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.file.endsWith(file)).toBe(true);
    expect(issue?.line).toBe(line);
    expect(issue?.expected).toMatch(/^已知字段之一：/);
  });

  it.each([
    [
      'the portal key',
      `portal:\n  title: 门户\n  ${key}: x\n  sites:\n    - { name: 东区, url: 'https://a.example/' }\n`,
      3,
    ],
    [
      'a portal member',
      `portal:\n  title: 门户\n  sites:\n    - name: 东区\n      url: 'https://a.example/'\n      ${key}: x\n`,
      6,
    ],
  ])('in %s of the portal settings is an unknown field with its line', (_what, text, line) => {
    const file = join(work, `portal-${++count}.yaml`);
    writeFileSync(file, text);
    const read = readSettingsFile(file, 'portal.yaml');
    if (!read.ok) throw new Error(read.issue.found);
    const data = read.source.data as Record<string, unknown>;
    const parsed = parseWithIssues(portalSchema, data['portal'], 'portal.yaml', (path) =>
      read.source.locate(['portal', ...path]),
    );
    expect(parsed.ok).toBe(false);
    const issue = parsed.ok ? undefined : parsed.issues.find((i) => i.found === `未知字段“${key}”`);
    expect(issue).toMatchObject({ file: 'portal.yaml', line });
  });
});

it('still says "did you mean" for a near miss beside a prototype key', () => {
  const issues = load((dir) => edit(dir, REPORT, '---\n', '---\nconstructor: x\ntitel: x\n'));
  expect(issues.find((i) => i.found === '未知字段“titel”')?.expected).toContain('是否想写 title');
});
