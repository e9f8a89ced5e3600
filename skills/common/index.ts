/**
 * What every skill's sentences share (`sentences/<lang>.yaml`): phrase rules such as a greeting before
 * the question (`<hi>`), the lists templates and slots draw from (days, meals, family, dishes…), and talk
 * that no skill answers (out of scope), as sentences and as templates.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { LANGS, type Lang } from '../sdk/types';

const phrase = z.string().trim().min(1);
const name = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/);

export const commonFileSchema = z
  .object({
    rules: z.record(name, phrase),
    /** Slot kind → value → the phrases that say it: a template's {meal} draws from them, the slot filler reads them. */
    slots: z.record(name, z.record(name, z.array(phrase).min(1))),
    lists: z.record(name, z.array(phrase).min(1)),
    outOfScope: z.object({ sentences: z.array(phrase), templates: z.array(phrase) }).strict(),
  })
  .strict();
export type CommonSentences = z.infer<typeof commonFileSchema>;

/** The folder beside this file (from dist/, the source tree's copy when the build did not copy it). */
const DIR = path.join(__dirname, 'sentences');

/** Reads both languages' common files; a broken file is an error naming file and key. */
export function readCommonSentences(dir = DIR): Record<Lang, CommonSentences> {
  const read = (lang: Lang): CommonSentences => {
    const file = path.join(dir, `${lang}.yaml`);
    const doc = YAML.parseDocument(fs.readFileSync(file, 'utf8'));
    if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message}`);
    const parsed = commonFileSchema.safeParse(doc.toJS());
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data;
  };
  return Object.fromEntries(LANGS.map((lang) => [lang, read(lang)])) as Record<Lang, CommonSentences>;
}

/** Value → phrases for one slot kind, both languages together (a child may mix them). */
export function slotPhrases(common: Record<Lang, CommonSentences>, kind: string): [value: string, phrases: string[]][] {
  const byValue = new Map<string, string[]>();
  for (const lang of LANGS) for (const [value, phrases] of Object.entries(common[lang].slots[kind] ?? {})) byValue.set(value, [...(byValue.get(value) ?? []), ...phrases]);
  return [...byValue];
}
