/**
 * Voice names reach engines as arguments and, through say.js, unescaped inside festival Scheme or a
 * PowerShell command: only plain names are allowed. The config schema checks the same rule.
 */
const VOICE_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._()+-]{0,63}$/u;

export const VOICE_NAME_RULE = 'must be a voice name such as "sv", "sv+f3" or "Alva"';

export function isSafeVoiceName(name: string): boolean {
  return VOICE_NAME.test(name);
}
