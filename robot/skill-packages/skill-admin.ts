/**
 * What IT may do to a robot's skills, in one place for the admin API and the command line: list,
 * install a signed bundle, roll back, switch on and off; each action in the audit log with who did it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Skill } from '../../skills/sdk/types';
import { appendAudit, type AuditEntry, readAudit } from './audit-log';
import { installBundle, type InstallOptions, type InstallResult } from './install';
import { metadataPathFor } from './metadata';
import type { SkillPaths } from './paths';
import { readLedger } from './release-ledger';
import { readDisabledSkills, setSkillDisabled } from './skill-state';
import { currentVersion, rollbackSkill, type RollbackResult } from './versions';

export interface SkillListing {
  skill: string;
  version?: string;
  highestRelease: number;
  installed: string[];
  enabled: boolean;
}

export interface SkillAdminOptions extends Omit<InstallOptions, 'who' | 'now' | 'force'> {
  stateFile: string;
  builtin: readonly Skill[];
  now(): Date;
}

export class SkillAdmin {
  constructor(private readonly options: SkillAdminOptions) {}

  private get paths(): SkillPaths {
    return this.options.paths;
  }

  list(): SkillListing[] {
    const disabled = new Set(readDisabledSkills(this.options.stateFile));
    return Object.entries(readLedger(this.paths.ledgerFile))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([skill, entry]) => {
        const current = currentVersion(this.paths, skill);
        return { skill, ...(current ? { version: current.version } : {}), highestRelease: entry.highestRelease, installed: entry.installed.map((v) => v.version), enabled: !disabled.has(skill) };
      });
  }

  /** A bundle and its signed metadata as bytes (uploaded), installed through the same pipeline as from a file. */
  async install(bundle: Buffer, metadata: unknown, who: string, force = false): Promise<InstallResult> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laiban-upload-'));
    try {
      const file = path.join(dir, 'bundle.tar.gz');
      fs.writeFileSync(file, bundle);
      fs.writeFileSync(metadataPathFor(file), JSON.stringify(metadata));
      return await this.installFile(file, who, force);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /** A bundle file with its .meta.json beside it. */
  installFile(file: string, who: string, force = false): Promise<InstallResult> {
    return installBundle(file, { ...this.options, who, now: this.options.now(), force });
  }

  rollback(skill: string, who: string): RollbackResult {
    return rollbackSkill(this.paths, skill, who, this.options.now());
  }

  setEnabled(skill: string, enabled: boolean, who: string): { kind: 'done' } | { kind: 'refused'; reason: string } {
    const known = skill in readLedger(this.paths.ledgerFile) || this.options.builtin.some((s) => s.manifest.id === skill);
    const result = known ? ({ kind: 'done' } as const) : ({ kind: 'refused', reason: `no skill "${skill}" on this robot` } as const);
    if (known) setSkillDisabled(this.options.stateFile, skill, !enabled);
    appendAudit(this.paths.auditFile, {
      at: this.options.now().toISOString(), who, action: enabled ? 'enable' : 'disable', skill,
      ...(result.kind === 'done' ? { result: 'done' } : { result: 'refused', reason: result.reason }),
    });
    return result;
  }

  audit(): AuditEntry[] {
    return readAudit(this.paths.auditFile);
  }
}
