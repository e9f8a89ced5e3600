/**
 * Measures the safeguarding detector on a labelled set: recall per category (strict: acted at the right
 * level or higher; asked: at least asked "Har det hänt något?"), the false alarm rate on what must not
 * alert, and the same with one word garbled as a speech recogniser would.
 */
import { LANGS, type Lang } from '../../../core/languages';
import { firstJsonLine, readJsonLines } from '../eval-file';
import { words } from '../normalize';
import { mulberry32 } from '../random';
import { SAFEGUARDING_CATEGORIES, type Detection } from './categories';

/** What a blind set labels: the categories, plus another child and "none" (must not alert). */
export const EVAL_LABELS = [...SAFEGUARDING_CATEGORIES, 'other_child', 'none'] as const;
export type EvalLabel = (typeof EVAL_LABELS)[number];

export interface SafeguardingItem {
  text: string;
  lang: Lang;
  category: EvalLabel;
}

export type Detect = (text: string, lang: Lang) => Detection | undefined;

/** Reads JSON lines of {"text","lang","category"}; a bad line is an error naming its line number. */
export function readSafeguardingFile(file: string): SafeguardingItem[] {
  return readJsonLines(file).map(({ value, where }) => {
    const { text, lang, category } = value;
    if (typeof text !== 'string') throw new Error(`${where}: needs a "text" string`);
    if (!LANGS.includes(lang as Lang)) throw new Error(`${where}: "lang" must be sv or en`);
    if (!EVAL_LABELS.includes(category as EvalLabel)) throw new Error(`${where}: "category" must be one of ${EVAL_LABELS.join(', ')}`);
    return { text, lang: lang as Lang, category: category as EvalLabel };
  });
}

/** A safeguarding set has "category" labels; an intent set has "intent" labels. */
export function isSafeguardingFile(file: string): boolean {
  return typeof firstJsonLine(file)?.category === 'string';
}

/** Did the robot do enough for this label? strict: acted; asked: at least asked. */
function outcome(item: SafeguardingItem, d: Detection | undefined): { strict: boolean; asked: boolean } {
  if (item.category === 'none') return { strict: d === undefined, asked: d === undefined };
  if (d === undefined) return { strict: false, asked: false };
  const asked = true;
  switch (item.category) {
    case 'emergency':
      return { strict: d.level === 'emergency', asked };
    case 'toilet_routine':
      return { strict: d.level !== 'unsure', asked };
    default:
      return { strict: d.level === 'emergency' || d.level === 'needs_adult', asked };
  }
}

export interface CategoryFigures {
  label: EvalLabel;
  n: number;
  /** Share acted on at the right level (for "none": share left alone). */
  strict: number;
  /** Share at least asked about. */
  asked: number;
  /** Share whose words chose the labelled category (or about another child for other_child). */
  rightWords: number;
}

export interface SafeguardingReport {
  n: number;
  categories: CategoryFigures[];
  /** Over every item that needs a grown-up (and routine toilet needs). */
  recall: { strict: number; asked: number };
  emergencyRecall: number;
  /** Share of "none" items that raised an alert (needs_adult or emergency). */
  falseAlarms: number;
  /** Share of "none" items that made the robot ask. */
  askedWhenNone: number;
  garbled?: { strict: number; asked: number; falseAlarms: number };
  misses: { text: string; lang: Lang; label: EvalLabel; got: string }[];
}

function rightWords(item: SafeguardingItem, d: Detection | undefined): boolean {
  if (d === undefined) return item.category === 'none';
  if (item.category === 'other_child') return d.about === 'other';
  return d.category === item.category;
}

const share = (part: number, whole: number): number => (whole === 0 ? NaN : part / whole);
const describe = (d: Detection | undefined): string => (d === undefined ? 'nothing' : `${d.category}/${d.level}${d.about === 'other' ? '/other' : ''} ${d.score}`);

export function evaluateSafeguarding(items: readonly SafeguardingItem[], detect: Detect, options: { garble?: boolean; seed?: number } = {}): SafeguardingReport {
  const results = items.map((item) => ({ item, d: detect(item.text, item.lang) }));
  const categories: CategoryFigures[] = [];
  for (const label of EVAL_LABELS) {
    const of = results.filter((r) => r.item.category === label);
    if (of.length === 0) continue;
    const outcomes = of.map((r) => outcome(r.item, r.d));
    categories.push({
      label,
      n: of.length,
      strict: share(outcomes.filter((o) => o.strict).length, of.length),
      asked: share(outcomes.filter((o) => o.asked).length, of.length),
      rightWords: share(of.filter((r) => rightWords(r.item, r.d)).length, of.length),
    });
  }
  const needing = results.filter((r) => r.item.category !== 'none');
  const none = results.filter((r) => r.item.category === 'none');
  const emergencies = results.filter((r) => r.item.category === 'emergency');
  const report: SafeguardingReport = {
    n: items.length,
    categories,
    recall: {
      strict: share(needing.filter((r) => outcome(r.item, r.d).strict).length, needing.length),
      asked: share(needing.filter((r) => outcome(r.item, r.d).asked).length, needing.length),
    },
    emergencyRecall: share(emergencies.filter((r) => r.d?.level === 'emergency').length, emergencies.length),
    falseAlarms: share(none.filter((r) => r.d !== undefined && (r.d.level === 'emergency' || r.d.level === 'needs_adult')).length, none.length),
    askedWhenNone: share(none.filter((r) => r.d?.level === 'unsure').length, none.length),
    misses: results
      .filter((r) => !outcome(r.item, r.d).strict)
      .map((r) => ({ text: r.item.text, lang: r.item.lang, label: r.item.category, got: describe(r.d) })),
  };
  if (options.garble) {
    const rng = mulberry32(options.seed ?? 20261203);
    const garbled = items.map((item) => ({ ...item, text: garbleOneWord(item.text, () => rng()) }));
    const g = evaluateSafeguarding(garbled, detect);
    report.garbled = { strict: g.recall.strict, asked: g.recall.asked, falseAlarms: g.falseAlarms };
  }
  return report;
}

const SOUND_ALIKE: readonly [string, string][] = [
  ['d', 't'], ['b', 'p'], ['g', 'k'], ['v', 'f'], ['e', 'ä'], ['a', 'å'], ['o', 'å'], ['u', 'o'], ['i', 'e'], ['y', 'i'], ['ö', 'ä'], ['s', 'z'], ['m', 'n'],
];

/**
 * One word of the utterance as a recogniser might mishear it: a sound swapped for a near one, a letter
 * dropped or doubled. Words of one letter stay.
 */
export function garbleOneWord(text: string, random: () => number): string {
  const ws = words(text.toLowerCase());
  const candidates = ws.map((w, i) => ({ w, i })).filter((x) => x.w.length >= 2);
  if (candidates.length === 0) return text;
  const { w, i } = candidates[Math.floor(random() * candidates.length)]!;
  const at = Math.floor(random() * w.length);
  const how = Math.floor(random() * 3);
  let garbled = w;
  if (how === 0) {
    const ch = w[at]!;
    const pair = SOUND_ALIKE.find(([a, b]) => a === ch || b === ch);
    garbled = pair ? w.slice(0, at) + (pair[0] === ch ? pair[1] : pair[0]) + w.slice(at + 1) : w.slice(0, at) + w.slice(at + 1);
  } else if (how === 1) {
    garbled = w.length > 2 ? w.slice(0, at) + w.slice(at + 1) : `${w}${w.at(-1)}`;
  } else {
    garbled = w.slice(0, at + 1) + w[at] + w.slice(at + 1);
  }
  ws[i] = garbled;
  return ws.join(' ');
}

const pct = (x: number): string => (Number.isNaN(x) ? '   -' : `${(x * 100).toFixed(1).padStart(5)}%`);

export function formatSafeguardingReport(report: SafeguardingReport): string {
  const lines = [
    `safeguarding on ${report.n} utterances`,
    `  recall (acted at the right level) ${pct(report.recall.strict)}   at least asked ${pct(report.recall.asked)}   emergencies ${pct(report.emergencyRecall)}`,
    `  false alarms on "none" ${pct(report.falseAlarms)}   asked on "none" ${pct(report.askedWhenNone)}`,
  ];
  if (report.garbled) {
    lines.push(`  one word garbled: recall ${pct(report.garbled.strict)}   at least asked ${pct(report.garbled.asked)}   false alarms ${pct(report.garbled.falseAlarms)}`);
  }
  lines.push('  category            n   acted   asked   right words');
  for (const c of report.categories) lines.push(`  ${c.label.padEnd(16)} ${String(c.n).padStart(4)}  ${pct(c.strict)}  ${pct(c.asked)}  ${pct(c.rightWords)}`);
  return lines.join('\n');
}

/**
 * On an intent set: the share of needs_adult lines the detector acts on or asks about, and of the other
 * lines it alerts for (toilet routine and asking are not alerts).
 */
export function describeIntentSet(items: readonly { text: string; intent: string; lang?: Lang }[], detect: Detect): string {
  const needing = items.filter((i) => i.intent === 'needs_adult');
  const others = items.filter((i) => i.intent !== 'needs_adult');
  const found = needing.map((i) => detect(i.text, i.lang ?? 'sv'));
  const acted = found.filter((d) => d !== undefined && d.level !== 'unsure').length;
  const asked = found.filter((d) => d !== undefined).length;
  const alarms = others.filter((i) => {
    const d = detect(i.text, i.lang ?? 'sv');
    return d !== undefined && (d.level === 'emergency' || d.level === 'needs_adult');
  }).length;
  return [
    `  needs_adult lines: ${needing.length}, acted on ${pct(share(acted, needing.length))}, at least asked ${pct(share(asked, needing.length))}`,
    `  other lines: ${others.length}, alerted for ${pct(share(alarms, others.length))}`,
  ].join('\n');
}
