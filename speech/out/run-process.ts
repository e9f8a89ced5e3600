import { spawn } from 'node:child_process';

/** How a child process ended, as data: callers turn it into a message that names their engine. */
export type ProcessOutcome =
  | { kind: 'exited'; code: number; stdout: string; stderr: string }
  | { kind: 'killed'; signal: NodeJS.Signals; stderr: string }
  | { kind: 'aborted' }
  | { kind: 'not-found' }
  | { kind: 'failed-to-start'; message: string };

export interface RunOptions {
  /** Aborting kills the process (SIGTERM) and the outcome is `aborted`. */
  signal?: AbortSignal;
}

/** Output beyond this is dropped; it is only read for error messages and short listings. */
const MAX_CAPTURED_CHARS = 8000;

/** Runs a program directly, never through a shell, so no argument is ever parsed as shell syntax. */
export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<ProcessOutcome> {
  const { signal } = options;
  if (signal?.aborted) return Promise.resolve({ kind: 'aborted' });

  return new Promise((resolve) => {
    let settled = false;
    let aborted = false;
    let stdout = '';
    let stderr = '';
    const settle = (outcome: ProcessOutcome): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };

    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(command, args, { shell: false, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    } catch (error) {
      settle({ kind: 'failed-to-start', message: error instanceof Error ? error.message : String(error) });
      return;
    }

    function onAbort(): void {
      aborted = true;
      child.kill('SIGTERM');
    }
    signal?.addEventListener('abort', onAbort, { once: true });

    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < MAX_CAPTURED_CHARS) stdout += chunk;
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < MAX_CAPTURED_CHARS) stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      settle(error.code === 'ENOENT' ? { kind: 'not-found' } : { kind: 'failed-to-start', message: error.message });
    });
    child.on('close', (code, exitSignal) => {
      if (aborted) settle({ kind: 'aborted' });
      else if (code !== null) settle({ kind: 'exited', code, stdout, stderr });
      else settle({ kind: 'killed', signal: exitSignal ?? 'SIGTERM', stderr });
    });
  });
}

/** Last non-empty lines of an engine's stderr, short enough for one log line. */
export function summarizeStderr(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const summary = lines.slice(-3).join(' | ');
  return summary.length > 300 ? `${summary.slice(0, 300)}…` : summary || '(no error output)';
}
