export type { SpeechBackend, SpeechEngineName, SpeechOptions, SpeechOut } from './types';
export { createSpeechOut, type SpeechOutChoice, type SpeechOutDeps } from './create';
export { parseSpeechOptions, speechOptionsSchema } from './options';
export { sanitizeForSpeech } from './sanitize';
export { hasAudioOutput } from './device';
