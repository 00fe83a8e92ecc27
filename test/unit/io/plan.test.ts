import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_PLAN,
  PLAN_ENV,
  readPlan,
  snapshotReady,
  viewsReady,
  writePlan,
} from '../../../src/io/plan.ts';

const work = mkdtempSync(join(tmpdir(), 'plan-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('build plan', () => {
  it('is the default plan without BUILD_PLAN: validate the tree, render everything', () => {
    expect(readPlan({})).toEqual(DEFAULT_PLAN);
  });

  it('reads back what the orchestrator wrote', () => {
    const file = join(work, 'a.json');
    const plan = {
      part: { kind: 'departments' as const, orgs: ['a', 'b'] },
      snapshot: '/x/validated.bin',
      views: ['/x/validated.bin.views-1'],
      reportFilesAside: true,
      portal: '/x/portal.json',
    };
    writePlan(file, plan);
    expect(readPlan({ [PLAN_ENV]: file })).toEqual(plan);
  });

  it('refuses a plan whose part it does not know', () => {
    const file = join(work, 'b.json');
    writeFileSync(file, JSON.stringify({ part: { kind: 'other' }, reportFilesAside: false }));
    expect(() => readPlan({ [PLAN_ENV]: file })).toThrow(/part 无法识别/);
  });

  it('refuses views or portal data it cannot read as file names', () => {
    const file = join(work, 'c.json');
    writeFileSync(file, JSON.stringify({ ...DEFAULT_PLAN, views: 'one.bin' }));
    expect(() => readPlan({ [PLAN_ENV]: file })).toThrow(/views 无法识别/);
    writeFileSync(file, JSON.stringify({ ...DEFAULT_PLAN, portal: 3 }));
    expect(() => readPlan({ [PLAN_ENV]: file })).toThrow(/portal 无法识别/);
  });

  it('waits for every views file when told to, as for the snapshot', async () => {
    const views = [join(work, 'v1'), join(work, 'v2')];
    await viewsReady({ ...DEFAULT_PLAN, views });
    let ready = false;
    const waiting = viewsReady(
      { ...DEFAULT_PLAN, views, awaitSnapshot: { orchestrator: process.ppid } },
      5,
    ).then(() => {
      ready = true;
    });
    writeFileSync(views[0] as string, 'x');
    await new Promise((r) => setTimeout(r, 40));
    expect(ready).toBe(false);
    writeFileSync(views[1] as string, 'x');
    await waiting;
    expect(ready).toBe(true);
  });

  it('waits for the snapshot only when told to, and until it exists', async () => {
    const snapshot = join(work, 'snap.bin');
    await snapshotReady({ ...DEFAULT_PLAN, snapshot });
    let ready = false;
    const waiting = snapshotReady(
      { ...DEFAULT_PLAN, snapshot, awaitSnapshot: { orchestrator: process.ppid } },
      5,
    ).then(() => {
      ready = true;
    });
    await new Promise((r) => setTimeout(r, 40));
    expect(ready).toBe(false);
    writeFileSync(snapshot, 'x');
    await waiting;
    expect(ready).toBe(true);
  });

  it('stops waiting when the orchestrator is gone', async () => {
    await snapshotReady(
      {
        ...DEFAULT_PLAN,
        snapshot: join(work, 'never.bin'),
        awaitSnapshot: { orchestrator: process.ppid + 1 },
      },
      5,
    );
  });
});
