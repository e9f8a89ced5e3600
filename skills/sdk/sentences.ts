/**
 * A skill's language as data: per language a YAML file in its `sentences/` folder, hassil-style —
 * templates per intent (`(a|b)` one of, `[a|b]` optional, `{list}` a value from a list, `<rule>` a shared
 * phrase such as a greeting), the skill's own lists, and hard negatives (talk that sounds like the skill
 * but is not for it). The shared rules and lists live in `skills/common/sentences/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { LANGS, type Lang } from '../../core/languages';

const listName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'a list name is letters and digits ("dish", "bodyPart")');
const phrase = z.string().trim().min(1);

export const sentenceFileSchema = z
  .object({
    intents: z.record(z.string(), z.array(phrase).min(1)).optional(),
    lists: z.record(listName, z.array(phrase).min(1)).optional(),
    rules: z.record(listName, phrase).optional(),
    negatives: z.array(phrase).optional(),
  })
  .strict();
export type SentenceFile = z.infer<typeof sentenceFileSchema>;

/** The sentence files of one skill, by language. */
export type SkillSentences = Partial<Record<Lang, SentenceFile>>;

/** Reads `<dir>/<lang>.yaml` for each language present; a broken file is an error naming file, line and key. */
export function readSentenceDir(dir: string): SkillSentences {
  const out: SkillSentences = {};
  for (const lang of LANGS) {
    const file = path.join(dir, `${lang}.yaml`);
    if (fs.existsSync(file)) out[lang] = readSentenceFile(file);
  }
  return out;
}

export function readSentenceFile(file: string): SentenceFile {
  const doc = YAML.parseDocument(fs.readFileSync(file, 'utf8'), { prettyErrors: true });
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message}`);
  const parsed = sentenceFileSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`);
    throw new Error(`${file}: ${details.join('; ')}`);
  }
  return parsed.data;
}

/** Replaces each `<rule>` with its text (rules may use rules); an unknown rule is an error naming it. */
export function expandRules(template: string, rules: Readonly<Record<string, string>>, seen: readonly string[] = []): string {
  return template.replace(/<([a-zA-Z][a-zA-Z0-9]*)>/g, (_, name: string) => {
    const rule = rules[name];
    if (rule === undefined) throw new Error(`template "${template}": no rule <${name}>`);
    if (seen.includes(name)) throw new Error(`rule <${name}> uses itself`);
    return expandRules(rule, rules, [...seen, name]);
  });
}
