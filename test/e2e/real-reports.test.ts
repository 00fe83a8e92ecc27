// The real reports build with the rest of the model: every figure their sources publish is on its
// report page as printed, and where a source says nothing the page says 报告未说明.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../src/io/static-server.ts';
import { PUBLISHED, REAL } from '../fixtures/real/published.ts';
import { audit, CLEAN, launch } from './browser.ts';
import { cli, type Run } from './site.ts';

const out = mkdtempSync(join(tmpdir(), 'real-reports-'));
let build: Run;
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  build = cli('build', { CONTENT_DIR: REAL, OUT_DIR: out });
  if (build.code !== 0) return;
  server = createStaticServer(out);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  rmSync(out, { recursive: true, force: true });
});

/**
 * Every data file of the built site. Left aside: the search indexes (Pagefind's and the pinyin
 * vocabulary shards, where an empty shard is a format, not a statement), the JSON Schema (its
 * `default: []` describes input) and the deployment kit's settings (server configuration, not data).
 */
function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .filter((f) => !/^(pagefind|search|deploy)\//.test(f) && f !== 'data/schema.json')
    .map((f) => join(dir, f));
}

/** A built page's visible text: tags, scripts and styles gone, entities and digit groups undone. */
function pageText(path: string): string {
  return readFileSync(join(out, path, 'index.html'), 'utf8')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/(?<=\d),(?=\d{3})/g, '')
    .replace(/\s+/g, ' ');
}

describe('the real reports, built', () => {
  it('build without errors', () => {
    expect(build.stderr).not.toContain('✗');
    expect(build.code).toBe(0);
  });

  describe.each(Object.entries(PUBLISHED))('%s', (key, { url: source, figures, notStated }) => {
    it('shows every published figure as printed and links the source', () => {
      const text = pageText(key);
      const missing = Object.entries(figures)
        .map(([, value]) => String(value))
        .filter((value) => !text.includes(value));
      expect(missing).toEqual([]);
      expect(readFileSync(join(out, key, 'index.html'), 'utf8')).toContain(
        `href="${source.replaceAll('&', '&amp;')}"`,
      );
    });

    it('says 报告未说明 for the budget and the self-evaluation the source does not state', () => {
      const text = pageText(key);
      // Each item the source leaves out is named with 报告未说明 beside it, not left blank or 0.
      for (const label of notStated ?? [
        '自评得分',
        '自评结论',
        '预算收支',
        '三公经费',
        '存在的问题',
        '改进措施',
      ]) {
        const beside = new RegExp(`${label}[^。]{0,12}报告未说明|报告未说明${label}`);
        expect(text, label).toMatch(beside);
      }
      expect(text).not.toMatch(/(?<![\d.])0(?:\.00)? ?万元/);
      expect(text).not.toContain('undefined');
      expect(text).not.toContain('NaN');
    });
  });

  it('publishes no empty list and no summary of zeros standing for what a report does not state', () => {
    const found: string[] = [];
    const walk = (value: unknown, at: string) => {
      if (Array.isArray(value)) {
        if (value.length === 0) found.push(`${at}: []`);
        for (const [i, v] of value.entries()) walk(v, `${at}[${i}]`);
      } else if (value && typeof value === 'object') {
        const entries = Object.entries(value);
        const numbers = entries.filter(([, v]) => typeof v === 'number');
        if (
          numbers.length > 1 &&
          numbers.length === entries.length &&
          numbers.every(([, v]) => v === 0)
        )
          found.push(`${at}: all zero`);
        for (const [k, v] of entries) walk(v, `${at}.${k}`);
      }
    };
    const files = jsonFiles(out);
    expect(files.length).toBeGreaterThan(Object.keys(PUBLISHED).length);
    for (const file of files) walk(JSON.parse(readFileSync(file, 'utf8')), file.slice(out.length));
    expect(found).toEqual([]);
  });

  it('has an accessible report page with nothing from elsewhere', async () => {
    const result = await audit(browser, `${url}/heshan-cgzfj/2019/`, 'real-heshan-2019', 1280);
    expect({ ...result, overflow: Math.max(0, result.overflow) }).toEqual(CLEAN);
  });
});
