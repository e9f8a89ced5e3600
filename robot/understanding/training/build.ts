import { type Lang, LANGS } from '../../../core/languages';
import { type IntentSpec } from '../../../skills/sdk/types';
import { normalizeUtterance } from '../normalize';
import { OUT_OF_SCOPE } from '../types';
import { gatherLanguage, type TrainingLanguage } from './language';
import { addNoise } from './noise';
import { type Rng, rngFor, shuffleInPlace } from '../random';
import { DEFAULT_ROSTER, rosterValues } from './slot-values';
import { expandTemplate, type SlotLists, templateRegExp } from './template';
import type { TrainingExample } from './types';

export interface TrainingSetOptions {
  /** The same seed gives the same set, example for example. */
  seed: number;
  /** First names of the children here; they are used together with DEFAULT_ROSTER. */
  roster?: readonly string[];
  /** Lists and out-of-scope talk from the common files and the loaded skills (see language.ts); default: the common files alone. */
  language?: TrainingLanguage;
}

/** A manifest example that two intents share after normalising. */
export interface ExampleConflict {
  text: string;
  intents: [string, string];
}

export interface TrainingSetReport {
  examples: TrainingExample[];
  /** Manifest examples shared by two intents (see findExampleConflicts). */
  conflicts: ExampleConflict[];
  /** Out-of-scope sentences a skill's example or template also says: the skill wins, the sentence is left out. */
  claimedOutOfScope: { text: string; lang: Lang; intent: string }[];
  dropped: {
    /** Distinct texts that would have had two labels (or a generated text equal to another intent's example); dropped from the losing labels. */
    collisions: number;
    /** Generated texts that contain an urgent intent's phrase but are labelled otherwise (the robot answers those as urgent anyway). */
    urgentPhrases: number;
  };
}

/** Examples per label ("oos" included) and language; both languages are always present. */
export type TrainingSetStats = Record<string, Record<Lang, number>>;

/** Examples per intent and language the generator aims at (manifest examples included). */
export const TARGET_PER_INTENT: Readonly<Record<Lang, number>> = { sv: 320, en: 250 };
/** Out-of-scope examples per in-scope example of the same language: 0.33 → about a quarter of the set. */
export const OOS_RATIO = 0.33;
/**
 * An intent with many templates (talk about anything a child likes) needs more than one example per
 * template to be learned at all: up to this many per template, at most this many times the target.
 */
const PER_TEMPLATE = 2;
const MAX_WIDENING = 2.5;
/** An intent without templates (an installed skill) is widened to at most this many variants per example. */
const VARIANTS_PER_EXAMPLE = 12;
/** How often a built-in intent's variant comes from a template rather than from a manifest example. */
const TEMPLATE_SHARE = 0.75;

interface Candidate {
  text: string;
  intent: string;
  lang: Lang;
  fromManifest: boolean;
}

function languagesOf(spec: IntentSpec): Lang[] {
  return LANGS.filter((lang) => (spec.examples[lang]?.length ?? 0) > 0);
}

function manifestTexts(spec: IntentSpec, lang: Lang): string[] {
  return unique((spec.examples[lang] ?? []).map(normalizeUtterance).filter((t) => t.length > 0));
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** Manifest examples shared (after normalising) by two intents; each pair once, in manifest order. */
export function findExampleConflicts(intents: readonly IntentSpec[]): ExampleConflict[] {
  const owners = new Map<string, string[]>();
  for (const spec of intents) {
    for (const lang of LANGS) {
      for (const text of manifestTexts(spec, lang)) {
        const list = owners.get(text) ?? [];
        if (!list.includes(spec.id)) list.push(spec.id);
        owners.set(text, list);
      }
    }
  }
  const conflicts: ExampleConflict[] = [];
  for (const [text, ids] of owners) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) conflicts.push({ text, intents: [ids[i]!, ids[j]!] });
    }
  }
  return conflicts;
}

/**
 * Word lists whose phrases a manifest example may have swapped for another of the same kind: the
 * intent's own slots, and family words ("mamma" → "mormor"), which read well in any intent.
 */
function swappableKinds(spec: IntentSpec, lists: SlotLists, lang: Lang): { kind: string; phrases: string[] }[] {
  const kinds = ['date', 'meal', 'timeOfDay', 'child'].filter((k) => (spec.slots as readonly string[]).includes(k));
  return [...kinds, 'family'].map((kind) => ({
    kind,
    phrases: unique([...(lists[kind]?.[lang] ?? [])]).sort((a, b) => b.length - a.length),
  }));
}

/** A manifest example said another way: other slot words, and a day or time added when the intent takes one. */
function augmentExample(text: string, spec: IntentSpec, lang: Lang, lists: SlotLists, rng: Rng): string {
  let padded = ` ${text} `;
  let hasDate = false;
  let hasTime = false;
  for (const { kind, phrases } of swappableKinds(spec, lists, lang)) {
    const found = phrases.find((p) => padded.includes(` ${p} `));
    if (!found) continue;
    if (kind === 'date') hasDate = true;
    if (kind === 'timeOfDay') hasTime = true;
    if (rng.chance(0.6)) padded = padded.replace(` ${found} `, ` ${rng.pick(lists[kind]![lang])} `);
  }
  let out = padded.trim();
  if (spec.slots.includes('date') && !hasDate && rng.chance(0.35)) out = `${out} ${rng.pick(lists.date![lang])}`;
  else if (spec.slots.includes('timeOfDay') && !hasTime && rng.chance(0.2)) out = `${out} ${rng.pick(lists.timeOfDay![lang])}`;
  return out;
}

function generateForIntent(spec: IntentSpec, lang: Lang, lists: SlotLists, seed: number): string[] {
  const rng = rngFor(seed, `intent:${spec.id}:${lang}`);
  const manifest = manifestTexts(spec, lang);
  const templates = spec.sentences?.[lang] ?? [];
  const target = templates.length
    ? Math.round(Math.min(MAX_WIDENING * TARGET_PER_INTENT[lang], Math.max(TARGET_PER_INTENT[lang], PER_TEMPLATE * templates.length)))
    : Math.min(TARGET_PER_INTENT[lang], Math.max(manifest.length * VARIANTS_PER_EXAMPLE, 40));
  const seen = new Set(manifest);
  const out: string[] = [];
  const maxAttempts = target * 12;
  for (let attempt = 0; attempt < maxAttempts && seen.size < target; attempt++) {
    const fromTemplate = templates.length > 0 && (manifest.length === 0 || rng.chance(TEMPLATE_SHARE));
    const base = fromTemplate ? expandTemplate(rng.pick(templates), lang, lists, rng) : augmentExample(rng.pick(manifest), spec, lang, lists, rng);
    const text = addNoise(base, lang, rng);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    out.push(text);
  }
  return out;
}

function generateOutOfScope(lang: Lang, target: number, lists: SlotLists, options: TrainingSetOptions, claimed: (text: string) => boolean): string[] {
  const rng = rngFor(options.seed, `oos:${lang}`);
  const { sentences, templates } = languageOf(options).outOfScope[lang];
  const corpus = shuffleInPlace(unique(sentences.map(normalizeUtterance).filter((t) => t.length > 0 && !claimed(t))), rng.next);
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (text: string) => {
    if (!text || seen.has(text) || claimed(text)) return;
    seen.add(text);
    out.push(text);
  };
  for (const text of corpus) {
    if (out.length >= target) break;
    add(text);
  }
  const maxAttempts = target * 12;
  for (let attempt = 0; attempt < maxAttempts && out.length < target; attempt++) {
    const base = rng.chance(0.45) ? expandTemplate(rng.pick(templates), lang, lists, rng) : rng.pick(corpus);
    add(addNoise(base, lang, rng));
  }
  return out;
}

/** The lists templates draw from, with the children's names (roster first, then the default names). */
function slotLists(options: TrainingSetOptions): SlotLists {
  const names = unique([...rosterValues(options.roster ?? []), ...rosterValues(DEFAULT_ROSTER)]);
  return { ...languageOf(options).lists, child: { sv: names, en: names } };
}

const languageOf = (options: TrainingSetOptions): TrainingLanguage => options.language ?? gatherLanguage([]).language;

/**
 * Which intent, if any, claims an utterance through a manifest example or a template: out-of-scope talk
 * a skill says too belongs to the skill ("knack knack" once a joke skill is installed).
 */
export function claimant(intents: readonly IntentSpec[], lists: SlotLists, lang: Lang): (text: string) => string | undefined {
  const examples = new Map<string, string>();
  const patterns: { re: RegExp; intent: string }[] = [];
  for (const spec of intents) {
    for (const text of manifestTexts(spec, lang)) if (!examples.has(text)) examples.set(text, spec.id);
    for (const template of spec.sentences?.[lang] ?? []) patterns.push({ re: templateRegExp(template, lang, lists), intent: spec.id });
  }
  return (text) => examples.get(text) ?? patterns.find((p) => p.re.test(text))?.intent;
}

type Claimants = Record<Lang, (text: string) => string | undefined>;

const claimantsOf = (intents: readonly IntentSpec[], lists: SlotLists): Claimants =>
  Object.fromEntries(LANGS.map((lang) => [lang, claimant(intents, lists, lang)])) as Claimants;

/** Out-of-scope sentences that a skill's example or template claims, for the load-time report. */
export function claimedOutOfScope(
  intents: readonly IntentSpec[],
  options: TrainingSetOptions,
  claimants: Claimants = claimantsOf(intents, slotLists(options)),
): TrainingSetReport['claimedOutOfScope'] {
  return LANGS.flatMap((lang) => {
    const claim = claimants[lang];
    return unique(languageOf(options).outOfScope[lang].sentences.map(normalizeUtterance)).flatMap((text) => {
      const intent = claim(text);
      return intent === undefined ? [] : [{ text, lang, intent }];
    });
  });
}

/**
 * Labelled utterances to train the intent model: every manifest example, generated variants (templates
 * with slot values, speech-recognition noise, children's spellings) and out-of-scope sentences labelled
 * "oos". Deterministic for a seed. No text appears under two labels; a generated text equal to another
 * intent's manifest example is dropped, and so is every label of a text two generators disagree about.
 */
export function generateTrainingSet(intents: readonly IntentSpec[], options: TrainingSetOptions): TrainingSetReport {
  const lists = slotLists(options);
  const claimants = claimantsOf(intents, lists);
  const candidates: Candidate[] = [];
  const manifestOwners = new Map<string, Set<string>>();
  const urgentIds = new Set(intents.filter((s) => s.priority === 'urgent').map((s) => s.id));
  const urgentPhrases: string[] = [];
  const inScopeCount: Record<Lang, number> = { sv: 0, en: 0 };

  for (const spec of intents) {
    for (const lang of languagesOf(spec)) {
      for (const text of manifestTexts(spec, lang)) {
        candidates.push({ text, intent: spec.id, lang, fromManifest: true });
        const owners = manifestOwners.get(text) ?? new Set<string>();
        owners.add(spec.id);
        manifestOwners.set(text, owners);
        if (urgentIds.has(spec.id)) urgentPhrases.push(` ${text} `);
      }
    }
  }
  for (const spec of intents) {
    for (const lang of languagesOf(spec)) {
      const generated = generateForIntent(spec, lang, lists, options.seed);
      for (const text of generated) candidates.push({ text, intent: spec.id, lang, fromManifest: false });
      inScopeCount[lang] += manifestTexts(spec, lang).length + generated.length;
    }
  }
  for (const lang of LANGS) {
    if (inScopeCount[lang] === 0) continue;
    const target = Math.round(inScopeCount[lang] * OOS_RATIO);
    const claim = claimants[lang];
    for (const text of generateOutOfScope(lang, target, lists, options, (t) => claim(t) !== undefined)) candidates.push({ text, intent: OUT_OF_SCOPE, lang, fromManifest: false });
  }

  // A generated text that names an urgent phrase is answered as urgent at run time, whatever its label here.
  let droppedUrgent = 0;
  const kept = candidates.filter((c) => {
    if (c.fromManifest || urgentIds.has(c.intent)) return true;
    const padded = ` ${c.text} `;
    if (urgentPhrases.some((p) => padded.includes(p))) {
      droppedUrgent++;
      return false;
    }
    return true;
  });

  const labels = new Map<string, Set<string>>();
  for (const c of kept) {
    const set = labels.get(c.text) ?? new Set<string>();
    set.add(c.intent);
    labels.set(c.text, set);
  }
  /** The one label a text may keep, or undefined when it has to go. */
  const allowedLabel = (text: string): string | undefined => {
    const owners = manifestOwners.get(text);
    if (owners) {
      if (owners.size === 1) return [...owners][0];
      const urgent = [...owners].filter((id) => urgentIds.has(id));
      return urgent.length === 1 ? urgent[0] : undefined;
    }
    const all = labels.get(text)!;
    return all.size === 1 ? [...all][0] : undefined;
  };

  const collided = new Set<string>();
  const emitted = new Set<string>();
  const examples: TrainingExample[] = [];
  for (const c of kept) {
    const allowed = allowedLabel(c.text);
    if (allowed !== c.intent) {
      collided.add(c.text);
      continue;
    }
    if (emitted.has(c.text)) continue;
    emitted.add(c.text);
    examples.push({ text: c.text, intent: c.intent, lang: c.lang });
  }
  shuffleInPlace(examples, rngFor(options.seed, 'order').next);
  return { examples, conflicts: findExampleConflicts(intents), claimedOutOfScope: claimedOutOfScope(intents, options, claimants), dropped: { collisions: collided.size, urgentPhrases: droppedUrgent } };
}

/** The training set alone; see generateTrainingSet for what was dropped and why. */
export function buildTrainingSet(intents: readonly IntentSpec[], options: TrainingSetOptions): TrainingExample[] {
  return generateTrainingSet(intents, options).examples;
}

/** Counts per label × language, for the CLI to print after training. */
export function trainingSetStats(examples: readonly TrainingExample[]): TrainingSetStats {
  const stats: TrainingSetStats = {};
  for (const ex of examples) {
    const row = (stats[ex.intent] ??= { sv: 0, en: 0 });
    row[ex.lang] += 1;
  }
  return stats;
}

/** Share of examples labelled "oos", 0–1. */
export function outOfScopeShare(examples: readonly TrainingExample[]): number {
  return examples.length ? examples.filter((e) => e.intent === OUT_OF_SCOPE).length / examples.length : 0;
}
