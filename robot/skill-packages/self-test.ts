/** Before a new skill goes live, it answers the first example of each of its intents, in its sandbox. */
import type { SkillManifest } from '../../skills/sdk/types';
import { replySchema } from '../../skills/sdk/manifest-schema';
import { quietContext } from '../../skills/sdk/quiet-context';
import { SkillSandbox } from '../sandbox/skill-sandbox';

export async function selfTest(dir: string, manifest: SkillManifest, now: Date, timeoutMs: number): Promise<string | undefined> {
  const sandbox = new SkillSandbox(dir);
  try {
    for (const intent of manifest.intents) {
      for (const lang of manifest.languages) {
        const text = intent.examples[lang]?.[0];
        if (text === undefined) continue;
        const ctx = quietContext({ now, lang, intent: intent.id, text });
        let reply: unknown;
        try {
          reply = await sandbox.handle(ctx, timeoutMs);
        } catch (err) {
          return `"${text}" (${intent.id}, ${lang}) failed: ${(err as Error).message}`;
        }
        if (!replySchema.safeParse(reply).success) return `"${text}" (${intent.id}, ${lang}) gave no valid reply`;
      }
    }
    return undefined;
  } finally {
    await sandbox.close();
  }
}
