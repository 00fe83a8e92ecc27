// Builds the real content and the minimal fixture once for all browser tests, and serves them.
import { mkdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createStaticServer } from '../../src/io/static-server.ts';
import { cli } from './site.ts';

export const SITES = { real: 'test/fixtures/site', minimal: 'test/fixtures/minimal' } as const;
export type SiteName = keyof typeof SITES;

declare module 'vitest' {
  export interface ProvidedContext {
    sites: Record<SiteName, { url: string; dir: string }>;
  }
}

export default async function setup(project: TestProject) {
  const root = resolve('test-results/sites');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const servers: Server[] = [];
  const sites = {} as Record<SiteName, { url: string; dir: string }>;
  for (const [name, content] of Object.entries(SITES) as [SiteName, string][]) {
    const dir = join(root, name);
    const run = cli('build', { CONTENT_DIR: content, OUT_DIR: dir });
    if (run.code !== 0) throw new Error(`building ${content} failed:\n${run.stderr}`);
    const server = createStaticServer(dir);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    sites[name] = { url: `http://127.0.0.1:${port}`, dir };
    servers.push(server);
  }
  project.provide('sites', sites);
  return async () => {
    await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  };
}
