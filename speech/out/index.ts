export type { SpeechBackend, SpeechEngineName, SpeechOptions, SpeechOut } from './types';
export { createSpeechOut, type SpeechOutChoice, type SpeechOutDeps } from './create';
export { assertValidSpeechOptions } from './options';
export { isSafeVoiceName } from './voice-name';
export { sanitizeForSpeech } from './sanitize';
export { hasAudioOutput } from './device';
