/**
 * The words the recogniser may hear in grammar mode (Vosk then gives only these, or "[unk]"): every word
 * the loaded skills' sentences can produce (templates, shared rules, lists), the out-of-scope talk (decoys:
 * off-topic speech lands on them instead of on a command), the safeguarding words (a hurt child must never
 * become "[unk]"), yes and no, children's spellings, fillers, the robot's name and the children's names.
 * All of it is data, so a new skill's sentences add their words. Stems ("blöd*") stand for every word of
 * the speech model that starts so; the recogniser expands them against the model's own word list.
 */
import type { Lang } from '../../core/languages';
import { BESIDE_WORDS, NO_WORDS, YES_WORDS } from '../safeguarding/check-in';
import { COMMON_CHILD_NAMES } from './safeguarding/common-names';
import type { Lexicon } from './safeguarding/lexicon';
import { ENGLISH } from './safeguarding/lexicon-en';
import { SWEDISH } from './safeguarding/lexicon-sv';
import { childTalkSaid } from './safeguarding/need-examples';
import type { TrainingLanguage } from './training/language';
import { FILLERS, numberWords, SPOKEN_FORMS } from './training/noise';
import { templateWords } from './training/template';
import { normalizeUtterance } from './normalize';
import type { IntentSpec } from '../../skills/sdk/types';

export interface Vocabulary {
  words: string[];
  /** Word beginnings: every model word starting with one of them is heard too. */
  stems: string[];
}

export interface VocabularySources {
  intents: readonly IntentSpec[];
  language: TrainingLanguage;
  lang: Lang;
  robotName: string;
  roster: readonly string[];
}

const LEXICONS: Record<Lang, Lexicon> = { sv: SWEDISH, en: ENGLISH };

/** The recogniser's words: lower case, letters only, numbers spelled out. */
function spoken(text: string, lang: Lang): string[] {
  return normalizeUtterance(text)
    .split(' ')
    .filter(Boolean)
    .flatMap((w) => (/^\d+$/.test(w) ? (numberWords(Number(w), lang) ?? '').split(' ') : [w]))
    .filter((w) => /^\p{L}+$/u.test(w));
}

/** The words and stems of the safeguarding patterns ("blöd*", "kan|får ~ inte ~ andas"); `@list`s are read whole. */
function lexiconWords(lexicon: Lexicon): { words: string[]; stems: string[] } {
  const patterns = [...lexicon.cues.flatMap((c) => [c.pattern, ...[c.unless ?? []].flat()]), ...lexicon.harmless, ...lexicon.pretend, ...lexicon.past, ...lexicon.resolved];
  const tokens = [
    ...patterns.flatMap((p) => p.split(/[\s|~+]+/)).filter((t) => t && !t.startsWith('@')),
    ...Object.values(lexicon.lists).flat(),
    ...Object.entries(lexicon.canonical).flat(),
    ...lexicon.fillers,
    ...lexicon.courtesy,
    ...lexicon.neverFuzzy,
    ...lexicon.jokeWords,
    ...lexicon.selfWords,
    ...lexicon.otherWords,
    ...lexicon.otherAfterPossessive,
  ];
  const stems = tokens.filter((t) => t.endsWith('*')).map((t) => normalizeUtterance(t.slice(0, -1))).filter(Boolean);
  const words = tokens.filter((t) => !t.endsWith('*')).flatMap((t) => normalizeUtterance(t).split(' '));
  return { words, stems };
}

export function recognitionVocabulary(sources: VocabularySources): Vocabulary {
  const { lang, language } = sources;
  const words = new Set<string>();
  const add = (text: string) => spoken(text, lang).forEach((w) => words.add(w));
  for (const intent of sources.intents) {
    for (const template of intent.sentences?.[lang] ?? []) for (const w of templateWords(template, lang, language.lists)) add(w);
    for (const example of intent.examples?.[lang] ?? []) add(example);
  }
  for (const values of Object.values(language.lists)) (values[lang] ?? []).forEach(add);
  language.outOfScope[lang].sentences.forEach(add);
  for (const template of language.outOfScope[lang].templates) for (const w of templateWords(template, lang, language.lists)) add(w);
  childTalkSaid(lang).forEach(add);
  const lexicon = lexiconWords(LEXICONS[lang]);
  lexicon.words.forEach(add);
  for (const set of [YES_WORDS, NO_WORDS, BESIDE_WORDS]) set.forEach(add);
  for (const [phrase, forms] of SPOKEN_FORMS[lang]) [phrase, ...forms].forEach(add);
  FILLERS[lang].forEach(add);
  for (let n = 0; n <= 100; n++) add(numberWords(n, lang) ?? '');
  [sources.robotName, ...sources.roster, ...COMMON_CHILD_NAMES].forEach(add);
  return { words: [...words].sort(), stems: [...new Set(lexicon.stems)].sort() };
}
