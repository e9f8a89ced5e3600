import { replySchema } from '../../skills/sdk/manifest-schema';
import type { Reply, Skill, SkillContext } from '../../skills/sdk/types';

export type SkillOutcome =
  | { kind: 'answered'; reply: Reply }
  | { kind: 'failed'; reason: 'threw' | 'timeout' | 'invalid-reply'; error: string };

/**
 * Runs one skill turn. A skill that throws, answers too late or answers something malformed
 * never reaches the child; the caller turns the failure into a kind fallback.
 */
export async function runSkill(skill: Skill, ctx: SkillContext, timeoutMs: number): Promise<SkillOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<SkillOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'failed', reason: 'timeout', error: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  const attempt = (async (): Promise<SkillOutcome> => {
    try {
      const reply: unknown = await skill.handle(ctx);
      const parsed = replySchema.safeParse(reply);
      if (!parsed.success) {
        const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'reply'}: ${i.message}`).join('; ');
        return { kind: 'failed', reason: 'invalid-reply', error: detail };
      }
      return { kind: 'answered', reply: parsed.data };
    } catch (err) {
      return { kind: 'failed', reason: 'threw', error: err instanceof Error ? err.stack ?? err.message : String(err) };
    }
  })();
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
