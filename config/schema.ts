/**
 * What the robot's configuration file may hold (`configFileSchema`) and the configuration the rest of
 * the robot sees (`LaibanConfig`: every default applied, every path absolute).
 */
import { z } from 'zod';
import { httpUrl, LUNCH_PROVIDERS, type LunchProvider, WEATHER_PROVIDERS, type WeatherProvider } from '../bridge/config/upstreams';
import { shortNameSchema } from '../protocol/messages';
import { parseScryptHash } from '../core/passwords';
import { DEFAULT_TIME_ZONE } from '../core/calendar';
import { LANGS, type Lang } from '../core/languages';
import { isSafeVoiceName, VOICE_NAME_RULE } from '../speech/out/voice-name';
import { isAlsaDeviceName } from '../speech/in/microphone';
import { CLOCK_TIME, type QuietTime } from '../speech/out/voice-style';
import { closestTimeZone, isKnownTimeZone } from './time-zone';

export const SPEECH_ENGINES = ['auto', 'espeak-ng', 'say', 'wav', 'none'] as const;
export type SpeechEngine = (typeof SPEECH_ENGINES)[number];

/** button: only the body's button stops the robot mid-sentence; voice too: a child who starts talking does. */
export const BARGE_IN = ['button-and-voice', 'button'] as const;
export type BargeIn = (typeof BARGE_IN)[number];
/** Rest time (vila) after lunch: quieter and a little slower. */
export const DEFAULT_QUIET_TIME: QuietTime = { from: '12:00', to: '14:00', volume: 60, rate: 135 };
export const RECOGNITION_MODES = ['grammar', 'dictation'] as const;
export type RecognitionModeSetting = (typeof RECOGNITION_MODES)[number];

/** model: the intent model trained on the device (the baseline answers until it is ready); baseline: the example matcher only. */
export const CLASSIFIERS = ['model', 'baseline'] as const;
export type Classifier = (typeof CLASSIFIERS)[number];

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const nonEmptyText = z.string().trim().min(1);
const voiceName = z.string().refine(isSafeVoiceName, VOICE_NAME_RULE);

/** Relative paths are resolved later, against the config file's folder. */
const filePath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith('~'), 'starts with "~", which is not expanded here; write the full path');

const wsUrl = z.url({ protocol: /^wss?$/, error: 'must be a ws:// or wss:// URL' });

/** self-signed: a certificate the robot makes itself; files: certFile and keyFile; off: plain HTTP (trusted networks only). */
export const PANEL_TLS = ['self-signed', 'files', 'off'] as const;
export type PanelTls = (typeof PANEL_TLS)[number];

/** json: Laiban's own alert object; ntfy: ntfy's JSON publish format (title, message, priority, topic). */
export const WEBHOOK_FORMATS = ['json', 'ntfy'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export { httpUrl, LUNCH_PROVIDERS, WEATHER_PROVIDERS, type LunchProvider, type WeatherProvider };

/** Helsingborg, where the original Laiban lived; every preschool should set its own. */
export const DEFAULT_LOCATION = { lat: 56.0465, lon: 12.6945, countyId: 12 } as const;

const timeZone = z.string().superRefine((zone, ctx) => {
  if (isKnownTimeZone(zone)) return;
  // The closest real zone becomes the example in the error message.
  ctx.addIssue({ code: 'custom', message: 'is not a known IANA time zone', params: { suggestion: closestTimeZone(zone) } });
});

export const configFileSchema = z.strictObject({
  language: z.enum(LANGS).default('sv'),
  timeZone: timeZone.default(DEFAULT_TIME_ZONE),
  robotName: nonEmptyText.default('Laiban'),
  children: z.array(nonEmptyText).default(() => []),
  dataDir: filePath.optional(),
  skills: z
    .strictObject({
      installedDir: filePath.optional(),
      timeoutMs: z.int().min(100).max(30000).default(2000),
      disabled: z.array(nonEmptyText).default([]),
      trustedKeys: z
        .array(
          z.strictObject({
            publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a base64 Ed25519 public key, as "laiban skill keygen" prints it'),
            name: nonEmptyText.optional(),
            revoked: z.boolean().default(false),
          }),
        )
        .default([]),
    })
    .prefault({}),
  conversation: z.strictObject({ followUpSeconds: z.number().min(0).max(300).default(20) }).prefault({}),
  understanding: z
    .strictObject({
      classifier: z.enum(CLASSIFIERS).default('model'),
      minConfidence: z.number().min(0).max(1).default(0.45),
      modelDir: filePath.optional(),
    })
    .prefault({}),
  speech: z
    .strictObject({
      engine: z.enum(SPEECH_ENGINES).default('auto'),
      voices: z.strictObject({ sv: voiceName.default('sv'), en: voiceName.default('en') }).prefault({}),
      rate: z.int().min(80).max(450).default(150),
      volume: z.int().min(0).max(200).default(100),
      quietTimes: z
        .array(
          z
            .strictObject({
              from: z.string().regex(CLOCK_TIME, 'must be a clock time such as "12:00"'),
              to: z.string().regex(CLOCK_TIME, 'must be a clock time such as "14:00"'),
              volume: z.int().min(0).max(200),
              rate: z.int().min(80).max(450),
            })
            .refine((q) => q.from !== q.to, 'from and to must differ'),
        )
        .default(() => [{ ...DEFAULT_QUIET_TIME }]),
      maxChars: z.int().min(50).max(2000).default(400),
      wavDir: filePath.optional(),
      microphone: z
        .string()
        .refine((d) => d === 'auto' || d === 'off' || isAlsaDeviceName(d), 'must be "auto", "off" or an ALSA capture device such as "plughw:1,0"')
        .default('auto'),
      voskModel: filePath.optional(),
      listenAfterAnswerSeconds: z.number().min(0).max(60).default(8),
      bargeIn: z.enum(BARGE_IN).default('button-and-voice'),
      recognition: z.enum(RECOGNITION_MODES).default('grammar'),
      minWordConfidence: z.number().min(0).max(1).default(0.6),
      maxUnknownShare: z.number().min(0).max(1).default(0.5),
    })
    .prefault({}),
  log: z.strictObject({ level: z.enum(LOG_LEVELS).default('info'), file: filePath.optional() }).prefault({}),
  location: z
    .strictObject({
      lat: z.number().min(-90).max(90).default(DEFAULT_LOCATION.lat),
      lon: z.number().min(-180).max(180).default(DEFAULT_LOCATION.lon),
      countyId: z.int().min(1).max(99).default(DEFAULT_LOCATION.countyId),
    })
    .prefault({}),
  weather: z
    .strictObject({
      provider: z.enum(WEATHER_PROVIDERS).default('smhi'),
      baseUrl: httpUrl.optional(),
      warningsBaseUrl: httpUrl.optional(),
      userAgent: nonEmptyText.optional(),
    })
    // Reported on provider, so a lenient load drops it and falls back to SMHI, which needs no User-Agent.
    .refine((weather) => weather.provider !== 'metno' || weather.userAgent !== undefined, {
      path: ['provider'],
      message: 'needs weather.userAgent too: MET Norway refuses requests that do not name the robot and a contact',
    })
    .prefault({}),
  lunch: z
    .strictObject({
      provider: z.enum(LUNCH_PROVIDERS).default('skolmaten'),
      url: httpUrl.optional(),
      source: shortNameSchema.default('default'),
    })
    .prefault({}),
  bridge: z.strictObject({ url: wsUrl.optional(), token: nonEmptyText.optional() }).prefault({}),
  panel: z
    .strictObject({
      enabled: z.boolean().default(true),
      host: nonEmptyText.default('0.0.0.0'),
      port: z.int().min(1).max(65535).default(8443),
      tls: z.enum(PANEL_TLS).default('self-signed'),
      certFile: filePath.optional(),
      keyFile: filePath.optional(),
      // The panel's own parser: a hash the config accepted but the panel refused would lock every teacher out.
      passwordHash: z.string().refine((hash) => parseScryptHash(hash) !== undefined, 'must be a hash from `laiban panel hash-password`').optional(),
    })
    .prefault({}),
  retention: z.strictObject({ days: z.int().min(0).max(30).default(0) }).prefault({}),
  // "auto": the first USB serial device that looks like a body; "off": no body; else a device path.
  body: z.strictObject({ port: nonEmptyText.default('auto'), brightness: z.int().min(0).max(100).default(60) }).prefault({}),
  safeguarding: z
    .strictObject({
      // Said after "Gå till …" and "Ropa på …": "en vuxen", "en fröken", "en pedagog" (never "hon").
      staffWord: z.strictObject({ sv: nonEmptyText.default('en vuxen'), en: nonEmptyText.default('a grown-up') }).prefault({}),
      alertOnToilet: z.boolean().default(false),
      repeatMinutes: z.int().min(0).max(60).default(5),
      chime: z.boolean().default(true),
      webhook: z
        .strictObject({
          url: httpUrl.optional(),
          format: z.enum(WEBHOOK_FORMATS).default('json'),
          topic: nonEmptyText.optional(),
          token: nonEmptyText.optional(),
          includeNames: z.boolean().default(false),
          attempts: z.int().min(1).max(20).default(6),
          timeoutMs: z.int().min(500).max(60000).default(5000),
        })
        .refine((hook) => hook.format !== 'ntfy' || hook.url === undefined || hook.topic !== undefined, {
          path: ['topic'],
          message: 'is needed with format "ntfy": the ntfy topic the staff subscribe to',
        })
        .prefault({}),
    })
    .prefault({}),
  admin: z
    .strictObject({
      port: z.int().min(1).max(65535).default(8444),
      tokens: z
        .array(z.strictObject({ name: nonEmptyText, sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 that "laiban admin token" prints') }))
        .default([]),
    })
    .prefault({}),
});

/** The file after validation: defaults applied, paths still as written (and possibly absent). */
export type ConfigFile = z.output<typeof configFileSchema>;

export interface LaibanConfig {
  /** The language the robot speaks until a child picks another. */
  language: Lang;
  /** IANA zone, e.g. "Europe/Stockholm". */
  timeZone: string;
  robotName: string;
  /** First names of the children, for understanding "vem hämtar Alva?" (the panel's roster replaces this later). */
  children: string[];
  /** Everything the robot stores lives under here. */
  dataDir: string;
  /** trustedKeys: who may sign skill bundles; two during a key change, a revoked one verifies nothing. */
  skills: { installedDir: string; timeoutMs: number; disabled: string[]; trustedKeys: { publicKey: string; name?: string; revoked: boolean }[] };
  conversation: { followUpSeconds: number };
  /** minConfidence applies to the baseline; a trained model carries its own calibrated threshold. */
  understanding: { classifier: Classifier; minConfidence: number; modelDir: string };
  /**
   * microphone: "auto", "off" or an ALSA device; voskModel: a Vosk model folder (LAIBAN_VOSK_MODEL wins);
   * listenAfterAnswerSeconds: how long after an answer a child may speak without the wake phrase;
   * recognition, minWordConfidence, maxUnknownShare: grammar or dictation, and when a hearing is too unsure to act on.
   */
  speech: {
    engine: SpeechEngine;
    voices: Record<Lang, string>;
    rate: number;
    /** espeak-ng's amplitude, 100 normal; quietTimes: spans of the day with their own volume and rate. */
    volume: number;
    quietTimes: QuietTime[];
    maxChars: number;
    wavDir: string;
    microphone: string;
    voskModel?: string;
    listenAfterAnswerSeconds: number;
    bargeIn: BargeIn;
    recognition: RecognitionModeSetting;
    minWordConfidence: number;
    maxUnknownShare: number;
  };
  log: { level: LogLevel; file: string };
  /** Where the preschool is: the forecast's point and the SMHI county (län) whose warnings count. */
  location: { lat: number; lon: number; countyId: number };
  /** baseUrl: everything before `/api/…` (SMHI) or `/weatherapi/…` (MET Norway); undefined = the real service. */
  weather: { provider: WeatherProvider; baseUrl?: string; warningsBaseUrl?: string; userAgent?: string };
  /** url: the menu feed or page; undefined = no menu. source: the menu's id on a shared bridge. */
  lunch: { provider: LunchProvider; url?: string; source: string };
  /** url undefined: the robot runs its own bridge in-process. */
  bridge: { url?: string; token?: string };
  /** The teachers' web panel. */
  /** offBecause: the config's problem that turned the panel off (it fails closed). */
  panel: { enabled: boolean; host: string; port: number; tls: PanelTls; certFile: string; keyFile: string; passwordHash?: string; offBecause?: string };
  /** Days the day-bound data (pick-ups, messages, alerts, counts) is kept after its day; 0 = gone the next day. */
  retention: { days: number };
  /** The face, lights and button on USB serial: "auto" finds it, "off" runs without, or a device path. */
  body: { port: string; brightness: number };
  /** How a child who needs a grown-up is answered and how the staff are told. */
  safeguarding: SafeguardingConfig;
  /** IT's admin API (skills), on its own port with the panel's certificate; off while no operator has a token. */
  admin: { port: number; tokens: { name: string; sha256: string }[] };
}

export interface SafeguardingConfig {
  staffWord: Record<Lang, string>;
  /** A routine toilet need alerts the staff too. */
  alertOnToilet: boolean;
  /** The same thing said again within this many minutes counts on the open alert instead of a new one. */
  repeatMinutes: number;
  /** The robot plays a chime when it alerts (a different one for an emergency). */
  chime: boolean;
  webhook: { url?: string; format: WebhookFormat; topic?: string; token?: string; includeNames: boolean; attempts: number; timeoutMs: number };
}

type LeafKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends readonly unknown[]
    ? `${Prefix}${K}`
    : NonNullable<T[K]> extends object
      ? LeafKeys<NonNullable<T[K]>, `${Prefix}${K}.`>
      : `${Prefix}${K}`;
}[keyof T & string];

/** Every key a file may set, dotted: "language", "speech.engine", "speech.voices.sv", … */
export type ConfigKey = LeafKeys<z.input<typeof configFileSchema>>;
