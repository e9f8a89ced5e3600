import type { SpeechOptions } from './types';
import { isSafeVoiceName, VOICE_NAME_RULE } from './voice-name';

/**
 * The config schema owns ranges and defaults; this guard only refuses what would be unsafe to hand an
 * engine, for options built in code rather than read from config.
 */
export function assertValidSpeechOptions(options: SpeechOptions): void {
  const problems = Object.entries(options.voices)
    .filter(([, voice]) => !isSafeVoiceName(voice))
    .map(([lang]) => `speech.voices.${lang}: ${VOICE_NAME_RULE}`);
  if (!Number.isInteger(options.maxChars) || options.maxChars < 1) problems.push('speech.maxChars: must be a whole number above 0');
  if (problems.length) throw new Error(`invalid speech options: ${problems.join('; ')}`);
}
