import { describe, expect, it } from 'vitest';
import {
  isOurMarker,
  outputDecision,
  SITE_MARKER_CONTENT,
  within,
} from '../../../src/lib/output-folder.ts';

const keep = { content: '/p/site/content', project: '/p/app', home: '/home/u' };
const marker = JSON.stringify(SITE_MARKER_CONTENT);
const dir = (path: string, entries: string[] = [], extra = {}) => ({
  path,
  exists: true,
  entries,
  ...extra,
});

describe('outputDecision', () => {
  it('accepts a missing, an empty or a marked folder', () => {
    expect(outputDecision({ path: '/p/dist', exists: false }, keep).ok).toBe(true);
    expect(outputDecision(dir('/p/dist'), keep).ok).toBe(true);
    expect(
      outputDecision(dir('/p/dist', ['a', '.perf-report-site.json'], { marker }), keep).ok,
    ).toBe(true);
  });

  it('refuses a folder holding anything else, or a marker another tool wrote', () => {
    expect(outputDecision(dir('/p/dist', ['a']), keep)).toMatchObject({ ok: false });
    expect(
      outputDecision(dir('/p/dist', ['a'], { marker: '{"project":"x","format":1}' }), keep).ok,
    ).toBe(false);
    expect(outputDecision({ path: '/p/f', exists: true, notDirectory: true }, keep).ok).toBe(false);
  });

  it('refuses the protected folders and their parents even when marked', () => {
    for (const path of [
      '/',
      '/p',
      '/p/site',
      '/p/site/content',
      '/p/site/content/x',
      '/p/app',
      '/home/u',
      '/home',
    ])
      expect(outputDecision(dir(path, ['x'], { marker }), keep), path).toMatchObject({ ok: false });
  });

  it('reads paths by segment, not by text', () => {
    expect(within('/p/site-public', '/p/site')).toBe(false);
    expect(within('/p/site/x', '/p/site/')).toBe(true);
    expect(outputDecision({ path: '/p/app-dist', exists: false }, keep).ok).toBe(true);
  });

  it('knows its own marker', () => {
    expect(isOurMarker(marker)).toBe(true);
    expect(isOurMarker('not json')).toBe(false);
    expect(isOurMarker('null')).toBe(false);
  });
});
