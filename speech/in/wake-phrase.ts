/**
 * The wake phrase ("hej laiban") spotted in the words a recogniser heard. No wake-word model ships under
 * a licence the project can use, so the words of a VAD-gated utterance are searched instead. Forgiving:
 * recognisers spell the robot's name variously ("laiban", "lajban", "lai ban"), and "hej" may be "hey" or "hallå".
 */
const GREETINGS = new Set(['hej', 'hey', 'hejsan', 'hallå', 'hello', 'hi']);

function squash(word: string): string {
  return word.toLowerCase().normalize('NFC').replace(/[^\p{L}]/gu, '').replace(/j/g, 'i').replace(/y/g, 'i');
}

export type WakeMatch = { found: false } | { found: true; rest: string };

/** Whether `text` holds the greeting and the name (the name alone also wakes); `rest` is what followed. */
export function spotWakePhrase(text: string, name = 'laiban'): WakeMatch {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const target = squash(name);
  for (let i = 0; i < words.length; i++) {
    const one = squash(words[i]!);
    const two = i + 1 < words.length ? one + squash(words[i + 1]!) : undefined;
    const length = one === target ? 1 : two === target ? 2 : 0;
    if (!length) continue;
    // Only greetings may come before the name: "jag sa laiban" to a friend does not wake the robot.
    const before = words.slice(0, i);
    if (before.length > 0 && !before.every((w) => GREETINGS.has(w.toLowerCase()))) continue;
    return { found: true, rest: words.slice(i + length).join(' ') };
  }
  return { found: false };
}

/**
 * The words a recogniser may write the wake phrase with, for its grammar: the greetings, and the name whole
 * or split in two, with j or y for each i ("laiban", "lajban", "lai ban", "laj ban"…). Spellings the speech
 * model does not know are dropped when the grammar is fitted to it.
 */
export function wakeWords(name = 'laiban'): string[] {
  let spellings = [''];
  for (const c of name.toLowerCase().normalize('NFC').replace(/[^\p{L}]/gu, '')) {
    const options = c === 'i' || c === 'j' || c === 'y' ? ['i', 'j', 'y'] : [c];
    spellings = spellings.flatMap((s) => options.map((o) => s + o)).slice(0, 64);
  }
  const words = new Set<string>(GREETINGS);
  for (const s of spellings) {
    words.add(s);
    for (let k = 1; k < s.length; k++) words.add(s.slice(0, k)).add(s.slice(k));
  }
  return [...words];
}
