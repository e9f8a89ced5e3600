/**
 * The small pattern language the safeguarding cues are written in, hassil-style but over recogniser
 * tokens. A pattern is parts joined by ` ~ ` (up to four words in between) or ` + ` (right after each
 * other); a part is alternatives joined by `|`, each a sequence of words: `ont`, `blöd*` (a stem: blöder,
 * blödde, blödning), `@body` (a shared list), `inte bra`. Words are compared squeezed, and may also match
 * one edit away (a recogniser's garbled word, see FuzzyPolicy); the caller weighs such a match less.
 */

export interface WordLists {
  [name: string]: readonly string[];
}

interface Atom {
  kind: 'word' | 'stem';
  text: string;
  /** The atom's place in its table: how a token fits it is worked out once per utterance. */
  id: number;
}

/** One alternative: words that must follow each other, each any of a set of atoms (an `@list` is many). */
type Sequence = ReadonlySet<number>[];
type Element = { kind: 'any-of'; alternatives: Sequence[] } | { kind: 'gap'; max: number };

export interface CompiledPattern {
  source: string;
  elements: Element[];
  /** Per word element, every atom it could use: an utterance with none of one element's atoms is skipped. */
  needs: ReadonlySet<number>[];
}

/** How a token met an atom: exactly, or one edit away. */
export type Fit = 'exact' | 'fuzzy' | 'none';

/**
 * How far a token may be from a cue word and still count: `none`, exactly only (everyday words one edit
 * from a cue: "hittar" ~ "hotar"); `strict`, one edit for words and stems of five letters or more with the
 * first letter kept; `loose`, one edit down to three letters (the first kept in words of three), for
 * tokens that are no known word at all ("omt", "hjäp": what a recogniser garbled).
 */
export type FuzzyPolicy = (token: string) => 'none' | 'strict' | 'loose';

/** Exact matches only: for the phrases that take cues out of play (a guess there would hide a real cue). */
export const EXACT_ONLY: FuzzyPolicy = () => 'none';
const STRICT: FuzzyPolicy = () => 'strict';

const MIN_FUZZY = 5;
const MIN_LOOSE_WORD = 3;
const MIN_LOOSE_STEM = 4;
/** A garbled stem is still most of its word: "blöderr", not "brandbilen" for "bränn*". */
const LOOSE_STEM_TAIL = 4;
const GAP_WORDS = 4;

export class PatternError extends Error {
  override name = 'PatternError';
}

/**
 * A word with every run of one consonant said once ("hjjälp" → "hjälp", "toalett" → "toalet"): recognisers
 * and children double and halve consonants without changing the word; a vowel drawn out ("hjäääälp") is
 * said once, but a double vowel stays ("wee" is not "we"). Tokens and cues are compared this way.
 */
export const squeeze = (word: string): string => word.replace(/([^aeiouyåäöé])\1+/gu, '$1').replace(/([aeiouyåäöé])\1\1+/gu, '$1');

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

function fuzzyFit(token: string, atom: Atom, policy: 'strict' | 'loose'): boolean {
  const { text } = atom;
  const loose = policy === 'loose';
  if (atom.kind === 'word') {
    if (loose) return text.length >= MIN_LOOSE_WORD && (token[0] === text[0] || token.length >= 4) && withinOneEdit(token, text);
    return text.length >= MIN_FUZZY && token.length >= MIN_FUZZY && token[0] === text[0] && withinOneEdit(token, text);
  }
  if (text.length < (loose ? MIN_LOOSE_STEM : MIN_FUZZY) || token.length < text.length - (loose ? 1 : 0)) return false;
  if (loose ? token.length > text.length + LOOSE_STEM_TAIL : token[0] !== text[0]) return false;
  for (let cut = text.length - (loose ? 1 : 0); cut <= Math.min(token.length, text.length + 1); cut++) {
    if (withinOneEdit(cut === token.length ? token : token.slice(0, cut), text)) return true;
  }
  return false;
}

/**
 * One utterance's tokens, ready for many patterns. For each position, the atoms it fits exactly are found
 * by lookup; the atoms it fits one edit away only when a pattern needs them, once.
 */
export interface PreparedTokens {
  readonly tokens: readonly string[];
  exact: readonly ReadonlySet<number>[];
  fuzzyAt(pos: number): ReadonlySet<number>;
  /** Every atom some token fits, exactly or one edit away. */
  present(): ReadonlySet<number>;
}

/**
 * Compiles patterns over one shared table of atoms (a word or stem named in many patterns is one atom),
 * and prepares utterances against it.
 */
export class PatternCompiler {
  private readonly atoms: Atom[] = [];
  /** Atoms by the length of their text, so a token is only compared with those that could be one edit away. */
  private readonly byLength: Atom[][] = [];
  private readonly words = new Map<string, Atom>();
  private readonly stems = new Map<string, Atom>();
  private longestStem = 0;

  constructor(
    private readonly lists: WordLists,
    /** Maps a word to the form tokens are given in ("mej" → "mig"), so cues may be written either way. */
    private readonly canonical: (word: string) => string = (w) => w,
  ) {}

  compile(source: string): CompiledPattern {
    const elements: Element[] = [];
    for (const part of source.trim().split(/\s+(?=[~+]\s)|(?<=\s[~+])\s+/)) {
      if (part === '~') elements.push({ kind: 'gap', max: GAP_WORDS });
      if (part === '~' || part === '+') continue;
      const alternatives = part.split('|').map((alternative): Sequence => {
        const words = alternative.trim().split(/\s+/).filter((w) => w !== '');
        if (words.length === 0) throw new PatternError(`pattern "${source}": an empty alternative in "${part}"`);
        return words.map((word) => {
          if (!word.startsWith('@')) return new Set([this.atom(word).id]);
          const list = this.lists[word.slice(1)];
          if (!list) throw new PatternError(`pattern "${source}": no word list called ${word}`);
          return new Set(list.map((w) => this.atom(w).id));
        });
      });
      elements.push({ kind: 'any-of', alternatives });
    }
    if (elements[0]?.kind !== 'any-of' || elements.at(-1)?.kind !== 'any-of') throw new PatternError(`pattern "${source}": a gap must stand between words`);
    const needs = elements.flatMap((e) => (e.kind === 'gap' ? [] : [new Set(e.alternatives.flatMap((sequence) => sequence.flatMap((ids) => [...ids])))]));
    return { source, elements, needs };
  }

  /** Every word and stem the compiled patterns name, for the vocabulary of known words. */
  knownForms(): string[] {
    return this.atoms.map((atom) => atom.text);
  }

  prepare(tokens: readonly string[], fuzz: FuzzyPolicy = STRICT): PreparedTokens {
    const exact = tokens.map((token) => this.exactFits(token));
    const fuzzy: (ReadonlySet<number> | undefined)[] = [];
    let present: Set<number> | undefined;
    const fuzzyAt = (pos: number): ReadonlySet<number> => {
      let found = fuzzy[pos];
      if (found === undefined) {
        found = this.fuzzyFits(tokens[pos]!, fuzz);
        fuzzy[pos] = found;
      }
      return found;
    };
    return {
      tokens,
      exact,
      fuzzyAt,
      present: () => {
        if (present === undefined) {
          present = new Set<number>();
          for (let pos = 0; pos < tokens.length; pos++) for (const ids of [exact[pos]!, fuzzyAt(pos)]) for (const id of ids) present.add(id);
        }
        return present;
      },
    };
  }

  private atom(written: string): Atom {
    const isStem = written.endsWith('*');
    const text = isStem ? squeeze(written.slice(0, -1)) : squeeze(this.canonical(written));
    const index = isStem ? this.stems : this.words;
    let atom = index.get(text);
    if (!atom) {
      atom = { kind: isStem ? 'stem' : 'word', text, id: this.atoms.length };
      this.atoms.push(atom);
      (this.byLength[text.length] ??= []).push(atom);
      index.set(text, atom);
      if (isStem) this.longestStem = Math.max(this.longestStem, text.length);
    }
    return atom;
  }

  private exactFits(token: string): ReadonlySet<number> {
    const ids = new Set<number>();
    const word = this.words.get(token);
    if (word) ids.add(word.id);
    for (let length = 1; length <= Math.min(token.length, this.longestStem); length++) {
      const stem = this.stems.get(token.slice(0, length));
      if (stem) ids.add(stem.id);
    }
    return ids;
  }

  private fuzzyFits(token: string, fuzz: FuzzyPolicy): ReadonlySet<number> {
    const policy = fuzz(token);
    const ids = new Set<number>();
    if (policy === 'none' || token.length < 2) return ids;
    // Words within one letter of the token's length; stems up to LOOSE_STEM_TAIL letters shorter.
    for (let length = Math.max(1, token.length - LOOSE_STEM_TAIL); length <= token.length + 1; length++) {
      for (const atom of this.byLength[length] ?? []) if (fuzzyFit(token, atom, policy)) ids.add(atom.id);
    }
    return ids;
  }
}

export interface PatternMatch {
  start: number;
  end: number;
  fuzzy: boolean;
}

type Found = { end: number; fuzzy: boolean } | undefined;

const meets = (ids: ReadonlySet<number>, allowed: ReadonlySet<number>): boolean => {
  for (const id of ids) if (allowed.has(id)) return true;
  return false;
};

/** Where the sequence ends when it matches at `pos`, and whether it needed a word one edit away. */
function sequenceAt(sequence: Sequence, prepared: PreparedTokens, pos: number): Found {
  let fuzzy = false;
  for (let k = 0; k < sequence.length; k++) {
    const at = pos + k;
    if (at >= prepared.tokens.length) return undefined;
    if (meets(prepared.exact[at]!, sequence[k]!)) continue;
    if (!meets(prepared.fuzzyAt(at), sequence[k]!)) return undefined;
    fuzzy = true;
  }
  return { end: pos + sequence.length, fuzzy };
}

function matchFrom(elements: readonly Element[], at: number, prepared: PreparedTokens, pos: number, fuzzy: boolean): Found {
  if (at === elements.length) return { end: pos, fuzzy };
  const element = elements[at]!;
  let fallback: Found;
  const consider = (found: Found): boolean => {
    if (found && !found.fuzzy) return true;
    fallback ??= found;
    return false;
  };
  if (element.kind === 'gap') {
    for (let skip = 0; skip <= element.max && pos + skip <= prepared.tokens.length; skip++) {
      const found = matchFrom(elements, at + 1, prepared, pos + skip, fuzzy);
      if (consider(found)) return found;
    }
    return fallback;
  }
  for (const sequence of element.alternatives) {
    const here = sequenceAt(sequence, prepared, pos);
    if (!here) continue;
    const found = matchFrom(elements, at + 1, prepared, here.end, fuzzy || here.fuzzy);
    if (consider(found)) return found;
  }
  return fallback;
}

/** Whether each word element of the pattern has an atom some token fits (else it cannot match). */
function couldMatch(pattern: CompiledPattern, prepared: PreparedTokens): boolean {
  const present = prepared.present();
  return pattern.needs.every((needed) => meets(present, needed));
}

/**
 * The patterns an utterance could match, found by lookup instead of trying each: every pattern is filed under
 * the atoms of the word element it needs that has the fewest, so only patterns one of whose words was said
 * are tried (the lexicons hold hundreds of patterns; an utterance says a few of their words).
 */
export class PatternIndex {
  private readonly byAtom = new Map<number, CompiledPattern[]>();
  private readonly always: CompiledPattern[] = [];

  constructor(patterns: Iterable<CompiledPattern>) {
    for (const pattern of patterns) {
      const key = pattern.needs.reduce<ReadonlySet<number> | undefined>((best, needed) => (best === undefined || needed.size < best.size ? needed : best), undefined);
      if (key === undefined) {
        this.always.push(pattern);
        continue;
      }
      for (const id of key) {
        const filed = this.byAtom.get(id);
        if (filed) filed.push(pattern);
        else this.byAtom.set(id, [pattern]);
      }
    }
  }

  candidates(prepared: PreparedTokens): ReadonlySet<CompiledPattern> {
    const found = new Set<CompiledPattern>(this.always);
    for (const id of prepared.present()) for (const pattern of this.byAtom.get(id) ?? []) found.add(pattern);
    return found;
  }
}

/** The first place the pattern matches (preferring exact matches), or undefined. */
export function matchPattern(pattern: CompiledPattern, prepared: PreparedTokens): PatternMatch | undefined {
  if (!couldMatch(pattern, prepared)) return undefined;
  let fuzzyMatch: PatternMatch | undefined;
  for (let start = 0; start < prepared.tokens.length; start++) {
    const found = matchFrom(pattern.elements, 0, prepared, start, false);
    if (found === undefined) continue;
    if (!found.fuzzy) return { start, end: found.end, fuzzy: false };
    fuzzyMatch ??= { start, end: found.end, fuzzy: true };
  }
  return fuzzyMatch;
}

/** Whether the pattern covers all the tokens, start to end ("hjälp mig" is the whole of "hjälp mej"). */
export function matchesWhole(pattern: CompiledPattern, prepared: PreparedTokens): boolean {
  return prepared.tokens.length > 0 && couldMatch(pattern, prepared) && matchFrom(pattern.elements, 0, prepared, 0, false)?.end === prepared.tokens.length;
}
