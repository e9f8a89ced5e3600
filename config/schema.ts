/**
 * What the robot's configuration file may hold (`configFileSchema`) and the configuration the rest of
 * the robot sees (`LaibanConfig`: every default applied, every path absolute).
 */
import { z } from 'zod';
import { DEFAULT_TIME_ZONE } from '../skills/sdk/calendar';
import { LANGS, type Lang } from '../skills/sdk/types';
import { isSafeVoiceName, VOICE_NAME_RULE } from '../speech/out/voice-name';
import { closestTimeZone, isKnownTimeZone } from './time-zone';

export const SPEECH_ENGINES = ['auto', 'espeak-ng', 'say', 'wav', 'none'] as const;
export type SpeechEngine = (typeof SPEECH_ENGINES)[number];

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
      maxChars: z.int().min(50).max(2000).default(400),
      wavDir: filePath.optional(),
    })
    .prefault({}),
  log: z.strictObject({ level: z.enum(LOG_LEVELS).default('info'), file: filePath.optional() }).prefault({}),
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
  skills: { installedDir: string; timeoutMs: number; disabled: string[] };
  conversation: { followUpSeconds: number };
  /** minConfidence applies to the baseline; a trained model carries its own calibrated threshold. */
  understanding: { classifier: Classifier; minConfidence: number; modelDir: string };
  speech: { engine: SpeechEngine; voices: Record<Lang, string>; rate: number; maxChars: number; wavDir: string };
  log: { level: LogLevel; file: string };
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
