/** The longest thing each built-in skill says at once, in words: `npm run bench:replies`. */
import { wordCount } from '../skills/sdk/speech-budget';
import type { Localized } from '../skills/sdk/types';
import { everyReply } from './every-reply';

async function main(): Promise<void> {
  const longest = new Map<string, { words: number; text: string }>();
  for (const { skill, lang, reply } of await everyReply()) {
    const texts: Localized[] = [reply.speech, ...(reply.variants ?? []), ...(reply.more ?? [])];
    for (const t of texts) {
      const words = wordCount(t[lang]);
      if (words > (longest.get(skill)?.words ?? -1)) longest.set(skill, { words, text: t[lang] });
    }
  }
  console.log('longest spoken part per skill (words)');
  for (const [skill, { words, text }] of [...longest].sort((a, b) => b[1].words - a[1].words)) console.log(`  ${skill.padEnd(12)} ${String(words).padStart(3)}  ${text}`);
}

void main();
