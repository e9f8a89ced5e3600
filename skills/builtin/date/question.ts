/** What a child asked about the calendar, read from the normalised utterance. */
import { type CalendarDate, type IsoWeekday, weekdayFromWord, weekdayOf } from '../../sdk';
import { mentions } from '../shared/text';

export type DateQuestion = 'countdown' | 'when' | 'dayOff' | 'isWeekday' | 'week' | 'month' | 'year' | 'date' | 'day';

const COUNTDOWN = [
  'hur många dagar', 'hur många dar', 'hur länge', 'hur lång tid', 'kvar till', 'kvar tills', 'dagar kvar', 'dar kvar',
  'hur många gånger ska jag sova', 'hur många nätter', 'sovningar', 'how many days', 'how long', 'days until', 'days till',
  'days left', 'how many sleeps', 'how many nights', 'långt till', 'till', 'tills', 'until',
];
const WHEN = ['när', 'when'];
/** Asking whether the day is free; ASKS_OPEN asks the opposite ("är det förskola imorgon"). */
const DAY_OFF = [
  'helg', 'helgen', 'helgdag', 'ledigt', 'ledig', 'lediga', 'ledigdag', 'stängt', 'stängd', 'weekend', 'day off',
  'holiday', 'closed',
];
const ASKS_OPEN = ['förskola', 'förskolan', 'dagis', 'öppet', 'öppen', 'preschool', 'school', 'open'];
const WEEK = ['vilken vecka', 'för vecka', 'vecka är det', 'veckonummer', 'vecka nummer', 'what week', 'which week', 'week number', 'week is it'];
const MONTH = ['vilken månad', 'för månad', 'månad är det', 'what month', 'which month', 'month is it'];
const YEAR = ['vilket år', 'för år', 'år är det', 'what year', 'which year', 'year is it'];
const DATE = ['datum', 'what date', 'whats the date', 'what is the date', 'which date', 'the date', 'date is it', 'date today'];
const WEEKEND = ['helg', 'helgen', 'weekend', 'the weekend'];
const NEXT_WEEK = ['nästa vecka', 'next week'];
const RELATIVE_DAY = [
  'idag', 'i dag', 'imorgon', 'i morgon', 'imorrn', 'i morrn', 'imorron', 'i morron', 'övermorgon', 'i övermorgon', 'igår',
  'i går', 'förrgår', 'i förrgår', 'today', 'tomorrow', 'yesterday',
];

/** "är det lördag idag", "is it saturday", "is today friday": the weekday said right after the question words. */
const IS_IT = /(?:^| )(?:är det|är idag|är imorgon|is it|is today|is tomorrow)(?: en| a)? (\p{L}+)(?= |$)/u;

export function askedWeekday(text: string): IsoWeekday | undefined {
  const word = IS_IT.exec(text)?.[1];
  return word === undefined ? undefined : weekdayFromWord(word);
}

export function questionKind(text: string): DateQuestion {
  if (mentions(text, COUNTDOWN)) return 'countdown';
  if (mentions(text, WHEN)) return 'when';
  if (mentions(text, DAY_OFF) || mentions(text, ASKS_OPEN)) return 'dayOff';
  if (askedWeekday(text)) return 'isWeekday';
  if (mentions(text, WEEK)) return 'week';
  if (mentions(text, MONTH)) return 'month';
  if (mentions(text, YEAR)) return 'year';
  if (mentions(text, DATE)) return 'date';
  return 'day';
}

/** True when one of the words names the weekday of `date`. */
export const saysWeekdayOf = (text: string, date: CalendarDate): boolean =>
  text.split(' ').some((word) => weekdayFromWord(word) === weekdayOf(date));

export const asksIfOpen = (text: string): boolean => mentions(text, ASKS_OPEN) && !mentions(text, DAY_OFF);
export const mentionsWeekend = (text: string): boolean => mentions(text, WEEKEND);
export const mentionsNextWeek = (text: string): boolean => mentions(text, NEXT_WEEK);
/** The date slot then names the day asked about, not the weekday in "är det lördag imorgon". */
export const mentionsRelativeDay = (text: string): boolean => mentions(text, RELATIVE_DAY);
