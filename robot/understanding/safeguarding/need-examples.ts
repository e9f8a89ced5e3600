/**
 * What the need scorer learns from: child utterances labelled by situation (`examples/`, the sets whose
 * errors were read while writing the cues), and the robot's ordinary questions and out-of-scope talk
 * (generated from the intents' templates) as utterances that need no grown-up.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../../skills/sdk/types';
import { rngFor } from '../random';
import { INTENT_TEMPLATES } from '../training/intent-templates';
import { OOS_CORPUS } from '../training/oos-corpus';
import { expandTemplate, type SlotLists } from '../training/template';
import { DEFAULT_ROSTER, rosterValues, VALUES } from '../training/slot-values';
import { NeedScorer, type NeedExample } from './need-scorer';
import { readSafeguardingFile } from './evaluate';

const EXAMPLE_SETS = ['dev', 'test', 'final', 'holdout'];

/** The labelled sets beside this file (from dist/, the source tree's copy). */
function examplesDir(): string {
  const beside = path.join(__dirname, 'examples');
  if (fs.existsSync(beside)) return beside;
  return path.resolve(__dirname, '../../../../robot/understanding/safeguarding/examples');
}

/** The labelled child utterances; a broken line is an error naming its file and line. */
export function labelledChildTalk(dir = examplesDir()): NeedExample[] {
  return EXAMPLE_SETS.flatMap((name) => readSafeguardingFile(path.join(dir, `${name}.jsonl`))).map(({ text, category }) => ({ text, category }));
}

/** The scorer the robot uses: trained on the shipped examples (about 0.4 s, the same weights on every machine). */
export function trainDefaultNeedScorer(): NeedScorer {
  return NeedScorer.train([...labelledChildTalk(), ...ordinaryTalk()]);
}

/** The intent whose templates are children who need a grown-up (situation unlabelled). */
const NEEDS_ADULT_INTENT = 'needs_adult';

/** Ordinary talk: per template this many generated variants; needs_adult variants count as a need. */
export function ordinaryTalk(perTemplate = 3, seed = 20261203): NeedExample[] {
  const names = rosterValues(DEFAULT_ROSTER);
  const lists: SlotLists = { ...VALUES, child: { sv: names, en: names } };
  const out: NeedExample[] = [];
  const seen = new Set<string>();
  const add = (text: string, category: NeedExample['category']) => {
    if (seen.has(text)) return;
    seen.add(text);
    out.push({ text, category });
  };
  for (const [intent, perLang] of Object.entries(INTENT_TEMPLATES)) {
    for (const [lang, templates] of Object.entries(perLang) as [Lang, readonly string[]][]) {
      const rng = rngFor(seed, `need:${intent}:${lang}`);
      for (const template of templates) {
        for (let i = 0; i < perTemplate; i++) add(expandTemplate(template, lang, lists, rng), intent === NEEDS_ADULT_INTENT ? 'other_child' : 'none');
      }
    }
  }
  for (const texts of Object.values(OOS_CORPUS)) for (const text of texts) add(text, 'none');
  return out;
}

let shared: NeedScorer | undefined;

/** One trained default per process: the weights are a pure function of the shipped files, so this is a constant. */
export function sharedNeedScorer(): NeedScorer {
  shared ??= trainDefaultNeedScorer();
  return shared;
}
