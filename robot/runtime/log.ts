import fs from 'node:fs';
import path from 'node:path';
import pino, { type Logger } from 'pino';

export type { Logger };
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** JSON lines in a file: the console belongs to the children's answers, not to diagnostics. */
export function createFileLogger(file: string, level: LogLevel): Logger {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return pino({ level, base: undefined }, pino.destination({ dest: file, sync: true, mkdir: true }));
}

export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
