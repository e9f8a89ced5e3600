/**
 * The date slot: finds the words that name a day ("imorgon", "på fredag", "jul", "next week") in a
 * normalised utterance, Swedish and English alike, and resolves them against today's calendar date.
 */
import {
  addCalendarDays,
  type CalendarDate,
  dateParts,
  holidaysIn,
  type IsoWeekday,
  weekdayName,
  weekdayOf,
} from '../../../core/calendar';
import { normalizeUtterance } from '../normalize';

export interface DateMatch {
  date: CalendarDate;
  /** The exact words of the utterance that named the date, with a leading "på"/"on" when there was one. */
  matched: string;
}

/** Relative words name the day a question is about, so they win over a weekday said as the answer ("är det lördag idag"). */
type PhraseKind = 'relative' | 'named';

interface DatePhrase {
  words: string;
  kind: PhraseKind;
  resolve: (today: CalendarDate) => CalendarDate | undefined;
}

const RELATIVE_WORDS: ReadonlyArray<[offset: number, words: string[]]> = [
  [0, ['idag', 'i dag', 'today']],
  [1, ['imorgon', 'i morgon', 'imorrn', 'i morrn', 'imorron', 'i morron', 'tomorrow']],
  [2, ['i övermorgon', 'övermorgon', 'iövermorgon', 'i övermorrn', 'övermorrn', 'the day after tomorrow', 'day after tomorrow']],
  [-1, ['igår', 'i går', 'yesterday']],
  [-2, ['i förrgår', 'förrgår', 'iförrgår', 'the day before yesterday', 'day before yesterday']],
];

const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Words children use for a holiday, resolved to the holiday's Swedish name in the calendar. */
const HOLIDAY_ALIASES: ReadonlyArray<[holiday: string, words: string[]]> = [
  ['midsommarafton', ['midsommar', 'midsommarn', 'midsummer']],
  ['påskdagen', ['påsk', 'påsken', 'easter']],
  ['valborgsmässoafton', ['valborg']],
  ['kristi himmelsfärdsdag', ['kristi himmelsfärd']],
];

/** Days that fall on the same date every year. */
const FIXED_DAYS: ReadonlyArray<[month: number, day: number, words: string[]]> = [
  [12, 24, ['jul', 'julen', 'julafton', 'christmas', 'xmas']],
  [12, 31, ['nyår', 'nyåret', 'nyårsafton', 'new year', 'new years']],
  [12, 13, ['lucia']],
];

const PREPOSITIONS = ['på', 'on'];
const COUNTDOWN_WORDS = ['till', 'tills', 'until', 'to', 'innan', 'before'];

/** The next day on or after `today` with this ISO weekday. */
function nextWeekday(today: CalendarDate, weekday: IsoWeekday): CalendarDate {
  return addCalendarDays(today, (weekday - weekdayOf(today) + 7) % 7);
}

function mondayOfNextWeek(today: CalendarDate): CalendarDate {
  return addCalendarDays(today, 8 - weekdayOf(today));
}

/** The latest day before `today` with this ISO weekday ("i fredags"). */
function lastWeekday(today: CalendarDate, weekday: IsoWeekday): CalendarDate {
  return addCalendarDays(today, -(((weekdayOf(today) - weekday + 6) % 7) + 1));
}

function nextAnnual(today: CalendarDate, month: number, day: number): CalendarDate {
  const { year } = dateParts(today);
  const pad = (n: number) => String(n).padStart(2, '0');
  const thisYear = `${year}-${pad(month)}-${pad(day)}`;
  return thisYear >= today ? thisYear : `${year + 1}-${pad(month)}-${pad(day)}`;
}

function nextHoliday(today: CalendarDate, isIt: (svName: string, enName: string) => boolean): CalendarDate | undefined {
  const { year } = dateParts(today);
  return [...holidaysIn(year), ...holidaysIn(year + 1)].find((h) => h.date >= today && isIt(h.name.sv, h.name.en))?.date;
}

function holidayNamed(svName: string) {
  return (today: CalendarDate) => nextHoliday(today, (sv) => sv === svName);
}

function named(words: string, resolve: DatePhrase['resolve']): DatePhrase {
  return { words, kind: 'named', resolve };
}

function relativePhrases(): DatePhrase[] {
  return RELATIVE_WORDS.flatMap(([offset, list]) =>
    list.map((words) => ({ words, kind: 'relative' as const, resolve: (today: CalendarDate) => addCalendarDays(today, offset) })),
  );
}

function weekdayPhrases(): DatePhrase[] {
  return WEEKDAYS.flatMap((weekday) => {
    const { sv, en } = weekdayName(weekday);
    // The spoken "lördan" for "lördag" is common, and what recognisers often write.
    const forms = [sv, sv.replace(/dag$/, 'dan'), en.toLowerCase()];
    const phrases = forms.flatMap((form) => [
      named(form, (today) => nextWeekday(today, weekday)),
      // "nästa fredag" is the Friday of next week, even when this week's Friday is still to come.
      named(`nästa ${form}`, (today) => addCalendarDays(mondayOfNextWeek(today), weekday - 1)),
      named(`next ${form}`, (today) => addCalendarDays(mondayOfNextWeek(today), weekday - 1)),
      named(`last ${form}`, (today) => lastWeekday(today, weekday)),
    ]);
    phrases.push(named(`i ${sv}s`, (today) => lastWeekday(today, weekday)));
    return phrases;
  });
}

function eventPhrases(today: CalendarDate): DatePhrase[] {
  const { year } = dateParts(today);
  const holidayNames = new Set<string>();
  for (const h of [...holidaysIn(year), ...holidaysIn(year + 1)]) holidayNames.add(h.name.sv).add(h.name.en);
  return [
    named('nästa vecka', mondayOfNextWeek),
    named('next week', mondayOfNextWeek),
    ...FIXED_DAYS.flatMap(([month, day, list]) => list.map((words) => named(words, (t) => nextAnnual(t, month, day)))),
    ...HOLIDAY_ALIASES.flatMap(([holiday, list]) => list.map((words) => named(words, holidayNamed(holiday)))),
    ...[...holidayNames].map((name) =>
      named(normalizeUtterance(name), (t) => nextHoliday(t, (sv, en) => sv === name || en === name)),
    ),
  ];
}

interface Found {
  phrase: DatePhrase;
  start: number;
  end: number;
}

function occurrences(text: string, phrase: DatePhrase): Found[] {
  const padded = ` ${text} `;
  const needle = ` ${phrase.words} `;
  const found: Found[] = [];
  for (let at = padded.indexOf(needle); at !== -1; at = padded.indexOf(needle, at + 1)) {
    found.push({ phrase, start: at, end: at + phrase.words.length });
  }
  return found;
}

/** Where two phrases overlap ("annandag jul" and "jul"), the longer one is what was said. */
function longestWithoutOverlap(found: Found[]): Found[] {
  const kept: Found[] = [];
  for (const f of [...found].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function wordBefore(text: string, start: number): string {
  const before = text.slice(0, start).trimEnd();
  return before.slice(before.lastIndexOf(' ') + 1);
}

/**
 * Which of several dates the utterance is about: the target of a countdown ("kvar till jul idag"),
 * else a relative day ("är det lördag idag"), else the first one said.
 */
function choose(text: string, found: Found[]): Found | undefined {
  return (
    found.find((f) => COUNTDOWN_WORDS.includes(wordBefore(text, f.start))) ??
    found.find((f) => f.phrase.kind === 'relative') ??
    found[0]
  );
}

function withPreposition(text: string, f: Found): number {
  const before = wordBefore(text, f.start);
  return f.phrase.kind === 'named' && PREPOSITIONS.includes(before) ? f.start - before.length - 1 : f.start;
}

export function extractDate(normalizedText: string, today: CalendarDate): DateMatch | undefined {
  const text = normalizedText.trim();
  if (!text) return undefined;
  const phrases = [...relativePhrases(), ...weekdayPhrases(), ...eventPhrases(today)];
  const found = longestWithoutOverlap(phrases.flatMap((p) => occurrences(text, p)));
  const chosen = choose(text, found);
  if (!chosen) return undefined;
  const date = chosen.phrase.resolve(today);
  if (!date) return undefined;
  return { date, matched: text.slice(withPreposition(text, chosen), chosen.end) };
}
