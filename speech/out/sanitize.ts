/**
 * Makes outside text (teacher messages, menu items, children's names) safe and pleasant for a TTS engine.
 *
 * Engines treat some characters as syntax, not speech:
 * - say.js on Linux pastes the text into a festival Scheme expression `(SayText "…")` without escaping,
 *   so `"` and `\` would let text run Scheme code (festival has `system`).
 * - espeak-ng reads `[[…]]` as phoneme input, and SSML/tags when told to; macOS say reads `[[…]]` as
 *   embedded commands. Brackets, braces and angle brackets therefore go.
 * - Semicolons become commas: no engine here needs them, they start comments in Scheme and separate
 *   statements in shells and PowerShell, and a comma keeps the same pause in the voice.
 * - NUL makes spawn() throw; control and format characters are replaced or removed.
 * It is an allow-list: letters and marks of any script (many children are multilingual), digits,
 * whitespace and the punctuation a voice uses to phrase sentences. Everything else becomes a space.
 */

declare const speechTextBrand: unique symbol;
/** Text that has been through sanitizeForSpeech; the only thing an engine accepts. */
export type SpeechText = string & { readonly [speechTextBrand]: true };

const QUOTES = /["'`´“”‘’«»„‚‹›]/g;
/** Zero-width and bidi characters would otherwise split or hide words; they are removed, not spaced. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const TAG_LIKE = /<\/?[a-zA-Z][^<>]*>/g;
const NOT_ALLOWED = /[^\p{L}\p{M}\p{N}\s.,!?:%&°…–—+-]/gu;
const WHITESPACE_RUN = /\s+/g;
/** A leading dash would look like an option to a command-line engine; "-5 grader" keeps its minus. */
const LEADING_BULLET = /^(?:[-–—+]+(?!\d)\s*)+/;
const TRAILING_JOINERS = /[\s,:;–—+-]+$/;

export function sanitizeForSpeech(text: string, maxChars: number): string {
  if (!Number.isInteger(maxChars) || maxChars < 1) {
    throw new RangeError(`maxChars must be a positive integer, got ${maxChars}`);
  }
  const cleaned = text
    .normalize('NFC')
    .replace(FORMAT_CHARACTERS, '')
    .replace(TAG_LIKE, ' ')
    .replace(QUOTES, '')
    .replace(/;/g, ',')
    .replace(NOT_ALLOWED, ' ')
    .replace(WHITESPACE_RUN, ' ')
    .trim()
    .replace(LEADING_BULLET, '');
  return capAtWordBoundary(cleaned, maxChars);
}

/** Sanitised text, or null when nothing speakable (no letter or digit) is left. */
export function toSpeechText(text: string, maxChars: number): SpeechText | null {
  const sanitized = sanitizeForSpeech(text, maxChars);
  return /[\p{L}\p{N}]/u.test(sanitized) ? (sanitized as SpeechText) : null;
}

function capAtWordBoundary(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let cut = text.slice(0, maxChars);
  if (text[maxChars] !== ' ') {
    const lastSpace = cut.lastIndexOf(' ');
    if (lastSpace > 0) cut = cut.slice(0, lastSpace);
    else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1); // one long word: do not split a surrogate pair
  }
  return cut.replace(TRAILING_JOINERS, '');
}
