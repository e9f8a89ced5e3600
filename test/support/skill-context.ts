import { parseLocalDateTime } from '../../core/calendar';
import { quietContext } from '../../skills/sdk/quiet-context';
import type { SkillContext } from '../../skills/sdk/types';

export const STOCKHOLM = 'Europe/Stockholm';

/** Wall-clock time in Stockholm, e.g. at('2026-11-25T09:40:00'). */
export const at = (local: string): Date => parseLocalDateTime(local, STOCKHOLM);

/**
 * A SkillContext for calling a skill's handle() directly: Stockholm at 2026-11-25 09:40, Swedish, named Laiban,
 * an empty store, no bridge data (a request fails loudly) and a silent log.
 */
export function makeContext(overrides: Partial<SkillContext> = {}): SkillContext {
  return quietContext({
    now: at('2026-11-25T09:40:00'),
    lang: 'sv',
    intent: '',
    text: '',
    data: {
      request: async (source) => {
        throw new Error(`this test gives no bridge data (asked for "${source}")`);
      },
    },
    ...overrides,
  });
}
