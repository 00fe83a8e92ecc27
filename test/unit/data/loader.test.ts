import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ContentError, contentLoader } from '../../../src/data/loader.ts';
import { copyTree } from '../../helpers.ts';

const REPORT = 'reports/test-ju/2021.mdx';

/** The parts of Astro's loader context the loader uses, kept in memory. */
function fakeContext(root: string) {
  const entries = new Map<string, Record<string, unknown>>();
  const meta = new Map<string, string>();
  const context = {
    collection: 'reports',
    store: {
      set: (entry: { id: string }) => {
        entries.set(entry.id, entry);
        return true;
      },
      clear: () => entries.clear(),
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
    },
    meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => meta.set(k, v) },
    logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn() },
    config: { root: pathToFileURL(`${root}/`) },
  } as unknown as LoaderContext;
  return { context, entries, meta };
}

const root = mkdtempSync(join(tmpdir(), 'loader-root-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('contentLoader', () => {
  it('stores validated reports with the validated body for MDX to render, and no body text', async () => {
    const dir = copyTree();
    const { context, entries } = fakeContext(root);
    await contentLoader('reports', dir).load(context);
    const entry = entries.get('test-ju/2021') as {
      filePath: string;
      body?: string;
      deferredRender: boolean;
    };
    expect(entry.deferredRender).toBe(true);
    expect(entry.filePath).toMatch(/^\.astro\/bodies\/[0-9a-f]{64}\.mdx$/);
    const body = readFileSync(join(root, entry.filePath), 'utf8');
    expect(body).toContain('全年办结案件120件。');
    expect(body).not.toContain('org: test-ju');
    // The store carries no body text: Astro bundles the whole store as one module.
    expect(entry.body).toBeUndefined();
    rmSync(dir, { recursive: true });
  });

  it('stores the outline of each narrative with the anchors the page gives its headings', async () => {
    const dir = copyTree();
    const { context, entries } = fakeContext(root);
    await contentLoader('outlines', dir).load(context);
    const entry = entries.get('test-ju/2021') as {
      data: { headings: { id: string; text: string; level: number }[] };
    };
    expect(entry.data.headings.length).toBeGreaterThan(0);
    expect(entry.data.headings[0]?.id).toMatch(/^s\d/);
    expect(entry.data.headings.every((h) => h.text !== '')).toBe(true);
    rmSync(dir, { recursive: true });
  });

  it('clears the store when the content differs, and removes bodies no longer used', async () => {
    const a = copyTree();
    const { context, entries, meta } = fakeContext(root);
    await contentLoader('reports', a).load(context);
    const first = meta.get('content-digest');
    const oldBody = (entries.get('test-ju/2021') as { filePath: string }).filePath;
    entries.set('stale/1999', { id: 'stale/1999' });
    const file = join(a, REPORT);
    writeFileSync(file, readFileSync(file, 'utf8').replace('重视不够。', '重视不足。'));
    await contentLoader('reports', a).load(context);
    expect(meta.get('content-digest')).not.toBe(first);
    expect([...entries.keys()]).toEqual(['test-ju/2021']);
    expect(existsSync(join(root, oldBody))).toBe(false);
    expect(readdirSync(join(root, '.astro/bodies'))).toHaveLength(1);
    rmSync(a, { recursive: true });
  });

  it('stops a build with the validation message, and records it for dev instead', async () => {
    const dir = copyTree();
    const file = join(dir, REPORT);
    writeFileSync(file, readFileSync(file, 'utf8').replace('grade: 优', 'grade: 良'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { context } = fakeContext(root);
    await expect(contentLoader('reports', dir).load(context)).rejects.toThrow(ContentError);
    expect(String(errors.mock.calls[0]?.[0])).toContain('字段：evaluation.grade');
    errors.mockRestore();

    const dev = fakeContext(root);
    const watcher = { add: vi.fn(), on: vi.fn() };
    Object.assign(dev.context, { watcher });
    await contentLoader('validation', dir).load(dev.context);
    const status = dev.entries.get('status') as { data: { errors: string } };
    expect(status.data.errors).toContain('字段：evaluation.grade');
    expect(watcher.add).toHaveBeenCalledWith(dir);
    rmSync(dir, { recursive: true });
  });

  it('validates again when only site.yaml changed (part of the content fingerprint)', async () => {
    const dir = copyTree();
    const { context } = fakeContext(root);
    await contentLoader('orgs', dir).load(context);
    // An ICP number that is not one: site.yaml is validated with the content.
    writeFileSync(join(dir, 'site.yaml'), 'name: 测试站\nicp: 不是备案号\n');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(contentLoader('orgs', dir).load(context)).rejects.toThrow(ContentError);
    expect(String(errors.mock.calls[0]?.[0])).toContain('site.yaml');
    errors.mockRestore();
    rmSync(dir, { recursive: true });
  });
});
