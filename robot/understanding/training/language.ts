/**
 * Everything the intent model learns its language from, gathered from the loaded skills and the common
 * files: each intent's templates (shared `<rules>` expanded), every `{list}` templates draw from, and the
 * out-of-scope talk (the common corpus and templates, plus the skills' hard negatives). Nothing else goes
 * into training, so removing a skill removes its phrasing.
 */
import { type CommonSentences, readCommonSentences } from '../../../skills/common';
import { expandRules } from '../../../skills/sdk/sentences';
import { LANGS, type Lang } from '../../../core/languages';
import { type IntentSpec, type Skill } from '../../../skills/sdk/types';

export type ValueLists = Record<string, Record<Lang, readonly string[]>>;

export interface TrainingLanguage {
  lists: ValueLists;
  outOfScope: Record<Lang, { sentences: readonly string[]; templates: readonly string[] }>;
}

export interface GatheredLanguage {
  /** The skills' intents with their templates attached. */
  intents: IntentSpec[];
  language: TrainingLanguage;
  /** Sentence files that name an intent the skill does not have, a list another skill defines differently… */
  problems: string[];
}

export function gatherLanguage(skills: readonly Skill[], common: Record<Lang, CommonSentences> = readCommonSentences()): GatheredLanguage {
  const problems: string[] = [];
  const lists: ValueLists = {};
  const listOwner = new Map<string, string>();
  const addList = (name: string, lang: Lang, values: readonly string[], owner: string) => {
    const first = listOwner.get(`${name}:${lang}`);
    if (first !== undefined) {
      if (JSON.stringify(lists[name]?.[lang]) !== JSON.stringify(values)) {
        problems.push(`${owner}: list {${name}} (${lang}) is already defined by ${first}; the first one is kept`);
      }
      return;
    }
    lists[name] = { ...(lists[name] ?? { sv: [], en: [] }), [lang]: values } as Record<Lang, readonly string[]>;
    listOwner.set(`${name}:${lang}`, owner);
  };
  const outOfScope = Object.fromEntries(
    LANGS.map((lang) => [lang, { sentences: [...common[lang].outOfScope.sentences], templates: [...common[lang].outOfScope.templates] }]),
  ) as Record<Lang, { sentences: string[]; templates: string[] }>;
  for (const lang of LANGS) {
    for (const [kind, byValue] of Object.entries(common[lang].slots)) addList(kind, lang, Object.values(byValue).flat(), 'common slots');
    for (const [name, values] of Object.entries(common[lang].lists)) addList(name, lang, values, 'common');
  }

  const intents = skills.flatMap((skill) => {
    const id = skill.manifest.id;
    const sentences = new Map<string, Partial<Record<Lang, string[]>>>();
    for (const lang of LANGS) {
      const file = skill.sentences?.[lang];
      if (!file) continue;
      const rules = { ...common[lang].rules, ...file.rules };
      for (const [name, values] of Object.entries(file.lists ?? {})) addList(name, lang, values, `skill "${id}"`);
      outOfScope[lang].sentences.push(...(file.negatives ?? []));
      for (const [intent, templates] of Object.entries(file.intents ?? {})) {
        if (!skill.manifest.intents.some((i) => i.id === intent)) {
          problems.push(`skill "${id}": its ${lang} sentences name intent "${intent}", which it does not declare`);
          continue;
        }
        const expanded: string[] = [];
        for (const template of templates) {
          try {
            expanded.push(expandRules(template, rules));
          } catch (err) {
            problems.push(`skill "${id}": ${(err as Error).message}`);
          }
        }
        sentences.set(intent, { ...sentences.get(intent), [lang]: expanded });
      }
    }
    return skill.manifest.intents.map((intent): IntentSpec => {
      const own = sentences.get(intent.id);
      return own ? { ...intent, sentences: own } : { ...intent, sentences: undefined };
    });
  });
  // Drop the key rather than leave `sentences: undefined` (hashes and deep equality see no difference).
  for (const intent of intents) if (intent.sentences === undefined) delete intent.sentences;
  return { intents, language: { lists, outOfScope }, problems };
}
