import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import type { Logger } from '../../core/logger';

export type { Logger };
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** JSON lines in a file: the console belongs to the children's answers, not to diagnostics. */
export function createFileLogger(file: string, level: LogLevel): Logger {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Created readable by the robot's user only (alerts are logged, never with a child's words, but still).
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  fs.chmodSync(file, 0o600);
  return pino({ level, base: undefined }, pino.destination({ dest: file, sync: true, mkdir: true }));
}

export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
