import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

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
