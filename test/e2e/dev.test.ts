// `npm run dev`: a live preview for authors, with the build's own validation shown in the page.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/io/load.ts';
import { contentReportFiles } from '../../src/io/report-files.ts';
import { copyTree } from '../helpers.ts';

const port = 4600 + (process.pid % 300);
const page = `http://localhost:${port}/test-ju/2021/`;
let content = '';
let dev: ChildProcess | undefined;
let output = '';

/** Polls the page until `ready` accepts it. */
async function until(ready: (status: number, html: string) => boolean, seconds = 60) {
  const end = Date.now() + seconds * 1000;
  let last = '';
  while (Date.now() < end) {
    try {
      const response = await fetch(page);
      last = await response.text();
      if (ready(response.status, last)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`page never became ready; last response:\n${last.slice(0, 500)}\n${output}`);
}

const report = () => join(content, 'reports/test-ju/2021.mdx');
const editReport = (from: string, to: string) =>
  writeFileSync(report(), readFileSync(report(), 'utf8').replace(from, to));

beforeAll(() => {
  content = copyTree();
  dev = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--force'],
    {
      // Not Vitest's environment (NODE_ENV=test, MODE, BASE_URL …), under which the dev server
      // serves no pages: what an author's shell has.
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '',
        CONTENT_DIR: content,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  dev.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  dev.stderr?.on('data', (chunk) => {
    output += chunk;
  });
});
afterAll(() => {
  dev?.kill();
  rmSync(content, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('previews a report', async () => {
    const html = await until((status) => status === 200);
    expect(html).toContain('全年办结案件120件。');
  });

  it('serves each report file exactly as a build writes it, without an endpoint', async () => {
    await until((status) => status === 200);
    const files = [...contentReportFiles(loadContent(content))];
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['/data/test-ju/2021.json', '/test-ju/2021/print.css']),
    );
    expect(files.some((f) => f.path.endsWith('.csv'))).toBe(true);
    for (const file of files) {
      const response = await fetch(`http://localhost:${port}${file.path}`);
      expect(response.status, file.path).toBe(200);
      // Bytes, not text(): decoding would drop the CSV's byte-order mark.
      expect(
        Buffer.from(await response.arrayBuffer()).equals(Buffer.from(file.text)),
        file.path,
      ).toBe(true);
    }
    expect((await fetch(`http://localhost:${port}/data/test-ju/1999.json`)).status).toBe(404);
  });

  it('shows an edit when the file is saved', async () => {
    editReport('部分科室重视不够。', '部分科室重视不够，已整改。');
    await until((status, html) => status === 200 && html.includes('部分科室重视不够，已整改。'));
  });

  it('shows the validation errors, in the build’s words, while the content has one', async () => {
    editReport('grade: 优', 'grade: 良');
    const html = await until((status) => status === 500);
    expect(html).toContain('内容校验未通过');
    expect(html).toContain('字段：evaluation.grade（绩效自评 › 自评结论）');
    expect(html).toContain('应为：与自评分值 92.5 分相符的等级“优”');
  });

  it('returns to the preview once the error is fixed', async () => {
    editReport('grade: 良', 'grade: 优');
    await until((status, html) => status === 200 && html.includes('部分科室重视不够，已整改。'));
  });

  it('shows a file saved in two steps (emptied, then written) as written, not as empty', async () => {
    const text = readFileSync(report(), 'utf8');
    writeFileSync(report(), '');
    await new Promise((done) => setTimeout(done, 30));
    writeFileSync(report(), text.replace('已整改。', '已全部整改。'));
    await until(
      (status, html) => status === 200 && html.includes('部分科室重视不够，已全部整改。'),
    );
    editReport('已全部整改。', '已整改。');
    await until((status, html) => status === 200 && html.includes('部分科室重视不够，已整改。'));
  });

  it('shows a key named like a JavaScript built-in as an unknown field, and keeps running', async () => {
    for (const key of ['constructor', '__proto__', 'toString']) {
      editReport('---\n', `---\n${key}: x\n`);
      const html = await until(
        (status, text) => status === 500 && text.includes(`未知字段“${key}”`),
      );
      expect(html).toContain('reports/test-ju/2021.mdx');
      expect(html).not.toContain('TypeError');
      editReport(`---\n${key}: x\n`, '---\n');
      await until((status) => status === 200);
      expect(dev?.exitCode).toBeNull();
    }
  });

  it('never runs code from a body saved during the preview', async () => {
    editReport('部分科室重视不够，已整改。', '部分科室 {process.exit(3)} 重视不够。');
    const html = await until((status) => status === 500);
    expect(html).toContain('花括号只用于注释');
    expect(dev?.exitCode).toBeNull();
  });
});
