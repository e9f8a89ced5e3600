/** The teachers' messages for the day, read out after the plan. */
import type { Localized } from '../../sdk';
import { asSentence } from '../shared/text';

/** Each message as a sentence of its own, as the teachers wrote it (Swedish in both languages). */
export function withMessages(speech: Localized, messages: readonly string[]): Localized {
  if (messages.length === 0) return speech;
  const read = messages.map(asSentence).join(' ');
  return { sv: `${speech.sv} ${read}`, en: `${speech.en} ${read}` };
}
