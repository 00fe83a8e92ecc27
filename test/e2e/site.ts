import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { createStaticServer } from '../../src/io/static-server.ts';
import { MINIMAL } from '../helpers.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's CLI commands the way `npm run` does, with its own environment. */
export function cli(
  script: 'build' | 'validate' | 'new' | 'import',
  env: Record<string, string>,
  args: readonly string[] = [],
): Run {
  const result = spawnSync(process.execPath, [`src/cli/${script}.ts`, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** One hash over every file's path and bytes: equal hashes mean byte-identical trees. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      // A link counts by where it points; it is not followed out of the tree.
      else if (entry.isSymbolicLink())
        hash.update(relative(dir, path)).update('\0->').update(readlinkSync(path)).update('\0');
      else hash.update(relative(dir, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** Runs `npm run portal` without blocking this process, which serves the members meanwhile. */
export function portal(env: Record<string, string>): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['src/cli/portal.ts'],
      { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 2 ** 26 },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Serves `handler` on a free local port until `servers` are closed; gives its address. */
export async function listen(handler: RequestListener, servers: Server[]): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** A member site as any static server serves it, plus the CORS header a portal member sends. */
export function serveMember(dir: string, servers: Server[]): Promise<string> {
  const site = createStaticServer(dir).listeners('request')[0] as RequestListener;
  return listen((request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    site(request, response);
  }, servers);
}

/**
 * A static server for a site built for `base` ("/jxzp/"), serving `dir` under it and 404 outside
 * it, started before the build because SITE_URL names its port. Gives the origin.
 */
export async function serveUnderBase(
  dir: string,
  base: string,
): Promise<{ server: Server; origin: string }> {
  const files = createStaticServer(dir);
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.writeHead(404).end('outside the base');
      return;
    }
    request.url = url.slice(base.length - 1);
    files.emit('request', request, response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A portal member's content in `work`: the minimal fixture under another department and district. */
export function memberContent(work: string, id: string, district: string): string {
  const dir = join(work, `content-${id}`);
  cpSync(MINIMAL, dir, { recursive: true });
  const mdx = readFileSync(join(dir, 'reports/test-ju/2021.mdx'), 'utf8')
    .replace('org: test-ju', `org: ${id}`)
    .replaceAll('测试局', `${district}测试局`);
  rmSync(join(dir, 'reports/test-ju'), { recursive: true });
  rmSync(join(dir, 'orgs/test-ju.yaml'));
  cpSync(`${MINIMAL}/reports/test-ju`, join(dir, 'reports', id), { recursive: true });
  writeFileSync(join(dir, 'reports', id, '2021.mdx'), mdx);
  writeFileSync(
    join(dir, 'orgs', `${id}.yaml`),
    `name: 测试市${district}测试局\nshortName: ${district}测试局\nregion: 测试市${district}\n`,
  );
  return dir;
}
