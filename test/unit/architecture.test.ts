// The layout is the architecture: each folder of src/ may import only folders below it, src/lib
// stays runnable in a browser (the 编辑台 bundles it), and nothing imports an entry point.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** Lower imports nothing above it; folders of one rank may not import one another. */
const RANK: Record<string, number> = {
  schemas: 0,
  lib: 1,
  charts: 2,
  search: 2,
  io: 2,
  authoring: 3,
  data: 3,
  components: 4,
  layouts: 4,
  scripts: 4,
  pages: 5,
  portal: 5,
  '(root)': 5,
  pipeline: 6,
  studio: 7,
  bench: 7,
  cli: 8,
};
/** Folders that hold no code (stylesheets) may be imported from anywhere. */
const ANYWHERE = new Set(['styles']);

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|mts|astro)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The module's import specifiers: a `.astro` file's come from its frontmatter script. */
function importsOf(file: string): string[] {
  let text = readFileSync(file, 'utf8');
  if (file.endsWith('.astro')) text = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((i) => i.fileName);
}

function folderOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  return parts.length > 1 ? (parts[0] ?? '(root)') : '(root)';
}

const files = sources(SRC);
const edges = files.flatMap((file) =>
  importsOf(file).map((spec) => ({
    from: relative(ROOT, file),
    spec,
    folder: folderOf(file),
    target: spec.startsWith('.') ? resolve(dirname(file), spec) : undefined,
  })),
);

describe('architecture', () => {
  it('knows every folder of src/', () => {
    const folders = new Set(files.map(folderOf));
    expect([...folders].filter((f) => !(f in RANK) && !ANYWHERE.has(f))).toEqual([]);
  });

  it('imports run downwards only', () => {
    const upward = edges.flatMap(({ from, spec, folder, target }) => {
      if (target === undefined || !target.startsWith(SRC)) return [];
      const to = folderOf(target);
      if (to === folder || ANYWHERE.has(to)) return [];
      const ok = (RANK[to] ?? Number.POSITIVE_INFINITY) < (RANK[folder] ?? -1);
      return ok ? [] : [`${from} → ${spec}`];
    });
    expect(upward).toEqual([]);
  });

  it('keeps src/lib and src/schemas pure: no node:, astro: or process.env', () => {
    const pure = files.filter((f) => ['lib', 'schemas'].includes(folderOf(f)));
    const impure = pure.flatMap((file) => {
      const found = importsOf(file).filter(
        (spec) => /^(node:|astro:)/.test(spec) && spec !== 'astro:content',
      );
      const text = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      if (/\bprocess\.env\b/.test(text)) found.push('process.env');
      return found.map((what) => `${relative(ROOT, file)}: ${what}`);
    });
    expect(impure).toEqual([]);
  });

  it('never imports an entry point of src/cli, from src/ or from the tests', () => {
    const tests = sources(join(ROOT, 'test'));
    const all = [...files, ...tests].flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .filter((spec) => resolve(dirname(file), spec).startsWith(join(SRC, 'cli')))
        .filter(() => folderOf(file) !== 'cli' || !file.startsWith(SRC))
        .map((spec) => `${relative(ROOT, file)} → ${spec}`),
    );
    expect(all).toEqual([]);
  });

  it('keeps the tests off the shipped content/, which a district replaces with its own', () => {
    const reads =
      /(?:readFileSync|readdirSync|loadContent|loadSite|cpSync|copy|parseMdx)\(\s*['"`]content\b|CONTENT_DIR:\s*['"`]content\b/;
    const offenders = sources(join(ROOT, 'test')).filter((file) =>
      reads.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
