/**
 * Finds, reads and validates the robot's configuration file. Bad input never throws: each problem is
 * reported and the robot runs on the defaults for whatever could not be used.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseJson } from '../core/json-syntax';
import { validateLeniently } from './lenient';
import { fileProblem, type ConfigProblem } from './problems';
import { resolveConfig } from './resolve';
import { configFileSchema, type LaibanConfig } from './schema';

export { formatProblems, type ConfigProblem } from './problems';

export interface LoadConfigOptions {
  /** From `--config FILE`; wins over LAIBAN_CONFIG. Relative paths are relative to cwd. */
  path?: string;
  env: NodeJS.ProcessEnv;
  /** Absolute. */
  cwd: string;
  /** Absolute; pass os.homedir(). Leave out when there is no home directory. */
  home?: string;
}

export interface ConfigResult {
  config: LaibanConfig;
  /** The absolute path of the file the config came from, or "defaults" when no file was used. */
  source: string;
  problems: ConfigProblem[];
}

export const DEFAULTS_SOURCE = 'defaults';

export function loadConfig(opts: LoadConfigOptions): ConfigResult {
  if (!path.isAbsolute(opts.cwd)) throw new Error(`loadConfig: cwd must be absolute, got "${opts.cwd}"`);
  if (opts.home !== undefined && opts.home !== '' && !path.isAbsolute(opts.home)) {
    throw new Error(`loadConfig: home must be absolute, got "${opts.home}"`);
  }
  const home = opts.home || undefined;
  const onDefaults = (problems: ConfigProblem[]): ConfigResult => ({
    config: panelSafe(resolveConfig(configFileSchema.parse({}), { env: opts.env, home, cwd: opts.cwd, baseDir: opts.cwd }), problems),
    source: DEFAULTS_SOURCE,
    problems,
  });

  const requested = opts.path ?? (opts.env.LAIBAN_CONFIG || undefined);
  if (requested === undefined) return onDefaults([]);
  if (requested.trim() === '') return onDefaults([fileProblem('--config', 'no file name was given')]);
  const file = path.resolve(opts.cwd, requested);

  const text = readConfigText(file);
  if (!text.ok) return onDefaults([fileProblem(file, text.reason)]);
  const json = parseJson(text.content);
  if (!json.ok) return onDefaults([fileProblem(file, `line ${json.line}, column ${json.column}: ${json.reason}`)]);
  if (json.value === null || typeof json.value !== 'object' || Array.isArray(json.value)) {
    return onDefaults([fileProblem(file, `the file holds ${describeJsonKind(json.value)}, not an object in {}`)]);
  }

  const { file: validated, problems } = validateLeniently(json.value as Record<string, unknown>);
  const config = resolveConfig(validated, { env: opts.env, home, cwd: opts.cwd, baseDir: path.dirname(file) });
  return { config: panelSafe(config, problems), source: file, problems };
}

/**
 * The robot keeps talking on a broken config, but the panel fails closed: when the file could not be read or
 * its panel section is wrong, the panel stays off and says why, rather than opening on every address, for a
 * data folder nobody meant, with a new setup code.
 */
function panelSafe(config: LaibanConfig, problems: readonly ConfigProblem[]): LaibanConfig {
  // A problem with key "" is the whole file: it could not be read at all.
  const broken = problems.find((p) => p.key === '' || p.key === 'panel' || p.key.startsWith('panel.'));
  if (!broken || !config.panel.enabled) return config;
  return { ...config, panel: { ...config.panel, enabled: false, offBecause: broken.message } };
}

/** For `laiban config check FILE`: the problems the robot would report for this file; [] when it is good. */
export function checkConfigFile(file: string, env: NodeJS.ProcessEnv, cwd: string, home?: string): ConfigProblem[] {
  return loadConfig({ path: file, env, cwd, home }).problems;
}

function readConfigText(file: string): { ok: true; content: string } | { ok: false; reason: string } {
  try {
    return { ok: true, content: fs.readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'the file does not exist' };
    if (code === 'EISDIR') return { ok: false, reason: 'this is a folder, not a file' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'the robot is not allowed to read the file' };
    return { ok: false, reason: `the file cannot be read (${(error as Error).message})` };
  }
}

function describeJsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}
