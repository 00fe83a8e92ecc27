// The build's child processes: Astro and Pagefind run as commands; validation and the vocabulary
// are modules forked to send one reply. Each is a process of its own so that its memory is
// returned to the system when it exits.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs `node <args>` to its end. A non-zero exit or a signal rejects with `failure(code, signal,
 * output)`, `output` being what it printed when `capture` is set (otherwise it prints through).
 */
export function runNode(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; capture?: boolean },
  failure: (code: number | null, signal: NodeJS.Signals | null, output: string) => Error,
): Promise<void> {
  const child = spawn(process.execPath, args, {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.env ? { env: options.env } : {}),
    stdio: ['ignore', options.capture ? 'pipe' : 'inherit', options.capture ? 'pipe' : 'inherit'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(failure(code, signal, output.trim())),
    );
  });
}

/**
 * Forks `module` (a file beside the caller) with `args`; it sends one reply with `process.send`.
 * The promise gives the reply once the child has exited, and rejects naming `what` if it exits
 * without one.
 */
export function forkReply<T>(
  module: URL,
  args: readonly string[],
  what: string,
): { reply: Promise<T>; child: ChildProcess } {
  const child = fork(fileURLToPath(module), args, { serialization: 'advanced' });
  const reply = new Promise<T>((resolve, reject) => {
    let received: { value: T } | undefined;
    child.once('message', (message) => {
      received = { value: message as T };
    });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      received
        ? resolve(received.value)
        : reject(new Error(`${what}意外退出（${signal ? `信号 ${signal}` : `退出码 ${code}`}）`)),
    );
  });
  return { reply, child };
}
