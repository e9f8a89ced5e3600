import type { SkillSentences } from './sentences';
import type { IntentSpec, Skill, SkillHandler, SkillManifest } from './types';

type IntentInput = Omit<IntentSpec, 'slots' | 'priority'> & Partial<Pick<IntentSpec, 'slots' | 'priority'>>;
type ManifestInput = Omit<SkillManifest, 'intents' | 'permissions'> & {
  intents: IntentInput[];
  permissions?: SkillManifest['permissions'];
};

/** Fills the manifest's optional parts so skill files stay short. Validation happens at load time. */
export function defineSkill(input: { manifest: ManifestInput; handle: SkillHandler; sentences?: SkillSentences }): Skill {
  const { manifest } = input;
  return {
    manifest: {
      ...manifest,
      permissions: manifest.permissions ?? { data: [] },
      intents: manifest.intents.map((i) => ({ slots: [], priority: 'normal', ...i })),
    },
    handle: input.handle,
    ...(input.sentences ? { sentences: input.sentences } : {}),
  };
}
