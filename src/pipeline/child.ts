// The build's child processes: Astro and Pagefind run as commands; validation and the vocabulary
// are modules forked to send one reply. Each is a process of its own so that its memory is
// returned to the system when it exits. Every one can be stopped through an AbortSignal, and its
// promise settles only once the process has exited: a failed build removes its staging folder,
// and no child may still be reading or writing it then (Pagefind, its folder removed under it,
// hung for good and kept the build from exiting).
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Keep what it prints for the failure message instead of printing it through. */
  capture?: boolean;
  /** Stops (kills) the process. */
  signal?: AbortSignal;
}

/**
 * Runs `command <args>` to its end. A non-zero exit or a signal rejects with `failure(code,
 * signal, output)`, `output` being what it printed when `capture` is set; a stop through
 * `signal` rejects with the signal's reason.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunOptions,
  failure: (code: number | null, signal: NodeJS.Signals | null, output: string) => Error,
): Promise<void> {
  const out = options.capture ? 'pipe' : 'inherit';
  const child = spawn(command, args, {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.env ? { env: options.env } : {}),
    stdio: ['ignore', out, out],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return settled(child, options.signal, (code, signal) =>
    code === 0 ? undefined : failure(code, signal, output.trim()),
  );
}

/** `runCommand` for `node <args>`, with the Node that runs the build. */
export function runNode(
  args: readonly string[],
  options: RunOptions,
  failure: (code: number | null, signal: NodeJS.Signals | null, output: string) => Error,
): Promise<void> {
  return runCommand(process.execPath, args, options, failure);
}

/**
 * Forks `module` (a file beside the caller) with `args`; it sends one reply with `process.send`.
 * The promise gives the reply once the child has exited, and rejects naming `what` if it exits
 * without one or with an error. `niceness` (0–19) lowers the child's CPU priority.
 */
export function forkReply<T>(
  module: URL,
  args: readonly string[],
  what: string,
  signal?: AbortSignal,
  niceness = 0,
): Promise<T> {
  const child = fork(fileURLToPath(module), args, { serialization: 'advanced' });
  if (niceness > 0 && child.pid !== undefined) {
    try {
      setPriority(child.pid, niceness);
    } catch {
      // Only a matter of speed: a system that refuses leaves the child at normal priority.
    }
  }
  let received: { value: T } | undefined;
  child.once('message', (message) => {
    received = { value: message as T };
  });
  // A reply followed by a failure (a child that sends first and then writes files) is a failure.
  return settled(child, signal, (code, exitSignal) =>
    received && code === 0
      ? undefined
      : new Error(`${what}意外退出（${exitSignal ? `信号 ${exitSignal}` : `退出码 ${code}`}）`),
  ).then(() => (received as { value: T }).value);
}

/**
 * Settles when `child` has exited: rejects with `problem(code, signal)` if that gives an error,
 * or with `stop`'s reason if it was stopped (the process is killed when `stop` aborts).
 */
function settled(
  child: ChildProcess,
  stop: AbortSignal | undefined,
  problem: (code: number | null, signal: NodeJS.Signals | null) => Error | undefined,
): Promise<void> {
  const kill = () => child.kill();
  stop?.addEventListener('abort', kill, { once: true });
  if (stop?.aborted) kill();
  return new Promise<void>((resolve, reject) => {
    child.once('error', (error) => {
      // A process that never started emits no exit.
      if (child.pid === undefined) reject(error);
    });
    child.once('exit', (code, signal) => {
      stop?.removeEventListener('abort', kill);
      const error = stop?.aborted ? stop.reason : problem(code, signal);
      if (error) reject(error);
      else resolve();
    });
  });
}

/**
 * Awaits steps that run at the same time. When one fails, the others are stopped through `stop`
 * and awaited before the failure is thrown, so no child process is left reading or writing the
 * build's folders, and the first failure is the one reported.
 */
export async function together<T extends readonly unknown[]>(
  stop: AbortController,
  steps: { [K in keyof T]: Promise<T[K]> },
): Promise<T> {
  try {
    return (await Promise.all(steps)) as unknown as T;
  } catch (error) {
    stop.abort(error);
    await Promise.allSettled(steps);
    throw error;
  }
}

/**
 * The body of a forked child (`forkReply`): an error it throws is printed as one line naming
 * `what`, never as a stack trace, and the child exits with 1, which the parent reports as the
 * stage's failure.
 */
export async function childMain(what: string, main: () => unknown): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(`${what}出错：${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
