/**
 * A SkillContext for asking a skill outside a conversation (a self-test, a reply check, a bench): an empty
 * store, data requests that fail, a silent log, no other skills. Overrides replace any part.
 */
import type { SkillContext } from './types';

export function quietContext(fields: Pick<SkillContext, 'now' | 'lang' | 'intent' | 'text'> & Partial<SkillContext>): SkillContext {
  return {
    timeZone: 'Europe/Stockholm',
    robotName: 'Laiban',
    slots: {},
    store: { get: async () => undefined, set: async () => undefined, delete: async () => undefined },
    data: { request: async (source) => Promise.reject(new Error(`no "${source}" data here`)) },
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    skills: [],
    emit: () => undefined,
    ...fields,
  };
}
