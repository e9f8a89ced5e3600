/** Append-only record of what was done to the robot's skills: who, what, when, and how it ended. */
import fs from 'node:fs';

export interface AuditEntry {
  at: string;
  who: string;
  action: 'install' | 'rollback' | 'enable' | 'disable';
  skill: string;
  version?: string;
  result: 'done' | 'refused';
  reason?: string;
}

export function appendAudit(file: string, entry: AuditEntry): void {
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(entry)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function readAudit(file: string): AuditEntry[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as AuditEntry);
}
