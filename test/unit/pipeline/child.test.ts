// The build's child processes, with real processes: a failed step must stop the steps running
// beside it and wait for them, or a child outlives its folder (Pagefind then hung for good).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forkReply, runNode, together } from '../../../src/pipeline/child.ts';

const work = mkdtempSync(join(tmpdir(), 'child-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A child that writes its pid to `file`, then waits a minute (far longer than any test). */
const sleeper = (file: string) => [
  '-e',
  `require('node:fs').writeFileSync(${JSON.stringify(file)}, String(process.pid)); setTimeout(() => {}, 60_000);`,
];

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function pidIn(file: string): Promise<number> {
  for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 25));
  return Number(readFileSync(file, 'utf8'));
}

const failure = (code: number | null, signal: NodeJS.Signals | null) =>
  new Error(`exit ${code} ${signal}`);

describe('together', () => {
  it('stops a running child when another step fails, waits for it to end, and throws the first failure', async () => {
    const stop = new AbortController();
    const file = join(work, 'sleeper.pid');
    const child = runNode(sleeper(file), { signal: stop.signal }, failure);
    const pid = await pidIn(file);
    expect(alive(pid)).toBe(true);
    const started = performance.now();
    const error = await together(stop, [child, Promise.reject(new Error('checks failed'))]).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe('checks failed');
    // Settled only once the child had exited, not merely been told to.
    expect(alive(pid)).toBe(false);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('gives every result when all steps succeed', async () => {
    const stop = new AbortController();
    const result = await together(stop, [
      runNode(['-e', 'process.exit(0)'], {}, failure),
      Promise.resolve(42),
    ]);
    expect(result).toEqual([undefined, 42]);
    expect(stop.signal.aborted).toBe(false);
  });
});

describe('runNode', () => {
  it('rejects with the failure of a non-zero exit, with what it printed when captured', async () => {
    const error = await runNode(
      ['-e', 'console.error("kaput"); process.exit(3)'],
      { capture: true },
      (code, _signal, output) => new Error(`${code}: ${output}`),
    ).catch((e: unknown) => e);
    expect((error as Error).message).toBe('3: kaput');
  });

  it('rejects with the reason of a stop that came before the start, and leaves nothing running', async () => {
    const stop = new AbortController();
    stop.abort(new Error('already stopped'));
    const file = join(work, 'never.pid');
    const error = await runNode(sleeper(file), { signal: stop.signal }, failure).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe('already stopped');
    if (existsSync(file)) expect(alive(Number(readFileSync(file, 'utf8')))).toBe(false);
  });
});

describe('forkReply', () => {
  const module = join(work, 'reply.mjs');
  writeFileSync(
    module,
    "if (process.argv[2] === 'answer') process.send({ sum: 1 + 2 }); else setTimeout(() => {}, 60_000);",
  );

  it('gives the reply once the child has exited', async () => {
    expect(await forkReply(new URL(`file://${module}`), ['answer'], '测试程序')).toEqual({
      sum: 3,
    });
  });

  it('names the child when it exits without a reply, and stops it through the signal', async () => {
    const stop = new AbortController();
    const waiting = forkReply(new URL(`file://${module}`), ['wait'], '测试程序', stop.signal);
    setTimeout(() => stop.abort(new Error('stopped')), 200);
    await expect(waiting).rejects.toThrow('stopped');
    const silent = new URL(`file://${join(work, 'silent.mjs')}`);
    writeFileSync(silent, 'process.exitCode = 2;');
    await expect(forkReply(silent, [], '测试程序')).rejects.toThrow('测试程序意外退出（退出码 2）');
  });

  it('fails when the child replies and then fails (as the sidecar writing files after its reply)', async () => {
    const late = new URL(`file://${join(work, 'late.mjs')}`);
    writeFileSync(late, 'process.send({ done: false }); process.exitCode = 1;');
    await expect(forkReply(late, [], '测试程序')).rejects.toThrow('测试程序意外退出（退出码 1）');
  });
});

describe('childMain', () => {
  it('prints what failed in one line, without a stack trace, and exits with 1', () => {
    const module = join(work, 'throws.mjs');
    const child = new URL('../../../src/pipeline/child.ts', import.meta.url).href;
    writeFileSync(
      module,
      `import { childMain } from ${JSON.stringify(child)};\nawait childMain('测试程序', () => { throw new Error('磁盘已满'); });\n`,
    );
    const run = spawnSync(process.execPath, [module], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('测试程序出错：磁盘已满');
  });
});
