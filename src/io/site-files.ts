// The files of a built site (or of one Astro run's part of it), by the site paths they are
// served at: what the post-build check reads, and what the build moves between folders.
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Every file under `dir`, as a sorted site path (`/wanzhou-kjj/2020/index.html`). */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${relative(dir, join(e.parentPath, e.name)).split(sep).join('/')}`)
    .sort();
}

/** Moves each file under `from` whose site path `keep` accepts to the same path under `to`. */
export function moveFiles(
  from: string,
  to: string,
  keep: (path: string) => boolean = () => true,
): void {
  for (const path of siteFiles(from)) {
    if (!keep(path)) continue;
    const target = join(to, path);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(from, path), target);
  }
}
