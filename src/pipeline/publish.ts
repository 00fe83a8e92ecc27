import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type FolderState,
  outputDecision,
  refusalMessage,
  SITE_MARKER,
  SITE_MARKER_CONTENT,
} from '../lib/output-folder.ts';
import { StageError } from './stage.ts';

/** The project folder: never a place to publish into. */
const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** What a publishing tool says about the folder it publishes into. */
export interface OutputGuard {
  /** The setting that named the folder, for the message (`OUT_DIR`, `PORTAL_OUT_DIR`). */
  variable: string;
  /** The content tree the site is built from: never replaced, nor any folder holding it. */
  content: string;
}

/** `path` with every symbolic link followed, also when its last parts do not exist yet. */
function real(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(real(parent), basename(absolute));
  }
}

function stateOf(path: string): FolderState {
  const folder = real(path);
  if (!existsSync(folder)) return { path: folder, exists: false };
  if (!statSync(folder).isDirectory()) return { path: folder, exists: true, notDirectory: true };
  const entries = readdirSync(folder);
  let marker: string | undefined;
  try {
    if (entries.includes(SITE_MARKER)) marker = readFileSync(join(folder, SITE_MARKER), 'utf8');
  } catch {
    marker = '';
  }
  return { path: folder, exists: true, entries, ...(marker === undefined ? {} : { marker }) };
}

/**
 * Refuses, with a StageError naming the folder and the reason, to publish into `out` unless it
 * does not exist, is empty or holds this project's marker, and never into the content tree, the
 * project, the home folder or any folder holding one of them (src/lib/output-folder.ts). The
 * folders publishing clears beside `out` (`.previous`, `.incoming`, and any `extra` a tool names)
 * are held to the same rule. Every tool that publishes calls it before any work starts, and
 * `publish` calls it again right before it replaces anything.
 */
export function checkOutputFolder(
  out: string,
  guard: OutputGuard,
  extra: readonly string[] = [],
): void {
  const keep = {
    content: real(guard.content),
    project: real(PROJECT),
    home: real(process.env['HOME'] || homedir()),
  };
  for (const folder of [out, `${out}.previous`, `${out}.incoming`, ...extra]) {
    let decision: ReturnType<typeof outputDecision>;
    try {
      decision = outputDecision(stateOf(folder), keep);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      decision = { ok: false, why: `无法读取该文件夹（${detail}）` };
    }
    if (!decision.ok)
      throw new StageError('config', refusalMessage(guard.variable, resolve(folder), decision.why));
  }
}

/** Marks a built site as this project's, so that the next build may replace it. */
export function writeSiteMarker(site: string): void {
  writeFileSync(join(site, SITE_MARKER), `${JSON.stringify(SITE_MARKER_CONTENT)}\n`);
}

/**
 * Replaces `out` with `staging`. Two renames keep the moment without a published site as short as
 * the file system allows; if the second fails, the previous site is put back, so `out` is always
 * either the old site or the new one. When `staging` and `out` are on different file systems a
 * rename is impossible (EXDEV): the new site is then copied next to `out` first, so only the
 * final, same-file-system renames touch the published folder. `out` is checked again first
 * (`checkOutputFolder`): the folder may have changed while the site was built.
 */
export function publish(staging: string, out: string, guard: OutputGuard): void {
  checkOutputFolder(out, guard);
  const previous = `${out}.previous`;
  const incoming = `${out}.incoming`;
  rmSync(previous, { recursive: true, force: true });
  rmSync(incoming, { recursive: true, force: true });
  let ready = staging;
  try {
    mkdirSync(dirname(out), { recursive: true });
    renameSync(staging, incoming);
    ready = incoming;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw wrap(error, out);
    cpSync(staging, incoming, { recursive: true, verbatimSymlinks: true });
    rmSync(staging, { recursive: true, force: true });
    ready = incoming;
  }
  const hadSite = existsSync(out);
  if (hadSite) {
    try {
      renameSync(out, previous);
    } catch (error) {
      rmSync(ready, { recursive: true, force: true });
      throw wrap(error, out);
    }
  }
  try {
    renameSync(ready, out);
  } catch (error) {
    // Put the previous site back before reporting: a failed publish must not leave nothing.
    if (hadSite) renameSync(previous, out);
    rmSync(ready, { recursive: true, force: true });
    throw wrap(error, out);
  }
  rmSync(previous, { recursive: true, force: true });
}

function wrap(error: unknown, out: string): StageError {
  const detail = error instanceof Error ? error.message : String(error);
  return new StageError('publish', `无法替换 ${out}（${detail}）`, { cause: error });
}
