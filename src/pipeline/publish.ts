import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { StageError } from './stage.ts';

/**
 * Replaces `out` with `staging`. Two renames keep the moment without a published site as short as
 * the file system allows; if the second fails, the previous site is put back, so `out` is always
 * either the old site or the new one. When `staging` and `out` are on different file systems a
 * rename is impossible (EXDEV): the new site is then copied next to `out` first, so only the
 * final, same-file-system renames touch the published folder.
 */
export function publish(staging: string, out: string): void {
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
