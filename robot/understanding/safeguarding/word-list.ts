/**
 * A language's dictionary, so the detector can tell a real word ("vispa", "lights") from a recogniser's
 * garbled cue ("rispa" for "rispade", "fights"): only a word no dictionary knows may be read as a garbled cue.
 * The words come from the system's word lists (Debian's `wswedish` and `wamerican`), read once and kept
 * as one sorted string: about 1.5 MB for both languages, looked up by binary search.
 */
import fs from 'node:fs';
import type { Lang } from '../../../core/languages';
import { squeeze } from './patterns';

/** Where Debian puts each language's list (`apt-get install wswedish wamerican`). */
export const SYSTEM_WORD_LISTS: Readonly<Record<Lang, string>> = {
  sv: '/usr/share/dict/swedish',
  en: '/usr/share/dict/american-english',
};

/** A compound's parts are at least this long ("kyl|rummet", "övergångs|stället"). */
const MIN_PART = 3;
const ONLY_LETTERS = /^[a-zåäöéü]+$/u;

export class WordList {
  /** The sorted words, each followed by a newline: one Latin-1 string (a byte a letter), no per-word objects. */
  private constructor(
    private readonly joined: string,
    readonly size: number,
  ) {}

  /** The words, lower-cased and squeezed as tokens are; anything with other than letters is left out ("AA's"). */
  static of(words: Iterable<string>): WordList {
    const unique = new Set<string>();
    for (const word of words) {
      const lower = word.trim().toLowerCase();
      if (ONLY_LETTERS.test(lower)) unique.add(squeeze(lower));
    }
    const sorted = [...unique].sort();
    return new WordList(sorted.length === 0 ? '' : `${sorted.join('\n')}\n`, sorted.length);
  }

  /** A list file of one word per line, UTF-8 or (like Debian's Swedish list) Latin-1. */
  static read(file: string): WordList {
    const bytes = fs.readFileSync(file);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('latin1').decode(bytes);
    }
    return WordList.of(text.split('\n'));
  }

  /** The system's list for a language, or undefined when it is not installed. */
  static system(lang: Lang, file = SYSTEM_WORD_LISTS[lang]): WordList | undefined {
    return fs.existsSync(file) ? WordList.read(file) : undefined;
  }

  /** The word as said or as a token (squeezed: "stället" is "stälet"). */
  has(word: string): boolean {
    return this.hasSqueezed(squeeze(word));
  }

  /** Binary search over character positions: each probe reads the whole word around it. */
  private hasSqueezed(word: string): boolean {
    const { joined } = this;
    let low = 0;
    let high = joined.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const start = joined.lastIndexOf('\n', mid - 1) + 1;
      const end = joined.indexOf('\n', start);
      const at = joined.slice(start, end);
      if (at === word) return true;
      if (at < word) low = end + 1;
      else high = start;
    }
    return false;
  }

  /** A word, or two words run together as Swedish compounds are, maybe with a linking s ("övergångsstället"). */
  knows(said: string): boolean {
    const word = squeeze(said);
    if (this.hasSqueezed(word)) return true;
    for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
      const head = word.slice(0, cut);
      const tail = word.slice(cut);
      if (!this.hasSqueezed(tail)) continue;
      if (this.hasSqueezed(head) || (head.endsWith('s') && head.length > MIN_PART && this.hasSqueezed(head.slice(0, -1)))) return true;
    }
    return false;
  }
}

let systemLists: Partial<Record<Lang, WordList>> | undefined;

/** The system's lists, read at the first detector that needs them and shared by every detector after it. */
export function systemWordLists(): Partial<Record<Lang, WordList>> {
  if (!systemLists) {
    systemLists = {};
    for (const lang of Object.keys(SYSTEM_WORD_LISTS) as Lang[]) {
      const list = WordList.system(lang);
      if (list) systemLists[lang] = list;
    }
  }
  return systemLists;
}
