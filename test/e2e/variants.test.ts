// Reports as real departments publish them: one that states nothing but its identity, one that
// uses every optional block. Built from their own fixture (independent of the other sites), and
// checked in Chromium: every missing item says 报告未说明, no placeholder anywhere, axe clean.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { csvParse } from 'd3-dsv';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../src/io/static-server.ts';
import { audit, CLEAN, launch } from './browser.ts';
import { cli } from './site.ts';

const dir = resolve('test-results/sites-variants');
let url = '';
let server: Server;
let browser: Browser;

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const run = cli('build', { CONTENT_DIR: 'test/fixtures/variants', OUT_DIR: dir });
  if (run.code !== 0) throw new Error(`building the variants fixture failed:\n${run.stderr}`);
  server = createStaticServer(dir);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

const read = (path: string) => readFileSync(join(dir, path), 'utf8');

/** The page's whole text, closed <details> (data tables) included. */
async function text(path: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${url}${path}`);
  const body = (await page.locator('main').textContent()) ?? '';
  await page.close();
  // Table cells run together in textContent; without any whitespace the text compares plainly.
  return body.replace(/\s+/g, '');
}

const PAGES = ['/', '/bare-ju/', '/bare-ju/2022/', '/full-ju/', '/full-ju/2023/', '/data/'];
// What a page must never print where a figure is missing.
const PLACEHOLDERS = /undefined|NaN|null|。。|(?<![\d.])0项|\[object/;

describe.each(PAGES)('%s', (path) => {
  it('prints no placeholder, passes axe at 1280px and loads nothing from elsewhere', async () => {
    expect(await text(path)).not.toMatch(PLACEHOLDERS);
    const result = await audit(
      browser,
      `${url}${path}`,
      `variants${path.replaceAll('/', '-')}`,
      1280,
    );
    expect({ ...result, overflow: Math.max(0, result.overflow) }).toEqual(CLEAN);
  });
});

describe('a report that states only org, year and title', () => {
  it('says 报告未说明 for every block and draws no chart', async () => {
    const body = await text('/bare-ju/2022/');
    for (const phrase of [
      '年初支出预算报告未说明',
      '绩效目标完成情况报告未说明',
      '部门自评报告未说明',
      '报告未说明预算收支。',
      '报告未说明三公经费。',
      '报告未说明年度工作目标与绩效指标。',
      '自评得分和等级：报告未说明。',
      '报告未说明人员情况。',
      '通常应说明的12项内容，本报告都没有说明。',
    ])
      expect(body).toContain(phrase);
    expect(read('bare-ju/2022/index.html')).not.toContain('<svg');
  });

  it('publishes its JSON with the missing keys left out, and only the 公开要素 CSV', () => {
    const json = JSON.parse(read('data/bare-ju/2022.json'));
    // What the report does not state is left out: no empty problems or measures, no shares.
    expect(Object.keys(json.report).sort()).toEqual(['org', 'title', 'year']);
    expect(Object.keys(json.derived)).toEqual(['disclosure']);
    expect(json.derived.disclosure.filter((d: { stated: boolean }) => d.stated)).toEqual([]);
    expect(Object.keys(json.links.csv)).toEqual(['disclosure']);
    const schema = JSON.parse(read('data/schema.json'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('says on the department page that one year gives no trend', async () => {
    const body = await text('/bare-ju/');
    expect(body).toContain('一个年度不能形成趋势，因此这里不画趋势图');
    expect(body).toContain('报告未说明预算与上年相比的变化');
    expect(read('bare-ju/index.html')).not.toContain('<svg');
  });
});

describe('a report that uses every optional block', () => {
  it('shows the remainder of unnamed classes as computed, and the 基本/项目 split with stated shares', async () => {
    const body = await text('/full-ju/2023/');
    expect(body).toContain('其他（报告未列明）本站计算182.5013.0%');
    expect(body).toContain('基本支出902.2064.34%');
    expect(body).toContain('执行率（报告所述）97.60%执行率（本站计算）97.60%');
  });

  it('draws budget against actual, and 三公经费 budget against actual, with each figure', async () => {
    const html = read('full-ju/2023/index.html');
    expect(html).toContain('id="chart-execution-title"');
    expect(html).toContain('id="chart-three-public-title"');
    const body = await text('/full-ju/2023/');
    expect(body).toContain('报告所述执行率97.60%；本站按全年执行数÷全年预算数计算为97.60%');
    expect(body).toContain('其中：公务用车运行维护费20.0017.36-2.64');
    expect(body).toContain('三公经费较上年减少2.30万元（-2.30），严格执行公务接待标准。');
  });

  it('shows staffing categories as stated, without a 本站合计 for a single row', async () => {
    const body = await text('/full-ju/2023/');
    expect(body).toContain('协管员');
    expect(body).toContain('示例局系统3412061323912556191184下载数据');
    expect(body).not.toContain('本站合计');
  });

  it('shows growth targets, bare targets, target quotes and tasks as the report states them', async () => {
    const body = await text('/full-ju/2023/');
    expect(body).toContain('3项达成·1项未说明完成值·1项报告未判断');
    expect(body).toContain('增长≥6%原文：“服务业营业收入增长6%以上”');
    expect(body).toContain('12亿元原文：“全年完成固定资产投资12亿元”');
    expect(body).toContain('报告未判断是否达成');
    expect(body).toContain('开展营商环境专项评估报告未说明');
  });

  it('keeps a heading that skips a level in the table of contents, with a stable anchor', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/full-ju/2023/`);
    expect(await page.getAttribute('nav.toc a[href="#s4"]', 'href')).toBe('#s4');
    expect(await page.locator('nav.toc a[href="#s4-1"]').textContent()).toBe('1．三公经费');
    expect(await page.locator('h4#s4-1').textContent()).toBe('1．三公经费');
    await page.close();
  });

  it('links every 公开要素 to where it is shown', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/full-ju/2023/`);
    const links = await page
      .locator('.disclosure-list a')
      .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toHaveLength(12);
    for (const [, href] of links) {
      expect(await page.locator(String(href)).count(), String(href)).toBe(1);
    }
    await page.close();
  });

  it('publishes every block in CSV with empty cells where a figure is missing', () => {
    const names = Object.keys(JSON.parse(read('data/full-ju/2023.json')).links.csv);
    expect(names).toEqual([
      'income',
      'expenditure',
      'execution',
      'three-public',
      'staffing',
      'goals',
      'tasks',
      'indicators',
      'disclosure',
    ]);
    const tasks = csvParse(read('data/full-ju/2023/tasks.csv').slice(1));
    expect(tasks.map((r) => [r['工作任务'], r['完成情况']])).toEqual([
      ['完成基层服务站标准化改造', '6个基层服务站全部完成改造并投入使用。'],
      ['开展营商环境专项评估', ''],
    ]);
    const three = csvParse(read('data/full-ju/2023/three-public.csv').slice(1));
    expect(three.at(-1)).toEqual({
      项目: '三公经费合计',
      '预算数（万元）': '28.50',
      '决算数（万元）': '24.16',
      '决算较预算增减（万元）': '-4.34',
    });
  });
});
