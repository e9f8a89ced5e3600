/** Turns a validated config file into the robot's configuration: absolute paths, derived paths filled in. */
import path from 'node:path';
import type { ConfigFile, LaibanConfig } from './schema';

export interface PathContext {
  env: NodeJS.ProcessEnv;
  /** The user's home directory; undefined when there is none (a service account, say). */
  home?: string;
  cwd: string;
  /** Relative paths in the file are relative to this folder: the file's own, or cwd when there is no file. */
  baseDir: string;
}

/** $XDG_DATA_HOME/laiban, else ~/.local/share/laiban, else ./data. */
export function defaultDataDir(env: NodeJS.ProcessEnv, home: string | undefined, cwd: string): string {
  const xdg = env.XDG_DATA_HOME;
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'laiban');
  if (home) return path.join(home, '.local', 'share', 'laiban');
  return path.resolve(cwd, 'data');
}

export function resolveConfig(file: ConfigFile, ctx: PathContext): LaibanConfig {
  const absolute = (written: string | undefined, fallback: string): string =>
    written === undefined ? fallback : path.resolve(ctx.baseDir, written);
  const dataDir = absolute(file.dataDir, defaultDataDir(ctx.env, ctx.home, ctx.cwd));
  return {
    language: file.language,
    timeZone: file.timeZone,
    robotName: file.robotName,
    children: file.children,
    dataDir,
    skills: {
      installedDir: absolute(file.skills.installedDir, path.join(dataDir, 'skills')),
      timeoutMs: file.skills.timeoutMs,
      disabled: file.skills.disabled,
      trustedKeys: file.skills.trustedKeys,
    },
    conversation: { followUpSeconds: file.conversation.followUpSeconds },
    understanding: {
      classifier: file.understanding.classifier,
      minConfidence: file.understanding.minConfidence,
      modelDir: absolute(file.understanding.modelDir, path.join(dataDir, 'nlu')),
    },
    speech: {
      engine: file.speech.engine,
      voices: file.speech.voices,
      rate: file.speech.rate,
      volume: file.speech.volume,
      quietTimes: file.speech.quietTimes.map((q) => ({ ...q })),
      maxChars: file.speech.maxChars,
      wavDir: absolute(file.speech.wavDir, path.join(dataDir, 'speech')),
      microphone: file.speech.microphone,
      ...(file.speech.voskModel ? { voskModel: absolute(file.speech.voskModel, '') } : {}),
      listenAfterAnswerSeconds: file.speech.listenAfterAnswerSeconds,
      bargeIn: file.speech.bargeIn,
      recognition: file.speech.recognition,
      minWordConfidence: file.speech.minWordConfidence,
      maxUnknownShare: file.speech.maxUnknownShare,
    },
    log: { level: file.log.level, file: absolute(file.log.file, path.join(dataDir, 'laiban.log')) },
    location: file.location,
    weather: file.weather,
    lunch: file.lunch,
    bridge: file.bridge,
    panel: {
      enabled: file.panel.enabled,
      host: file.panel.host,
      port: file.panel.port,
      tls: file.panel.tls,
      certFile: absolute(file.panel.certFile, path.join(dataDir, 'panel-tls', 'cert.pem')),
      keyFile: absolute(file.panel.keyFile, path.join(dataDir, 'panel-tls', 'key.pem')),
      ...(file.panel.passwordHash === undefined ? {} : { passwordHash: file.panel.passwordHash }),
    },
    retention: file.retention,
    body: file.body,
    safeguarding: file.safeguarding,
    admin: file.admin,
  };
}
