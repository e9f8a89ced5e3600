/**
 * Fits a vocabulary to a speech model: libvosk skips (and warns about, on stderr, one line each) grammar
 * words its model does not know, so they are left out here, counted; a stem ("blöd*") becomes every model
 * word that starts with it. "[unk]" is always added: without it a grammar forces one of its words onto any
 * speech at full confidence (vosk-api #741).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface GrammarWords {
  words: readonly string[];
  stems: readonly string[];
}

export interface FittedGrammar {
  /** Vosk's grammar: one phrase per word, and "[unk]". */
  phrases: string[];
  /** Vocabulary words the model does not know. */
  notInModel: number;
}

export const UNKNOWN_WORD = '[unk]';

/** The words of a model's `words.txt` (beside the graph, or in `graph/`), sorted; without one, an error that says so. */
export function readModelWords(modelDir: string): string[] {
  const file = [path.join(modelDir, 'graph', 'words.txt'), path.join(modelDir, 'words.txt')].find((f) => fs.existsSync(f));
  if (!file) throw new Error(`the speech model ${modelDir} has no words.txt (looked in graph/ and the folder itself)`);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter((w) => w && !w.startsWith('#') && !/^<.*>$/.test(w) && w !== UNKNOWN_WORD)
    .sort();
}

export function fitGrammar(vocabulary: GrammarWords, modelWords: readonly string[]): FittedGrammar {
  const known = new Set(modelWords);
  const chosen = new Set(vocabulary.words.filter((w) => known.has(w)));
  for (const stem of vocabulary.stems) {
    if (!stem) continue;
    let i = lowerBound(modelWords, stem);
    while (i < modelWords.length && modelWords[i]!.startsWith(stem)) chosen.add(modelWords[i++]!);
  }
  const notInModel = [...new Set(vocabulary.words)].filter((w) => !known.has(w)).length;
  return { phrases: [...[...chosen].sort(), UNKNOWN_WORD], notInModel };
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
