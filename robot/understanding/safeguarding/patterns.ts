/**
 * The small pattern language the safeguarding cues are written in, hassil-style but over recogniser
 * tokens. A pattern is parts joined by ` ~ ` (up to four words in between) or ` + ` (right after each
 * other); a part is alternatives joined
 * by `|`, each a sequence of words: `ont`, `blöd*` (a stem: blöder, blödde, blödning), `@body` (a shared
 * list), `inte bra`. Words and stems of five letters or more also match one edit away (the first letter kept)
 * (a recogniser's garbled word), and the caller weighs such a match less. Words are compared squeezed.
 */

export interface WordLists {
  [name: string]: readonly string[];
}

type Atom = { kind: 'word'; text: string } | { kind: 'stem'; text: string };
/** One alternative: words that must follow each other; an `@list` stands for one word from the list. */
type Sequence = Atom[][];
type Element = { kind: 'any-of'; alternatives: Sequence[] } | { kind: 'gap'; max: number };

export interface CompiledPattern {
  source: string;
  elements: Element[];
}

/** How a token met an atom: exactly, or one edit away. */
export type Fit = 'exact' | 'fuzzy' | 'none';

const MIN_FUZZY_WORD = 5;
const MIN_FUZZY_STEM = 5;
const GAP_WORDS = 4;

export class PatternError extends Error {
  override name = 'PatternError';
}

/**
 * A word with every run of one consonant said once ("hjjälp" → "hjälp", "toalett" → "toalet"): recognisers
 * and children double and halve consonants without changing the word; a vowel drawn out ("hjäääälp") is
 * said once, but a double vowel stays ("wee" is not "we").
 * Tokens and cues are compared this way.
 */
export const squeeze = (word: string): string => word.replace(/([^aeiouyåäöé])\1+/gu, '$1').replace(/([aeiouyåäöé])\1\1+/gu, '$1');

function atomOf(text: string, canonical: (word: string) => string): Atom {
  return text.endsWith('*') ? { kind: 'stem', text: squeeze(text.slice(0, -1)) } : { kind: 'word', text: squeeze(canonical(text)) };
}

/** `canonical` maps a word to the form tokens are given in ("mej" → "mig"), so cues may be written either way. */
export function compilePattern(source: string, lists: WordLists, canonical: (word: string) => string = (w) => w): CompiledPattern {
  const elements: Element[] = [];
  source
    .trim()
    .split(/\s+(?=[~+]\s)|(?<=\s[~+])\s+/)
    .forEach((part) => {
      if (part === '~') return void elements.push({ kind: 'gap', max: GAP_WORDS });
      if (part === '+') return;
      const alternatives: Sequence[] = part.split('|').map((alternative) => {
        const words = alternative.trim().split(/\s+/).filter((w) => w !== '');
        if (words.length === 0) throw new PatternError(`pattern "${source}": an empty alternative in "${part}"`);
        return words.map((word) => {
          if (!word.startsWith('@')) return [atomOf(word, canonical)];
          const list = lists[word.slice(1)];
          if (!list) throw new PatternError(`pattern "${source}": no word list called ${word}`);
          return list.map((w) => atomOf(w, canonical));
        });
      });
      elements.push({ kind: 'any-of', alternatives });
    });
  return { source, elements };
}

/** True when a and b are at most one edit apart (insert, delete, substitute, or swap two neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function fitOf(token: string, atom: Atom): Fit {
  const { text } = atom;
  if (atom.kind === 'word') {
    if (token === text) return 'exact';
    return text.length >= MIN_FUZZY_WORD && token.length >= MIN_FUZZY_WORD && token[0] === text[0] && withinOneEdit(token, text) ? 'fuzzy' : 'none';
  }
  if (token.startsWith(text)) return 'exact';
  if (text.length < MIN_FUZZY_STEM || token.length < text.length || token[0] !== text[0]) return 'none';
  for (const cut of [text.length, text.length + 1]) {
    if (cut <= token.length && withinOneEdit(token.slice(0, cut), text)) return 'fuzzy';
  }
  return 'none';
}

function bestFit(token: string, atoms: readonly Atom[]): Fit {
  let best: Fit = 'none';
  for (const atom of atoms) {
    const fit = fitOf(token, atom);
    if (fit === 'exact') return fit;
    if (fit === 'fuzzy') best = fit;
  }
  return best;
}

/** Where each way of matching the sequence at `pos` ends, and whether it needed a fuzzy word. */
function sequenceAt(sequence: Sequence, tokens: readonly string[], pos: number): { end: number; fuzzy: boolean } | undefined {
  let fuzzy = false;
  for (let k = 0; k < sequence.length; k++) {
    const token = tokens[pos + k];
    if (token === undefined) return undefined;
    const fit = bestFit(token, sequence[k]!);
    if (fit === 'none') return undefined;
    fuzzy ||= fit === 'fuzzy';
  }
  return { end: pos + sequence.length, fuzzy };
}

export interface PatternMatch {
  start: number;
  end: number;
  fuzzy: boolean;
}

/** The first place the pattern matches in the tokens (preferring exact matches), or undefined. */
export function matchPattern(pattern: CompiledPattern, tokens: readonly string[]): PatternMatch | undefined {
  let fuzzyMatch: PatternMatch | undefined;
  for (let start = 0; start < tokens.length; start++) {
    const found = matchFrom(pattern.elements, 0, tokens, start, false);
    if (found === undefined) continue;
    const match = { start, end: found.end, fuzzy: found.fuzzy };
    if (!match.fuzzy) return match;
    fuzzyMatch ??= match;
  }
  return fuzzyMatch;
}

type Found = { end: number; fuzzy: boolean } | undefined;

function matchFrom(elements: readonly Element[], at: number, tokens: readonly string[], pos: number, fuzzy: boolean): Found {
  if (at === elements.length) return { end: pos, fuzzy };
  const element = elements[at]!;
  let fallback: Found;
  const consider = (found: Found): boolean => {
    if (found && !found.fuzzy) return true;
    fallback ??= found;
    return false;
  };
  if (element.kind === 'gap') {
    for (let skip = 0; skip <= element.max && pos + skip <= tokens.length; skip++) {
      const found = matchFrom(elements, at + 1, tokens, pos + skip, fuzzy);
      if (consider(found)) return found;
    }
    return fallback;
  }
  for (const sequence of element.alternatives) {
    const here = sequenceAt(sequence, tokens, pos);
    if (!here) continue;
    const found = matchFrom(elements, at + 1, tokens, here.end, fuzzy || here.fuzzy);
    if (consider(found)) return found;
  }
  return fallback;
}
