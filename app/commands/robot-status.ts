/** What the panel's status page shows about the robot, gathered from its parts (data sources, model, skills, disk). */
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LaibanConfig } from '../../config/schema';
import type { DataSourceStatus, PanelStatus } from '../../panel/http/context';
import { HEALTH_SOURCES } from '../../robot/bridge-link/source-health';
import type { Robot } from '../../robot/runtime/create-robot';

const LUNCH_PROVIDERS: Record<LaibanConfig['lunch']['provider'], string> = {
  skolmaten: 'Skolmaten',
  openmeal: 'OpenMeal',
  matilda: 'Matilda',
  mashie: 'Mashie',
  manual: 'panelen',
};

/** Who the robot asks for each source: the shared bridge, or the upstream its own bridge asks. */
export function upstreamNames(config: LaibanConfig): Record<DataSourceStatus['id'], string> {
  if (config.bridge.url) return { weather: 'bryggan', warnings: 'bryggan', lunch: 'bryggan' };
  return { weather: config.weather.provider === 'metno' ? 'MET Norway' : 'SMHI', warnings: 'SMHI', lunch: LUNCH_PROVIDERS[config.lunch.provider] };
}

/** "AB:CD:…" — what a phone shows as the certificate's SHA-256 fingerprint. */
export function certificateFingerprint(pem: string): string | undefined {
  try {
    return new X509Certificate(pem).fingerprint256;
  } catch {
    return undefined;
  }
}

/** The version in package.json, from the sources (app/commands) or the build (dist/app/commands). */
export function robotVersion(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, up), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'laiban' && pkg.version) return pkg.version;
    } catch {
      // Not there: try the next place.
    }
  }
  return 'okänd';
}

function describeModel(robot: Robot): string {
  const status = robot.nlu?.status;
  if (!status) return 'enkel matchning (understanding.classifier "baseline")';
  if (status.kind === 'baseline') return `enkel matchning tills modellen finns: ${status.reason}`;
  return `tränad modell, ${status.meta.labels.length} avsikter${status.retraining ? ' (tränas om just nu)' : ''}`;
}

function freeBytes(dir: string): number | undefined {
  try {
    const stats = fs.statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
}

export function robotStatusFacts(robot: Robot, config: LaibanConfig, certFingerprint: string | undefined): Omit<PanelStatus, 'bridge' | 'dataAge' | 'errors'> {
  const upstream = upstreamNames(config);
  const health = robot.bridgeLink?.health.snapshot() ?? {};
  const intentNames: Record<string, string> = {};
  for (const skill of robot.skills) for (const intent of skill.manifest.intents) intentNames[intent.id] = skill.manifest.name.sv;
  const diskFreeBytes = freeBytes(robot.dataDir);
  return {
    ...(robot.bridgeLink ? { sources: HEALTH_SOURCES.map((id) => ({ id, upstream: upstream[id], state: health[id] ?? {} })) } : {}),
    model: describeModel(robot),
    skills: robot.skills.map((s) => s.manifest.name.sv),
    ...(diskFreeBytes !== undefined ? { diskFreeBytes } : {}),
    version: robotVersion(),
    ...(certFingerprint ? { certFingerprint } : {}),
    intentNames,
  };
}

/** What is wrong now: skills their sandbox switched off (first: staff can tell IT), skill problems, the data directory. */
export function robotErrors(robot: Robot): string[] {
  return [
    ...[...robot.live.switchedOff().values()].map((off) => `${off.reason} ${off.whatToDo}`),
    ...robot.skillProblems.map((p) => p.message),
    ...(robot.dataDirProblem ? [robot.dataDirProblem] : []),
  ];
}
