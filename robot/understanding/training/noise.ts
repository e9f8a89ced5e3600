import type { Lang } from '../../../core/languages';
import { normalizeUtterance, words } from '../normalize';
import type { Rng } from '../random';

/**
 * What a child's question looks like after speech recognition: lower case, no punctuation, a word
 * lost or doubled, two words run together, children's and colloquial spellings, fillers. Each function
 * does one thing to normalised text and returns normalised text; `addNoise` combines them with small
 * seeded probabilities.
 */

/** Lower case, letters and digits only, single spaces: what a recogniser gives. */
export function asRecognized(text: string): string {
  return normalizeUtterance(text);
}

/** One word left out (texts of three words or more; shorter ones are returned unchanged). */
export function dropWord(text: string, rng: Rng): string {
  const ws = words(text);
  if (ws.length < 3) return text;
  ws.splice(rng.int(ws.length), 1);
  return ws.join(' ');
}

/** Two neighbouring words run together, as a recogniser may write them ("vadblir"). */
export function mergeWords(text: string, rng: Rng): string {
  const ws = words(text);
  if (ws.length < 2) return text;
  const i = rng.int(ws.length - 1);
  ws.splice(i, 2, `${ws[i]}${ws[i + 1]}`);
  return ws.join(' ');
}

/** Two neighbouring words in the other order ("vad det blir"). */
export function swapNeighbours(text: string, rng: Rng): string {
  const ws = words(text);
  if (ws.length < 2) return text;
  const i = rng.int(ws.length - 1);
  const a = ws[i]!;
  ws[i] = ws[i + 1]!;
  ws[i + 1] = a;
  return ws.join(' ');
}

/** One word said twice ("vad vad blir det"). */
export function duplicateWord(text: string, rng: Rng): string {
  const ws = words(text);
  if (ws.length === 0) return text;
  const i = rng.int(ws.length);
  ws.splice(i, 0, ws[i]!);
  return ws.join(' ');
}

const ONES: Record<Lang, string[]> = {
  sv: ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
};
const TENS: Record<Lang, string[]> = {
  sv: ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'],
  en: ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
};

/** A number 0–100 the way a recogniser spells it: "tjugofyra", "twenty four". Larger numbers stay digits. */
export function numberWords(n: number, lang: Lang): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 100) return undefined;
  if (n === 100) return lang === 'sv' ? 'hundra' : 'one hundred';
  if (n < 20) return ONES[lang][n];
  const tens = TENS[lang][Math.floor(n / 10)]!;
  const ones = n % 10;
  if (ones === 0) return tens;
  return lang === 'sv' ? `${tens}${ONES.sv[ones]}` : `${tens} ${ONES.en[ones]}`;
}

/** Every number written in digits, spelled out (recognisers never give digits). */
export function numbersAsWords(text: string, lang: Lang): string {
  return words(text)
    .map((w) => (/^\d+$/.test(w) ? (numberWords(Number(w), lang) ?? w) : w))
    .join(' ');
}

/**
 * Spellings of children and of a recogniser hearing them: whole-word phrase → alternatives. Longer
 * phrases come first so "vad är det" becomes "va e de" rather than "va e det".
 */
export const SPOKEN_FORMS: Record<Lang, readonly (readonly [string, readonly string[]])[]> = {
  sv: [
    ['vad är det', ['va e de', 'va ä de', 'vae de', 'va är de', 'vad e de']],
    ['vad är', ['va e', 'va ä', 'vae', 'vad e']],
    ['vad blir det', ['va blir de', 'vad blir de', 'va blire']],
    ['blir det', ['blir de', 'blire']],
    ['är det', ['e de', 'ä de', 'är de', 'e det']],
    ['vad', ['va']],
    ['är', ['e', 'ä']],
    ['det', ['de']],
    ['mig', ['mej']],
    ['dig', ['dej']],
    ['sig', ['sej']],
    ['imorgon', ['imorrn', 'i morrn', 'imorron', 'i morgon']],
    ['i morgon', ['imorrn', 'imorgon']],
    ['i övermorgon', ['i övermorrn', 'övermorrn']],
    ['idag', ['i dag']],
    ['i dag', ['idag']],
    ['igår', ['i går']],
    ['mellanmål', ['mellis']],
    ['mellanmålet', ['mellis']],
    ['förskolan', ['dagis', 'förskolan']],
    ['förskola', ['dagis']],
    ['måndag', ['måndan']],
    ['tisdag', ['tisdan']],
    ['onsdag', ['onsdan']],
    ['torsdag', ['torsdan']],
    ['fredag', ['fredan']],
    ['lördag', ['lördan']],
    ['söndag', ['söndan']],
    ['jag', ['ja', 'jaa']],
    ['och', ['å', 'o']],
    ['någon', ['nån']],
    ['något', ['nåt']],
    ['några', ['nåra']],
    ['sedan', ['sen']],
    ['till', ['te', 'till']],
    ['mycket', ['mycke']],
    ['vilken', ['vicken']],
    ['vilket', ['vicket']],
    ['varför', ['vafför', 'varfö']],
    ['också', ['me', 'åxå']],
    ['säger', ['säjer']],
    ['skall', ['ska']],
    ['kommer', ['kommer', 'komme']],
    ['inte', ['inte', 'int']],
    ['eftermiddag', ['eftermidda']],
    ['spagetti', ['pagetti']],
    ['pannkakor', ['pankakor']],
    ['klockan', ['klocka']],
    ['mamma', ['mammi', 'mamma']],
  ],
  en: [
    ['what is', ['whats']],
    ['it is', ['its']],
    ['i am', ['im']],
    ['going to', ['gonna']],
    ['want to', ['wanna']],
    ['do not', ['dont']],
    ['can not', ['cant']],
    ['cannot', ['cant']],
    ['are you', ['are ya', 'r you']],
    ['you', ['ya', 'you']],
    ['because', ['cause', 'cos']],
    ['mum', ['mummy', 'mom', 'mommy']],
    ['dad', ['daddy']],
    ['them', ['em']],
    ['yes', ['yeah']],
  ],
};

/**
 * Children's and recognisers' spellings: each phrase of `SPOKEN_FORMS` found in the text is replaced
 * with probability `p` by one of its spoken forms ("vad är det" → "va e de", "mig" → "mej").
 */
export function spokenForms(text: string, lang: Lang, rng: Rng, p = 0.5): string {
  let padded = ` ${text} `;
  for (const [phrase, forms] of SPOKEN_FORMS[lang]) {
    const needle = ` ${phrase} `;
    let from = 0;
    for (;;) {
      const at = padded.indexOf(needle, from);
      if (at < 0) break;
      if (rng.chance(p)) {
        const form = rng.pick(forms);
        // Replaced words are marked so a shorter rule ("är" inside "va e de") does not rewrite them again.
        const marked = form.split(' ').map((w) => `\u0001${w}`).join(' ');
        padded = `${padded.slice(0, at)} ${marked} ${padded.slice(at + needle.length)}`;
        from = at + marked.length + 1;
      } else {
        from = at + needle.length - 1;
      }
    }
  }
  return padded.replace(/\u0001/g, '').replace(/\s+/g, ' ').trim();
}

export const FILLERS: Record<Lang, readonly string[]> = {
  sv: ['eh', 'öh', 'ehm', 'mm', 'laiban', 'laiban', 'hallå', 'du', 'asså', 'hörru', 'men', 'och', 'hallå laiban', 'du laiban', 'eh laiban', 'robot'],
  en: ['um', 'uh', 'erm', 'laiban', 'laiban', 'hey', 'so', 'and', 'hey laiban', 'robot', 'umm'],
};

/** A filler before the words, or now and then after them ("eh vad blir det för mat", "regnar det laiban"). */
export function addFiller(text: string, lang: Lang, rng: Rng): string {
  const filler = rng.pick(FILLERS[lang]);
  if (!text) return filler;
  return rng.chance(0.75) ? `${filler} ${text}` : `${text} ${filler}`;
}

/** How often each kind of noise is applied to a generated example. */
export interface NoiseRates {
  spoken: number;
  filler: number;
  drop: number;
  merge: number;
  swap: number;
  duplicate: number;
  /** Digits spelled out; the rest stay digits, as typed text has them. */
  numbers: number;
}

export const DEFAULT_NOISE: NoiseRates = { spoken: 0.45, filler: 0.15, drop: 0.05, merge: 0.04, swap: 0.03, duplicate: 0.03, numbers: 0.85 };

/** A clean utterance as a recogniser might give it: normalised, then each kind of noise with its own small probability. */
export function addNoise(text: string, lang: Lang, rng: Rng, rates: NoiseRates = DEFAULT_NOISE): string {
  let out = asRecognized(text);
  if (rng.chance(rates.numbers)) out = numbersAsWords(out, lang);
  if (rng.chance(rates.spoken)) out = spokenForms(out, lang, rng);
  if (rng.chance(rates.drop)) out = dropWord(out, rng);
  if (rng.chance(rates.swap)) out = swapNeighbours(out, rng);
  if (rng.chance(rates.duplicate)) out = duplicateWord(out, rng);
  if (rng.chance(rates.merge)) out = mergeWords(out, rng);
  if (rng.chance(rates.filler)) out = addFiller(out, lang, rng);
  return asRecognized(out);
}
