/**
 * The standalone bridge's config file (`laiban bridge --config FILE`): where it listens, which robots may
 * connect (one token each), and where weather and each menu come from. Unlike the robot's config this one
 * is strict: a bridge with a wrong file refuses to start and says why, since IT is there to fix it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { httpUrl, LUNCH_PROVIDERS, WEATHER_PROVIDERS } from './upstreams';
import { shortNameSchema as sourceId } from '../../protocol/messages';
import { parseJson } from '../../core/json-syntax';


export const bridgeConfigSchema = z.strictObject({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.int().min(0).max(65535).default(8765),
  /** Relative to the config file's folder. */
  dataDir: z.string().min(1).default('bridge-data'),
  maxMessageBytes: z.int().min(1024).max(16 * 1024 * 1024).default(64 * 1024),
  tokens: z
    .array(
      z.strictObject({
        robot: z.string().min(1).max(100),
        // A token is a robot's only key: long and random enough that guessing is hopeless (128 bits from openssl).
        token: z
          .string()
          .min(32, 'must be at least 32 characters, random (e.g. from `openssl rand -hex 16`)')
          .max(1024)
          .refine((token) => new Set(token).size >= 10, 'is not random enough: use `openssl rand -hex 16`'),
        revoked: z.boolean().default(false),
      }),
    )
    .default([])
    .refine((tokens) => new Set(tokens.map((t) => t.token)).size === tokens.length, 'the same token is listed twice'),
  weather: z
    .strictObject({
      provider: z.enum(WEATHER_PROVIDERS).default('smhi'),
      baseUrl: httpUrl.optional(),
      warningsBaseUrl: httpUrl.optional(),
      userAgent: z.string().min(1).optional(),
    })
    .refine((weather) => weather.provider !== 'metno' || weather.userAgent !== undefined, {
      path: ['userAgent'],
      message: 'MET Norway refuses requests that do not name the bridge and a contact: set it, e.g. "laiban-bridge/0.1 it@kommun.example.se"',
    })
    .prefault({}),
  lunch: z
    .strictObject({
      sources: z.record(sourceId, z.strictObject({ provider: z.enum(LUNCH_PROVIDERS), url: httpUrl.optional() })).default({}),
    })
    .prefault({}),
  log: z.strictObject({ level: z.enum(['debug', 'info', 'warn', 'error']).default('info') }).prefault({}),
  /** Skill bundles IT pushes to the robots: groups name robots (by their token's `robot`). */
  fleet: z.strictObject({ groups: z.record(z.string().min(1), z.array(z.string().min(1))).default({}) }).prefault({}),
});

export type BridgeConfig = z.output<typeof bridgeConfigSchema> & { dataDir: string };

export type BridgeConfigResult = { ok: true; config: BridgeConfig } | { ok: false; problems: string[] };

export function readBridgeConfig(file: string): BridgeConfigResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { ok: false, problems: [`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`] };
  }
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problems: [`${file}: line ${json.line}, column ${json.column}: ${json.reason}`] };
  const parsed = bridgeConfigSchema.safeParse(json.value);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`) };
  }
  const config = parsed.data;
  const problems = Object.entries(config.lunch.sources)
    .filter(([, s]) => s.provider !== 'manual' && s.url === undefined)
    .map(([id]) => `lunch.sources.${id}.url: a ${config.lunch.sources[id]!.provider} menu needs its url`);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, config: { ...config, dataDir: path.resolve(path.dirname(file), config.dataDir) } };
}
