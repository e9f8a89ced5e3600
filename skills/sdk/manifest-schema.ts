import { z } from 'zod';
import { EXPRESSIONS, LANGS, SLOT_KINDS, type Skill, type SkillManifest } from './types';

const localized = z.object({ sv: z.string().min(1), en: z.string().min(1) });
const identifier = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lower case letters, digits and _ (for example "lunch_menu")');

const intentSchema = z.object({
  id: identifier,
  examples: z.partialRecord(z.enum(LANGS), z.array(z.string().min(1)).min(1)),
  slots: z.array(z.enum(SLOT_KINDS)),
  priority: z.enum(['normal', 'urgent']),
  sentences: z.partialRecord(z.enum(LANGS), z.array(z.string().min(1))).optional(),
});

export const manifestSchema = z
  .object({
    id: identifier,
    version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/, 'must be a semantic version such as "1.0.0"'),
    name: localized,
    description: localized,
    languages: z.array(z.enum(LANGS)).min(1),
    intents: z.array(intentSchema).min(1),
    permissions: z.object({ data: z.array(identifier) }),
  })
  .strict()
  .superRefine((m, ctx) => {
    m.intents.forEach((intent, i) => {
      for (const lang of m.languages) {
        if (!intent.examples[lang]?.length) {
          ctx.addIssue({ code: 'custom', path: ['intents', i, 'examples', lang], message: `intent "${intent.id}" has no ${lang} examples` });
        }
      }
    });
  });

export class SkillLoadError extends Error {
  constructor(readonly where: string, detail: string) {
    super(`skill ${where}: ${detail}`);
    this.name = 'SkillLoadError';
  }
}

/** Checks a module's default export is a skill with a valid manifest; the error names each bad key. */
export function validateSkill(candidate: unknown, where: string): Skill {
  const skill = candidate as Partial<Skill> | undefined;
  if (!skill || typeof skill !== 'object' || typeof skill.handle !== 'function') {
    throw new SkillLoadError(where, 'must export default defineSkill({ manifest, handle })');
  }
  const parsed = manifestSchema.safeParse(skill.manifest);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'manifest'}: ${issue.message}`);
    throw new SkillLoadError(where, `invalid manifest: ${details.join('; ')}`);
  }
  return { manifest: parsed.data as SkillManifest, handle: skill.handle, ...(skill.sentences ? { sentences: skill.sentences } : {}), ...(skill.close ? { close: skill.close } : {}) };
}

export const expressionSchema = z.enum(EXPRESSIONS);
export const replySchema = z.object({
  speech: localized,
  expression: expressionSchema,
  followUp: z.object({ question: localized, slot: z.enum(SLOT_KINDS) }).optional(),
  variants: z.array(localized).max(12).optional(),
  more: z.array(localized).max(12).optional(),
  moreQuestion: localized.optional(),
  guessing: z.boolean().optional(),
});
