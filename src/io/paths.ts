import { resolve } from 'node:path';

/** The content tree to build: `CONTENT_DIR`, default `./content`. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['CONTENT_DIR'] || 'content');
}

/** Where the published site goes: `OUT_DIR`, default `./dist`. */
export function outDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['OUT_DIR'] || 'dist');
}
