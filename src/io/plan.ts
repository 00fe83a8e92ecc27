// The build plan: what one Astro run of `npm run build` renders and from what. The orchestrator
// (src/pipeline/run.ts) writes one plan per run and names it in one environment variable; the
// Astro side reads it in one place (src/data/plan.ts). `npm run dev` and `astro build` run
// directly have no plan and get `DEFAULT_PLAN`: validate the tree, render everything.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BuildPart } from './parts.ts';

/** The environment variable holding the plan file's path. */
export const PLAN_ENV = 'BUILD_PLAN';

export interface BuildPlan {
  /** Which pages this run renders (src/io/parts.ts). */
  part: BuildPart;
  /**
   * The validated content (src/io/validated.ts) this run renders, used while the tree's
   * fingerprint is the one it was validated under; absent: the loader validates the tree itself.
   */
  snapshot?: string;
  /**
   * Astro was started while validation still runs: its loader waits until `snapshot` exists
   * (written whole, by rename) or the orchestrator `orchestrator` (a pid) is gone. A failed
   * validation stops Astro instead.
   */
  awaitSnapshot?: { orchestrator: number };
  /**
   * The files (src/io/validated.ts `writeViews`) holding the view model of every report this run
   * shows, worked out by the validate stage after it wrote the snapshot: the pages read them
   * instead of working the views out again. With `awaitSnapshot`, the pages wait for them as the
   * loader waits for the snapshot. Absent: the pages work out the views themselves.
   */
  views?: string[];
  /**
   * Each report's data files and print stylesheet are written by the build's sidecar process
   * (src/pipeline/sidecar.ts), so this run leaves them out.
   */
  reportFilesAside: boolean;
  /**
   * The province portal's run (`npm run portal`, portal.config.mjs): the file holding what was
   * collected from the member sites (src/lib/portal.ts `PortalData`), which its pages render.
   */
  portal?: string;
}

export const DEFAULT_PLAN: BuildPlan = { part: { kind: 'all' }, reportFilesAside: false };

export function writePlan(file: string, plan: BuildPlan): void {
  writeFileSync(file, JSON.stringify(plan));
}

/** The plan named in the environment, or the default one when none is. */
export function readPlan(env: NodeJS.ProcessEnv = process.env): BuildPlan {
  const file = env[PLAN_ENV];
  if (!file) return DEFAULT_PLAN;
  const plan = JSON.parse(readFileSync(file, 'utf8')) as BuildPlan;
  if (!isPart(plan.part)) throw new Error(`构建计划 ${file} 中的 part 无法识别`);
  if (plan.portal !== undefined && typeof plan.portal !== 'string')
    throw new Error(`构建计划 ${file} 中的 portal 无法识别`);
  if (plan.views !== undefined && !isStrings(plan.views))
    throw new Error(`构建计划 ${file} 中的 views 无法识别`);
  return plan;
}

function isPart(part: unknown): part is BuildPart {
  if (typeof part !== 'object' || part === null) return false;
  const { kind, orgs } = part as { kind?: unknown; orgs?: unknown };
  if (kind === 'all' || kind === 'global') return true;
  return kind === 'departments' && isStrings(orgs);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((o) => typeof o === 'string');
}

/**
 * Resolves once the plan's snapshot can be read: at once without `awaitSnapshot`; otherwise when
 * the file exists, or when the orchestrator is gone (this process was re-parented), so that an
 * orphaned run validates the tree itself instead of waiting for ever.
 */
export async function snapshotReady(plan: BuildPlan, pollMs = 20): Promise<void> {
  if (plan.snapshot) await filesReady(plan, [plan.snapshot], pollMs);
}

/** Resolves once the plan's views files can be read, on the same terms as `snapshotReady`. */
export async function viewsReady(plan: BuildPlan, pollMs = 20): Promise<void> {
  if (plan.views) await filesReady(plan, plan.views, pollMs);
}

async function filesReady(plan: BuildPlan, files: readonly string[], pollMs: number) {
  const { awaitSnapshot } = plan;
  if (!awaitSnapshot) return;
  while (!files.every((file) => existsSync(file)) && process.ppid === awaitSnapshot.orchestrator) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
