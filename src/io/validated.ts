// The content a build validated, handed from the build process to Astro's loader, so the tree is
// read and validated once per build (it was twice: 2–3 s at 1000 reports) and Astro renders
// exactly what the validate stage admitted.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ReportView } from '../lib/view/index.ts';
import type { LoadedContent } from './load.ts';

/**
 * Path, size, inode and modification time of every entry of the content tree (and site.yaml):
 * cheap, and it changes with any edit, so content validated under one fingerprint is still the
 * content on disk while the fingerprint stays the same.
 */
export function contentFingerprint(dir: string): string {
  const hash = createHash('sha256').update(dir);
  const walk = (path: string) => {
    let stats: ReturnType<typeof lstatSync>;
    try {
      stats = lstatSync(path);
    } catch {
      return;
    }
    hash.update(`${path}\0${stats.mode}\0${stats.size}\0${stats.ino}\0${stats.mtimeMs}\0`);
    if (stats.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
  };
  walk(join(dir, 'site.yaml'));
  walk(join(dir, 'orgs'));
  walk(join(dir, 'reports'));
  return hash.digest('hex');
}

interface Snapshot {
  dir: string;
  fingerprint: string;
  content: LoadedContent;
}

/**
 * Writes what `validate` found to `file`. `fingerprint` must be taken before the tree was read:
 * a file changed while it was read then changes the fingerprint, and the snapshot is not used.
 */
export function writeValidated(
  file: string,
  dir: string,
  fingerprint: string,
  content: LoadedContent,
): void {
  // Written whole, then renamed: a loader waiting for the file (src/io/plan.ts) reads it once it exists.
  writeFileSync(`${file}.tmp`, serialize({ dir, fingerprint, content } satisfies Snapshot));
  renameSync(`${file}.tmp`, file);
}

/** The snapshot in `file`, as the validate stage wrote it. */
function readFile(file: string): Snapshot {
  return deserialize(readFileSync(file)) as Snapshot;
}

/** The content as the validate stage wrote it to `file`, whatever the tree holds now. */
export function readSnapshot(file: string): LoadedContent {
  return readFile(file).content;
}

/**
 * The validated content in `file` if it was validated from `dir` as it is on disk now; otherwise
 * undefined, and the caller validates again.
 */
export function readValidated(file: string, dir: string): LoadedContent | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = readFile(file);
  } catch {
    return undefined;
  }
  if (snapshot.dir !== dir || snapshot.fingerprint !== contentFingerprint(dir)) return undefined;
  // A snapshot from before the 公开要素 cues were read would judge every item 本站未能识别.
  if (snapshot.content.reports.some((r) => !r.cues)) return undefined;
  return snapshot.content;
}

/** What a views file holds: the view models of some reports, and the content they came from. */
interface ViewsFile {
  /** `LoadedContent.digest` of the content the views were worked out from. */
  digest: string;
  views: readonly ReportView[];
}

/**
 * Writes the view models of some validated reports to `file` (whole, then renamed, as the
 * snapshot), so that each view is worked out once per build, beside the validation, and every
 * later step (Astro's pages, the sidecar's data files and vocabulary) reads the same one.
 */
export function writeViews(file: string, digest: string, views: readonly ReportView[]): void {
  writeFileSync(`${file}.tmp`, serialize({ digest, views } satisfies ViewsFile));
  renameSync(`${file}.tmp`, file);
}

/**
 * The view models in `files`, if every one was worked out from the content whose digest is
 * `digest`; otherwise undefined, and the caller works them out itself (the content changed after
 * the build validated it, and the loader validated it again).
 */
export function readViews(files: readonly string[], digest: string): ReportView[] | undefined {
  const views: ReportView[] = [];
  for (const file of files) {
    let read: ViewsFile;
    try {
      read = deserialize(readFileSync(file)) as ViewsFile;
    } catch {
      return undefined;
    }
    if (read.digest !== digest) return undefined;
    views.push(...read.views);
  }
  return views;
}
