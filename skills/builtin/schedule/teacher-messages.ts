/** The teachers' messages for the day, read out after the plan. */
import type { Localized } from '../../sdk';
import { asSentence } from '../shared/text';

/** Each message a part of its own, told after the plan (Swedish in both languages, as the teachers wrote it). */
export function messageParts(messages: readonly string[]): Localized[] {
  return messages.map(asSentence).map((read) => ({ sv: read, en: read }));
}
