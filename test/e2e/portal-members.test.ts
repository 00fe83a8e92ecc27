// Issue 29: no member can harm the portal. One real member and several hostile ones (addresses on
// other hosts, a javascript: page, an endless all.json, one that trickles, one nested 10 000 deep)
// go into one portal build: the hostile ones are each named and skipped, the portal builds from
// the real one, and nothing a hostile member sent reaches the published files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { RequestListener, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteFiles } from '../../src/io/site-files.ts';
import { createStaticServer } from '../../src/io/static-server.ts';
import { MINIMAL } from '../helpers.ts';
import { cli, listen, portal } from './site.ts';

const work = mkdtempSync(join(tmpdir(), 'portal-members-'));
const servers: Server[] = [];
const listenOn = (handler: RequestListener) => listen(handler, servers);

/** A member whose all.json is the real member's with every report page set to `page`. */
function withPage(dataset: string, page: string, under = '/'): RequestListener {
  const json = JSON.parse(dataset) as { reports: { links: { page: string } }[] };
  for (const r of json.reports) r.links.page = page;
  const body = JSON.stringify(json);
  return (request, response) => {
    if (request.url === `${under}data/all.json`) response.end(body);
    else response.writeHead(404).end();
  };
}

let run: { code: number; stdout: string; stderr: string };
const out = join(work, 'portal');
let good = '';

beforeAll(async () => {
  const member = join(work, 'member');
  const built = cli('build', { CONTENT_DIR: MINIMAL, OUT_DIR: member });
  expect(built.code, built.stderr).toBe(0);
  good = await listenOn(createStaticServer(member).listeners('request')[0] as RequestListener);
  const dataset = readFileSync(join(member, 'data/all.json'), 'utf8');
  const hostile: [string, string][] = [
    ['反斜杠区', await listenOn(withPage(dataset, '/\\evil.example/phish/'))],
    ['制表符区', await listenOn(withPage(dataset, '/\t//evil2.example/'))],
    ['脚本区', await listenOn(withPage(dataset, '/javascript:alert(1)//'))],
    // A member under /jxzp/ whose pages climb out of it.
    ['越界区', `${await listenOn(withPage(dataset, '/../other/', '/jxzp/'))}jxzp/`],
    [
      '巨量区',
      // An all.json that never ends: 64 KiB chunks with no length announced.
      await listenOn((_request, response) => {
        const chunk = `[${' '.repeat(65_534)}`;
        const more = () => {
          while (response.write(chunk));
        };
        response.on('drain', more);
        response.on('close', () => response.removeAllListeners('drain'));
        more();
      }),
    ],
    [
      '缓慢区',
      // One byte a second: under the size limit, but never done within the time limit.
      await listenOn((_request, response) => {
        const timer = setInterval(() => response.write(' '), 1000);
        response.on('close', () => clearInterval(timer));
      }),
    ],
    [
      '深层区',
      await listenOn((_request, response) =>
        response.end(`{"reports":${'['.repeat(10_000)}${']'.repeat(10_000)}}`),
      ),
    ],
  ];
  const config = join(work, 'site.yaml');
  writeFileSync(
    config,
    [
      'portal:',
      '  title: 测试省绩效自评报告公开平台',
      '  sites:',
      `    - { name: 正常区, url: '${good}' }`,
      ...hostile.map(([name, url]) => `    - { name: ${name}, url: '${url}' }`),
      '',
    ].join('\n'),
  );
  run = await portal({ PORTAL_CONFIG: config, PORTAL_OUT_DIR: out, PORTAL_TIMEOUT_MS: '4000' });
});
afterAll(() => {
  for (const server of servers) server.closeAllConnections();
  for (const server of servers) server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('hostile portal members', () => {
  it('builds the portal from the good member', () => {
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain(`href="${good}test-ju/2021/"`);
  });

  it.each([
    ['反斜杠区', /links\.page.*含有反斜杠/],
    ['制表符区', /links\.page.*含有控制字符/],
    ['脚本区', /links\.page.*路径含有冒号/],
    ['越界区', /links\.page.*超出成员站点/],
    ['巨量区', /超过 20 MiB 的上限/],
    ['缓慢区', /超时未响应/],
    ['深层区', /数据嵌套超过 16 层/],
  ])('skips %s, naming it and why', (name, why) => {
    const block = run.stdout.split(/\n(?=\S)/).find((b) => b.includes(name)) ?? '';
    expect(block, run.stdout).toMatch(why);
    expect(block).toContain('本次构建跳过该站点');
  });

  it('publishes nothing a hostile member sent as an address', () => {
    for (const file of siteFiles(out)) {
      if (!/\.(html|json|js)$/.test(file) || file.startsWith('/pagefind/')) continue;
      const text = readFileSync(join(out, file), 'utf8');
      expect(text, file).not.toMatch(/evil2?\.example|javascript:|\/other\//);
    }
  });
});
