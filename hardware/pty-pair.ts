/**
 * A pseudo-terminal pair made by socat: two serial device paths joined like a USB cable. The simulator
 * takes one end, the robot the other; closing the pair is an unplug.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';

export interface PtyPair {
  hostPath: string;
  bodyPath: string;
  /** Unplugs: socat exits and both paths vanish. */
  close(): Promise<void>;
}

export async function openPtyPair(hostPath: string, bodyPath: string, timeoutMs = 5000): Promise<PtyPair> {
  for (const p of [hostPath, bodyPath]) fs.rmSync(p, { force: true });
  let child: ChildProcess;
  try {
    child = spawn('socat', [`pty,raw,echo=0,link=${hostPath}`, `pty,raw,echo=0,link=${bodyPath}`], { stdio: 'ignore' });
  } catch (err) {
    throw new Error(`socat could not start (${(err as Error).message}); install it with: apt-get install socat`);
  }
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (err) => reject(new Error(`socat could not start (${err.message}); install it with: apt-get install socat`)));
    child.once('exit', (code) => reject(new Error(`socat exited (${code}) before the pseudo-terminals were made`)));
  });
  const ready = (async () => {
    const until = Date.now() + timeoutMs;
    while (!(fs.existsSync(hostPath) && fs.existsSync(bodyPath))) {
      if (Date.now() > until) throw new Error(`socat made no pseudo-terminals at ${hostPath} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  await Promise.race([ready, failed]);
  child.removeAllListeners('exit');
  return {
    hostPath,
    bodyPath,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
