import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMdx } from '../src/lib/frontmatter.ts';

export const MINIMAL = 'test/fixtures/minimal';
export const MINIMAL_REPORT = `${MINIMAL}/reports/test-ju/2021.mdx`;

/** The minimal fixture's frontmatter and body, fresh for each call so tests can change them. */
export function fixtureSource(file = MINIMAL_REPORT): {
  data: Record<string, unknown>;
  body: string;
} {
  const parsed = parseMdx(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`fixture ${file} does not parse`);
  return { data: parsed.source.data as Record<string, unknown>, body: parsed.source.body };
}

/** A throwaway copy of a content tree. */
export function copyTree(from = MINIMAL): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}
