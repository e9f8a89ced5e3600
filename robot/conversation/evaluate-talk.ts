/**
 * Measures how the whole robot answers children's social and off-topic talk (issue 15): the share answered
 * by the kind of reply the line asks for, rather than the generic "I don't know" or a practical skill.
 */
import { LANGS, type Lang } from '../../core/languages';
import { firstJsonLine, readJsonLines } from '../understanding/eval-file';
import type { Turn } from './conversation';

const SOCIAL = ['social_likes', 'social_birthday', 'social_feeling', 'social_teasing', 'social_play', 'social_story', 'social_wonder'];

/** For each kind of talk, the intents whose answers are the right kind of reply. */
export const TALK_ANSWERS = {
  likes: ['social_likes'],
  birthday: ['social_birthday'],
  feeling_light: ['social_feeling'],
  teasing: ['social_teasing'],
  play: ['social_play'],
  story: ['social_story'],
  about_robot: ['smalltalk'],
  // Nothing answers "kan du flyga" exactly; a reply about the robot or a social one beats the fallback.
  off_topic: ['smalltalk', ...SOCIAL],
  sleeps_until: ['date'],
  unknown_name: ['pickup'],
} as const satisfies Record<string, readonly string[]>;
export type TalkCategory = keyof typeof TALK_ANSWERS;
const CATEGORIES = Object.keys(TALK_ANSWERS) as TalkCategory[];

export interface TalkItem {
  text: string;
  lang: Lang;
  category: TalkCategory;
}

export type Answer = (item: TalkItem) => Promise<Pick<Turn, 'intent' | 'skill' | 'outcome' | 'answer'>>;

type Verdict = 'right' | 'fallback' | 'safeguarding' | 'other';

interface CategoryFigures {
  category: TalkCategory;
  n: number;
  counts: Record<Verdict, number>;
}

export interface TalkReport {
  n: number;
  /** Answered by the right kind of reply. */
  right: number;
  /** Answered by anything but the generic fallback (right, another skill, or safeguarding). */
  notFallback: number;
  /** Shares of the whole set that got the fallback, a safeguarding question, or another skill. */
  fallback: number;
  safeguarding: number;
  other: number;
  categories: CategoryFigures[];
  mistakes: { item: TalkItem; verdict: Verdict; intent: string; answer: string }[];
}

/** True when the first line's category is a kind of talk (a safeguarding set has its own categories). */
export function isTalkFile(file: string): boolean {
  return CATEGORIES.includes(firstJsonLine(file)?.category as TalkCategory);
}

/** Reads JSON lines of {"text","lang","category"}; a bad line is an error naming its line number. */
export function readTalkFile(file: string): TalkItem[] {
  return readJsonLines(file).map(({ value, where }) => {
    const { text, lang, category } = value;
    if (typeof text !== 'string' || text.trim() === '') throw new Error(`${where}: needs a "text" string`);
    if (!LANGS.includes(lang as Lang)) throw new Error(`${where}: "lang" must be sv or en`);
    if (!CATEGORIES.includes(category as TalkCategory)) throw new Error(`${where}: "category" must be one of ${CATEGORIES.join(', ')}`);
    return { text, lang: lang as Lang, category: category as TalkCategory };
  });
}

function verdictOf(item: TalkItem, turn: Pick<Turn, 'intent' | 'skill' | 'outcome'>): Verdict {
  if (turn.skill === 'safeguarding') return 'safeguarding';
  if (turn.outcome === 'not-understood') return 'fallback';
  return (TALK_ANSWERS[item.category] as readonly string[]).includes(turn.intent) ? 'right' : 'other';
}

export async function evaluateTalk(items: readonly TalkItem[], answer: Answer): Promise<TalkReport> {
  const byCategory = new Map<TalkCategory, CategoryFigures>();
  const totals: Record<Verdict, number> = { right: 0, fallback: 0, safeguarding: 0, other: 0 };
  const mistakes: TalkReport['mistakes'] = [];
  for (const item of items) {
    const turn = await answer(item);
    const verdict = verdictOf(item, turn);
    totals[verdict] += 1;
    const figures = byCategory.get(item.category) ?? { category: item.category, n: 0, counts: { right: 0, fallback: 0, safeguarding: 0, other: 0 } };
    figures.n += 1;
    figures.counts[verdict] += 1;
    byCategory.set(item.category, figures);
    if (verdict !== 'right') mistakes.push({ item, verdict, intent: turn.intent, answer: turn.answer });
  }
  const n = items.length;
  const share = (k: number) => (n === 0 ? 0 : k / n);
  return {
    n,
    right: share(totals.right),
    notFallback: share(n - totals.fallback),
    fallback: share(totals.fallback),
    safeguarding: share(totals.safeguarding),
    other: share(totals.other),
    categories: CATEGORIES.filter((c) => byCategory.has(c)).map((c) => byCategory.get(c) as CategoryFigures),
    mistakes,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;

export function formatTalkReport(report: TalkReport, options: { mistakes?: boolean } = {}): string {
  const lines = [
    `talk on ${report.n} utterances`,
    `  right kind of reply ${pct(report.right)}   anything but the fallback ${pct(report.notFallback)}`,
    `  fallback ${pct(report.fallback)}   safeguarding asked or alerted ${pct(report.safeguarding)}   another skill ${pct(report.other)}`,
    '  category            n   right  fallback  safeguarding  other',
  ];
  for (const c of report.categories) {
    const s = (k: Verdict) => pct(c.n === 0 ? 0 : c.counts[k] / c.n);
    lines.push(`  ${c.category.padEnd(16)} ${String(c.n).padStart(4)}  ${s('right')}  ${s('fallback')}     ${s('safeguarding')}  ${s('other')}`);
  }
  if (options.mistakes) {
    for (const m of report.mistakes) lines.push(`  ${m.verdict.padEnd(12)} ${m.item.category.padEnd(13)} ${m.item.text}  → ${m.intent}: ${m.answer}`);
  }
  return lines.join('\n');
}
