/**
 * What IT may do to a robot's skills, in one place for the admin API and the command line: list,
 * install a signed bundle, roll back, switch on and off; each action in the audit log with who did it.
 * On a running robot (`live`) each change is applied at once, or when the conversation is idle.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Skill } from '../../skills/sdk/types';
import type { LiveOutcome } from '../runtime/live-skills';
import type { SkillOverride } from '../runtime/load-skills';
import type { SwitchedOff } from '../sandbox/switched-off';
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
  /** Its sandbox switched it off on the running robot (crashed or over its limits too often). */
  switchedOff?: SwitchedOff;
}

/** The running robot, when these changes should reach it without a restart. */
export interface LiveRobot {
  prepareModel(change: SkillOverride): Promise<void>;
  apply(): Promise<LiveOutcome>;
  switchedOff(): Map<string, SwitchedOff>;
}

/** Where a change stands on the running robot; absent when no robot is running here (it applies at the next start). */
export type Applied<T> = T & { live?: LiveOutcome | { kind: 'failed'; reason: string } };

export interface SkillAdminOptions extends Omit<InstallOptions, 'who' | 'now' | 'force'> {
  stateFile: string;
  builtin: readonly Skill[];
  now(): Date;
  live?: LiveRobot;
}

export class SkillAdmin {
  constructor(private readonly options: SkillAdminOptions) {}

  private get paths(): SkillPaths {
    return this.options.paths;
  }

  list(): SkillListing[] {
    const disabled = new Set(readDisabledSkills(this.options.stateFile));
    const off = this.options.live?.switchedOff() ?? new Map<string, SwitchedOff>();
    return Object.entries(readLedger(this.paths.ledgerFile))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([skill, entry]) => {
        const current = currentVersion(this.paths, skill);
        return { skill, ...(current ? { version: current.version } : {}), highestRelease: entry.highestRelease, installed: entry.installed.map((v) => v.version), enabled: !disabled.has(skill), ...(off.has(skill) ? { switchedOff: off.get(skill)! } : {}) };
      });
  }

  /** A bundle and its signed metadata as bytes (uploaded), installed through the same pipeline as from a file. */
  async install(bundle: Buffer, metadata: unknown, who: string, force = false): Promise<Applied<InstallResult>> {
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
  async installFile(file: string, who: string, force = false): Promise<Applied<InstallResult>> {
    const { live } = this.options;
    const result = await installBundle(file, {
      ...this.options,
      // A running robot makes the model for the set it will answer with (its roster, its switched-off skills).
      ...(live ? { prepareModel: (change: SkillOverride) => live.prepareModel(change) } : {}),
      who,
      now: this.options.now(),
      force,
    });
    return result.kind === 'installed' ? this.applied(result) : result;
  }

  async rollback(skill: string, who: string): Promise<Applied<RollbackResult>> {
    const result = rollbackSkill(this.paths, skill, who, this.options.now());
    return result.kind === 'rolled-back' ? this.applied(result) : result;
  }

  async setEnabled(skill: string, enabled: boolean, who: string): Promise<Applied<{ kind: 'done' } | { kind: 'refused'; reason: string }>> {
    const result = this.changeState(skill, enabled, who);
    return result.kind === 'done' ? this.applied(result) : result;
  }

  private async applied<T extends object>(result: T): Promise<Applied<T>> {
    if (!this.options.live) return result;
    try {
      return { ...result, live: await this.options.live.apply() };
    } catch (err) {
      return { ...result, live: { kind: 'failed', reason: `the running robot could not load the skills: ${(err as Error).message}; it answers as before until it restarts` } };
    }
  }

  private changeState(skill: string, enabled: boolean, who: string): { kind: 'done' } | { kind: 'refused'; reason: string } {
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
