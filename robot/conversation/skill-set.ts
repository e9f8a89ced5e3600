/** The skills that answer and the understanding made for exactly them, with what a turn looks up in them. */
import type { Skill, SkillSummary } from '../../skills/sdk/types';
import type { Understanding } from '../understanding/understand';

/** What answers: the skills and the understanding trained for exactly them. They are switched together. */
export interface SkillSetInUse {
  understanding: Understanding;
  skills: readonly Skill[];
}

export interface ActiveSet extends SkillSetInUse {
  byIntent: Map<string, Skill>;
  summaries: SkillSummary[];
}

export function activeSet(next: SkillSetInUse): ActiveSet {
  const byIntent = new Map<string, Skill>();
  for (const skill of next.skills) for (const intent of skill.manifest.intents) byIntent.set(intent.id, skill);
  const summaries = next.skills.map(({ manifest: m }) => ({
    id: m.id,
    name: m.name,
    description: m.description,
    urgent: m.intents.some((i) => i.priority === 'urgent'),
  }));
  return { ...next, byIntent, summaries };
}
