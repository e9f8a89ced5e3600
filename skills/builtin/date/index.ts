import path from 'node:path';
import { addCalendarDays, type CalendarDate, daysBetween, defineSkill, type Localized, localTime, type Reply, weekdayOf, readSentenceDir } from '../../sdk';
import { mentions } from '../shared/text';
import { countdown, sleepsCountdown, targetName } from './countdown-answer';
import { dateAnswer, isWeekdayAnswer, monthAnswer, otherDayAnswer, todayAnswer, weekAnswer, whenAnswer, yearAnswer } from './day-answers';
import { dayOffAnswer } from './day-off-answer';
import { dayLabel, NEXT_WEEK_LABEL } from './day-words';
import { askedWeekday, asksIfOpen, mentionsNextWeek, mentionsRelativeDay, mentionsWeekend, questionKind, saysWeekdayOf } from './question';

const WEEKEND: Localized = { sv: 'helgen', en: 'the weekend' };

/** Saturday, or today when today is already Saturday or Sunday. */
function startOfWeekend(today: CalendarDate): CalendarDate {
  const weekday = weekdayOf(today);
  return weekday >= 6 ? today : addCalendarDays(today, 6 - weekday);
}

function countdownReply(today: CalendarDate, text: string, slotDate: CalendarDate | undefined, asksWhen: boolean): Reply {
  const toWeekend = mentionsWeekend(text);
  const target = toWeekend ? startOfWeekend(today) : slotDate;
  if (!target) {
    return {
      speech: { sv: 'Det kan jag räkna ut.', en: 'I can count that for you.' },
      expression: 'happy',
      followUp: { question: { sv: 'Vilken dag vill du räkna till?', en: 'Which day do you want to count to?' }, slot: 'date' },
    };
  }
  if (toWeekend && target === today) return { speech: { sv: 'Det är helg nu!', en: "It's the weekend now!" }, expression: 'happy' };
  if (asksWhen && !toWeekend) return { speech: whenAnswer(today, target), expression: 'happy' };
  const name = toWeekend ? WEEKEND : targetName(today, target, saysWeekdayOf(text, target));
  const days = daysBetween(today, target);
  const sleeps = mentions(text, SLEEP_WORDS) ? sleepsCountdown(days, name) : undefined;
  return { speech: sleeps ?? countdown(days, name).sentence, expression: 'happy' };
}

const SLEEP_WORDS = ['sova', 'sover', 'sovningar', 'sovning', 'nätter', 'sleep', 'sleeps', 'nights'];

export default defineSkill({
  sentences: readSentenceDir(path.join(__dirname, 'sentences')),
  manifest: {
    id: 'date',
    version: '1.0.0',
    name: { sv: 'Dagen', en: 'The day' },
    description: { sv: 'berätta vilken dag det är', en: 'tell you what day it is' },
    languages: ['sv', 'en'],
    intents: [
      {
        id: 'date',
        slots: ['date'],
        examples: {
          sv: [
            'hur många dagar är det kvar till den tjugonde', 'är det tisdag imorgon', 'är det fredag idag',
            'vilken dag är det idag', 'vilken dag är det', 'vad är det för dag', 'vad är det för dag idag', 'vilken veckodag är det',
            'vilket datum är det', 'vilket datum är det idag', 'vad är det för datum', 'vilken månad är det', 'vad är det för månad',
            'vilken vecka är det', 'vad är det för vecka', 'vilket år är det', 'är det helg imorgon', 'är det helg idag',
            'är det ledigt imorgon', 'är det förskola imorgon', 'är det lördag idag', 'är det söndag imorgon',
            'hur många dagar är det kvar till lördag', 'hur många dagar är det kvar till jul', 'hur många dagar är det till helgen',
            'när är det jul', 'när är det julafton', 'hur länge till midsommar', 'hur länge är det kvar till påsk',
            'hur många gånger ska jag sova till jul', 'när är det helg', 'vilken dag är det imorgon', 'vad är det för dag imorgon',
            'vad var det för dag igår', 'vilken dag är det på fredag', 'vilket datum är det på fredag', 'när är det lucia',
          ],
          en: [
            'what day is it today', 'what day is it', 'which day is it', 'what is the date today', 'whats the date',
            'what month is it', 'what week is it', 'what year is it', 'is it the weekend tomorrow', 'is it a holiday tomorrow',
            'is it saturday today', 'is today friday', 'how many days until saturday', 'how many days until christmas',
            'how many sleeps until christmas', 'when is christmas', 'how long until midsummer', 'what day is it tomorrow',
            'what day was it yesterday', 'when is the weekend',
          ],
        },
      },
    ],
  },
  handle: (ctx) => {
    const today = localTime(ctx.now, ctx.timeZone).date;
    const text = ctx.text;
    const slotDate = ctx.slots.date;
    const day = slotDate ?? today;
    const label = day === today ? undefined : mentionsNextWeek(text) ? NEXT_WEEK_LABEL : dayLabel(today, day);

    switch (questionKind(text)) {
      case 'countdown':
        return countdownReply(today, text, slotDate, false);
      case 'when':
        return countdownReply(today, text, slotDate, true);
      case 'dayOff': {
        const answer = dayOffAnswer(today, day, asksIfOpen(text));
        return { speech: answer.speech, expression: answer.dayOff ? 'happy' : 'neutral' };
      }
      case 'isWeekday': {
        const asked = askedWeekday(text);
        // In "är det lördag imorgon" the slot names tomorrow; in "är det lördag" it names Saturday, and the question is about today.
        const about = slotDate && mentionsRelativeDay(text) ? slotDate : today;
        if (!asked) return { speech: todayAnswer(today), expression: 'happy' };
        const answer = isWeekdayAnswer(today, about, asked);
        return { speech: answer.speech, expression: answer.yes ? 'happy' : 'neutral' };
      }
      case 'week':
        return { speech: weekAnswer(label, day), expression: 'neutral' };
      case 'month':
        return { speech: monthAnswer(label, day), expression: 'neutral' };
      case 'year':
        return { speech: yearAnswer(label, day), expression: 'neutral' };
      case 'date':
        return { speech: dateAnswer(label ?? dayLabel(today, today), day), expression: 'neutral' };
      case 'day':
        return { speech: day === today ? todayAnswer(today) : otherDayAnswer(today, day), expression: 'happy' };
    }
  },
});
