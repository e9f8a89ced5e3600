import { z } from 'zod';
import type { SpeechOptions } from './types';

/** Voice names go to engines as arguments (and, for say.js, into Scheme or PowerShell): keep them plain. */
const voiceName = z
  .string()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._()+-]{0,63}$/u, 'must be a voice name such as "sv", "sv+f3" or "Alva"');

/** The `speech` section of the robot's config, with the defaults a Swedish preschool robot starts from. */
export const speechOptionsSchema = z
  .object({
    engine: z.enum(['auto', 'espeak-ng', 'say', 'wav', 'none']).default('auto'),
    voices: z.object({ sv: voiceName, en: voiceName }).strict().default({ sv: 'sv', en: 'en' }),
    /** Words per minute; a little slower than espeak-ng's 175 suits small children. */
    rate: z.number().int().min(80).max(450).default(150),
    maxChars: z.number().int().min(20).max(5000).default(400),
    wavDir: z.string().min(1).default('speech-out'),
  })
  .strict();

/** Reads config input into SpeechOptions, or throws one Error listing every problem by its key. */
export function parseSpeechOptions(input: unknown): SpeechOptions {
  const result = speechOptionsSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `speech.${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid speech options: ${problems.join('; ')}`);
  }
  return result.data;
}

/** Throws when options built in code (not parsed from config) are out of range. */
export function assertValidSpeechOptions(options: SpeechOptions): void {
  const { platform: _platform, ...configPart } = options;
  parseSpeechOptions(configPart);
}
