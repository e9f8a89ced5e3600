/** The shape of one language's safeguarding words: shared lists, cues, and what makes a cue harmless. */
import type { FeelingKind, SafeguardingCategory } from './categories';
import type { WordLists } from './patterns';

export interface Cue {
  /** In the pattern language of patterns.ts. */
  pattern: string;
  category: SafeguardingCategory;
  /** 1: act on it; about 0.6: ask the child whether something happened. Several cues add up. */
  weight: number;
  kind?: FeelingKind;
  /** Counts only when the utterance names a person ("jag ramlade", "Alva ramlade"; not "tornet ramlade"). */
  person?: boolean;
  /** Weakened by a "not" just before it or inside it ("jag är inte ledsen", "det gör inte ont"). */
  negatable?: boolean;
  /** Not weakened by the past: a pet that died yesterday is still grief today. */
  lasting?: boolean;
  /** Does not count when this pattern (or any of these) is in the utterance too ("hunden bet mig" is no child hitting). */
  unless?: string | readonly string[];
}

export interface Lexicon {
  /** Shared word lists the cues refer to as `@name`: body parts, animals, grown-ups, … */
  lists: WordLists;
  /** Children's and recognisers' spellings → the forms the cues are written in ("mej" → "mig"). */
  canonical: Readonly<Record<string, string>>;
  /** Words that carry nothing (the robot's name, fillers); dropped before matching. */
  fillers: readonly string[];
  /** Politeness and address ("snälla", "hallå"): ignored when deciding whether a joke word or "hjälp" was said alone. */
  courtesy: readonly string[];
  cues: readonly Cue[];
  /** Patterns whose words are taken out before the cues look: "slog bollen", "ont om tid". */
  harmless: readonly string[];
  /** Pretend play, stories, toys as patients: a cue inside one is almost nothing. */
  pretend: readonly string[];
  /** Over and done ("igår", "nästan", "men nu är det bra"): a cue inside one is only worth asking about. */
  past: readonly string[];
  /** Long ago ("när jag var liten", "förra året", "en gång"): wherever it is said, what it tells is over. */
  longAgo: readonly string[];
  /** "på riktigt", "for real": the child says it was no game, so play does not weaken what they say. */
  earnest: readonly string[];
  /** Over and well again ("men nu är jag frisk", "inte ont längre"): a cue inside one is not worth asking about. */
  resolved: readonly string[];
  /** Everyday words one edit from a cue word ("hittar" ~ "hotar", "bullar" ~ "bulor"): never read as garbled cues. */
  neverFuzzy: readonly string[];
  /** Said alone, these are a joke ("bajs", "kiss"), never an alert. */
  jokeWords: readonly string[];
  /** The speaker (jag, mig, min…). */
  selfWords: readonly string[];
  /** Somebody else (han, min kompis, någon…); roster names count too. */
  otherWords: readonly string[];
  /** "min kompis", "my friend": a possessive before these is about the other child, not the speaker. */
  otherAfterPossessive: readonly string[];
  /** "jag såg att …", "I saw …": the speaker only tells. */
  reporting: readonly string[];
  /**
   * A question about the world starts with one of these ("varför är blod rött", "why do flowers die"): with
   * nobody in it, not even a grown-up, it is about no one, and weighs as little as play.
   */
  wonderWords: readonly string[];
  /** Words that turn the word before a cue into a negation. */
  negations: readonly string[];
  /** A plain call for help when it is all that was said. */
  helpCalls: readonly string[];
  /** Common children's first names: another child named ("Omar ramlade") even when not on the roster. */
  commonNames: readonly string[];
}
