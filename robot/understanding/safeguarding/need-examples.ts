/**
 * What the need scorer learns from: child utterances labelled by situation (`examples/`, the sets whose
 * errors were read while writing the cues), and the robot's ordinary questions and out-of-scope talk
 * (generated from the intents' templates) as utterances that need no grown-up.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../../core/languages';
import { rngFor } from '../random';
import { builtinSkills } from '../../../skills/builtin';
import { type GatheredLanguage, gatherLanguage } from '../training/language';
import { expandTemplate, type SlotLists } from '../training/template';
import { DEFAULT_ROSTER, rosterValues } from '../training/slot-values';
import { NeedScorer, type NeedExample, type TrainOptions } from './need-scorer';
import { readSafeguardingFile, type SafeguardingItem } from './evaluate';
import { ENGLISH } from './lexicon-en';
import { SWEDISH } from './lexicon-sv';

/** The labelled sets, in the order they were written (twelfth was read after sixteenth). */
export const EXAMPLE_SETS = ['dev', 'test', 'final', 'holdout', 'fresh', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'twentieth', 'twentyfirst', 'twentythird'];

/** The labelled sets beside this file (the build copies them into dist/). */
const examplesDir = (): string => path.join(__dirname, 'examples');

/** The items of these sets; a broken line is an error naming its file and line. */
const readSets = (dir: string, sets: readonly string[]): SafeguardingItem[] => sets.flatMap((name) => readSafeguardingFile(path.join(dir, `${name}.jsonl`)));

/** The labelled child utterances of these sets. */
export function labelledChildTalk(dir = examplesDir(), sets: readonly string[] = EXAMPLE_SETS): NeedExample[] {
  return readSets(dir, sets).map(({ text, category }) => ({ text, category }));
}

/** What the children in the labelled sets said in one language (their words join the recogniser's grammar). */
export function childTalkSaid(lang: Lang, dir = examplesDir()): string[] {
  return readSets(dir, EXAMPLE_SETS)
    .filter((item) => item.lang === lang)
    .map(({ text }) => text);
}

/** The scorer the robot uses: trained on the shipped examples (about a second on a 2-core machine, the same weights on every machine). */
export function trainDefaultNeedScorer(): NeedScorer {
  return trainNeedScorer(labelledChildTalk());
}

/** A scorer trained the robot's way on these labelled utterances and the ordinary talk (cross-validation trains on a part). */
export function trainNeedScorer(labelled: readonly NeedExample[], options: Omit<TrainOptions, 'spokenForms'> = {}): NeedScorer {
  return NeedScorer.train([...labelled, ...ordinaryTalk()], { ...options, spokenForms: spokenForms() });
}

/** Children's spellings read as the written word, both languages' ("ja" → "jag", "mej" → "mig"). */
const spokenForms = (): Map<string, string> => new Map([...Object.entries(ENGLISH.canonical), ...Object.entries(SWEDISH.canonical)]);

/** The build trains the default scorer once and ships its weights beside this file (dist/), so the robot starts without training. */
export const SHIPPED_WEIGHTS = 'need-scorer.weights';

/** Writes the default scorer's weights where `shippedNeedScorer` reads them (the build does, after copying the examples). */
export function shipNeedScorer(dir = __dirname): string {
  const file = path.join(dir, SHIPPED_WEIGHTS);
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, trainDefaultNeedScorer().toBytes());
  fs.renameSync(partial, file);
  return file;
}

/** The shipped weights, or undefined when there are none (the sources, before a build) or they cannot be read. */
export function shippedNeedScorer(dir = __dirname): NeedScorer | undefined {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(path.join(dir, SHIPPED_WEIGHTS));
  } catch {
    return undefined;
  }
  try {
    return NeedScorer.fromBytes(bytes, spokenForms());
  } catch {
    // Broken or from other code: training gives the same weights, only slower.
    return undefined;
  }
}

/** The intent whose templates are children who need a grown-up (situation unlabelled). */
const NEEDS_ADULT_INTENT = 'needs_adult';

let builtin: GatheredLanguage | undefined;

/** The built-in skills' language: what children ask the robot every day (read from their files once per process). */
export function builtinLanguage(): GatheredLanguage {
  builtin ??= gatherLanguage(builtinSkills);
  return builtin;
}

/** Ordinary talk: per template this many generated variants; needs_adult variants count as a need. */
export function ordinaryTalk(perTemplate = 3, seed = 20261203, { intents, language } = builtinLanguage()): NeedExample[] {
  const names = rosterValues(DEFAULT_ROSTER);
  const lists: SlotLists = { ...language.lists, child: { sv: names, en: names } };
  const out: NeedExample[] = [];
  const seen = new Set<string>();
  const add = (text: string, category: NeedExample['category']) => {
    if (seen.has(text)) return;
    seen.add(text);
    out.push({ text, category });
  };
  for (const intent of intents) {
    for (const [lang, templates] of Object.entries(intent.sentences ?? {}) as [Lang, readonly string[]][]) {
      const rng = rngFor(seed, `need:${intent.id}:${lang}`);
      for (const template of templates) {
        for (let i = 0; i < perTemplate; i++) add(expandTemplate(template, lang, lists, rng), intent.id === NEEDS_ADULT_INTENT ? 'other_child' : 'none');
      }
    }
  }
  for (const { sentences } of Object.values(language.outOfScope)) for (const text of sentences) add(text, 'none');
  return out;
}

let shared: NeedScorer | undefined;

/** One default per process: the weights are a pure function of the shipped files, so this is a constant (read from the build's copy when there is one). */
export function sharedNeedScorer(): NeedScorer {
  shared ??= shippedNeedScorer() ?? trainDefaultNeedScorer();
  return shared;
}
