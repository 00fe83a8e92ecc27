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
   * Each report's data files and print stylesheet are written by the build's sidecar process
   * (src/pipeline/sidecar.ts), so this run leaves them out.
   */
  reportFilesAside: boolean;
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
  return plan;
}

function isPart(part: unknown): part is BuildPart {
  if (typeof part !== 'object' || part === null) return false;
  const { kind, orgs } = part as { kind?: unknown; orgs?: unknown };
  if (kind === 'all' || kind === 'global') return true;
  return kind === 'departments' && Array.isArray(orgs) && orgs.every((o) => typeof o === 'string');
}

/**
 * Resolves once the plan's snapshot can be read: at once without `awaitSnapshot`; otherwise when
 * the file exists, or when the orchestrator is gone (this process was re-parented), so that an
 * orphaned run validates the tree itself instead of waiting for ever.
 */
export async function snapshotReady(plan: BuildPlan, pollMs = 20): Promise<void> {
  const { snapshot, awaitSnapshot } = plan;
  if (!snapshot || !awaitSnapshot) return;
  while (!existsSync(snapshot) && process.ppid === awaitSnapshot.orchestrator) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
