import { normalizeUtterance } from '../../../../robot/understanding/normalize';
import { extractDate } from '../../../../robot/understanding/slots/date';
import date from '..';
import { dayCount } from '../day-words';
import { questionKind } from '../question';
import { localTime } from '../../../../core/calendar';
import { validateSkill } from '../../../sdk/manifest-schema';
import type { Reply } from '../../../sdk/types';
import { at, makeContext, STOCKHOLM } from '../../../../test/support/skill-context';

/** Asks the way the robot does: normalised text, with the date slot filled by the understanding layer. */
async function ask(question: string, when = '2026-11-25T09:40:00'): Promise<Reply> {
  const now = at(when);
  const text = normalizeUtterance(question);
  const found = extractDate(text, localTime(now, STOCKHOLM).date);
  return date.handle(makeContext({ now, intent: 'date', text, slots: found ? { date: found.date } : {} }));
}

describe('date skill', () => {
  describe('which day it is', () => {
    it('names the weekday and date, and the weekday’s place in the week', async () => {
      expect((await ask('vilken dag är det idag')).speech).toEqual({
        sv: 'Idag är det onsdag den 25 november. Onsdag är veckans tredje dag.',
        en: 'Today is Wednesday the 25th of November. Wednesday is the third day of the week.',
      });
      expect((await ask('what day is it', '2026-11-26T08:00')).speech.en).toBe(
        'Today is Thursday the 26th of November. Thursday is the fourth day of the week.',
      );
      expect((await ask('vad är det för dag', '2026-11-29T08:00')).speech.sv).toContain('Söndag är veckans sjunde dag.');
    });

    it('says it is julafton on 2026-12-24', async () => {
      const reply = await ask('vilken dag är det idag', '2026-12-24T10:00:00');
      expect(reply.speech.sv).toContain('julafton');
      expect(reply.speech).toEqual({
        sv: 'Idag är det julafton! Det är torsdag den 24 december.',
        en: "Today is Christmas Eve! It's Thursday the 24th of December.",
      });
      expect(reply.expression).toBe('happy');
    });

    it('names other holidays and named days too', async () => {
      expect((await ask('vilken dag är det', '2026-06-06T10:00')).speech.sv).toBe('Idag är det nationaldagen! Det är lördag den 6 juni.');
      expect((await ask('vilken dag är det', '2026-12-13T10:00')).speech.sv).toMatch(/^Idag är det Luciadagen!/);
    });

    it('uses the Stockholm date, not the UTC date, on the night DST starts', async () => {
      const justAfterMidnight = makeContext({ now: new Date('2026-03-28T23:30:00Z'), text: 'vilken dag är det' });
      expect((await date.handle(justAfterMidnight)).speech.sv).toMatch(/^Idag är det söndag den 29 mars\./);
      expect((await ask('vilken dag är det', '2026-10-25T23:30')).speech.sv).toMatch(/^Idag är det söndag den 25 oktober\./);
    });

    it('answers for another day named in the slot', async () => {
      expect((await ask('vilken dag är det på fredag')).speech).toEqual({
        sv: 'På fredag är det den 27 november.',
        en: "On Friday it's the 27th of November.",
      });
      expect((await ask('vad är det för dag imorgon')).speech).toEqual({
        sv: 'Imorgon är det torsdag den 26 november.',
        en: 'Tomorrow is Thursday the 26th of November.',
      });
      expect((await ask('vad var det för dag igår')).speech.sv).toBe('Igår var det tisdag den 24 november.');
      expect((await ask('och nästa fredag då')).speech.sv).toBe('Nästa fredag är det den 4 december.');
      expect((await ask('och på torsdag då', '2026-12-21T09:00')).speech.sv).toBe('På torsdag är det julafton, den 24 december.');
    });
  });

  describe('month, week, year and date', () => {
    it.each([
      ['vilken månad är det', 'Det är november.', "It's November."],
      ['what month is it', 'Det är november.', "It's November."],
      ['vilken vecka är det', 'Det är vecka 48.', "It's week 48."],
      ['vad är det för vecka', 'Det är vecka 48.', "It's week 48."],
      ['vilken vecka är det nästa vecka', 'Nästa vecka är det vecka 49.', "Next week it's week 49."],
      ['vilket år är det', 'Det är år 2026.', "It's 2026."],
      ['vilket datum är det', 'Idag är det onsdag den 25 november.', 'Today is Wednesday the 25th of November.'],
      ['whats the date today', 'Idag är det onsdag den 25 november.', 'Today is Wednesday the 25th of November.'],
      ['vilket datum är det på fredag', 'På fredag är det den 27 november.', "On Friday it's the 27th of November."],
    ])('"%s"', async (question, sv, en) => {
      expect((await ask(question)).speech).toEqual({ sv, en });
    });

    it('gives ISO week 53 on the first of January 2027 and the new month across the year', async () => {
      expect((await ask('vilken vecka är det', '2027-01-01T10:00')).speech.sv).toBe('Det är vecka 53.');
      expect((await ask('vilken månad är det imorgon', '2026-12-31T10:00')).speech.sv).toBe('Imorgon är det januari.');
    });
  });

  describe('is it the weekend tomorrow', () => {
    it('on a Friday: yes, Saturday', async () => {
      const reply = await ask('är det helg imorgon', '2026-11-27T09:00');
      expect(reply.speech).toEqual({
        sv: 'Ja! Imorgon är det lördag, då är det helg.',
        en: "Yes! Tomorrow is Saturday, so it's the weekend.",
      });
      expect(reply.expression).toBe('happy');
    });

    it('on a Thursday: no, the preschool is open', async () => {
      expect((await ask('är det helg imorgon', '2026-11-26T09:00')).speech).toEqual({
        sv: 'Nej, imorgon är det fredag. Då är förskolan öppen.',
        en: 'No, tomorrow is Friday. The preschool is open then.',
      });
    });

    it('on 2026-12-23: yes, julafton is a day off although it is a Thursday', async () => {
      expect((await ask('är det helg imorgon', '2026-12-23T09:00')).speech).toEqual({
        sv: 'Ja, imorgon är det julafton. Då är det ledigt.',
        en: "Yes, tomorrow is Christmas Eve. It's a day off.",
      });
      expect((await ask('är det ledigt imorgon', '2026-12-24T09:00')).speech.sv).toBe('Ja, imorgon är det juldagen. Då är det ledigt.');
    });

    it('counts Lucia on a Monday as an ordinary preschool day', async () => {
      expect((await ask('är det helg imorgon', '2027-12-12T09:00')).speech.sv).toBe('Nej, imorgon är det måndag. Då är förskolan öppen.');
    });

    it('answers the opposite question "är det förskola imorgon" the right way round', async () => {
      expect((await ask('är det förskola imorgon', '2026-11-25T09:00')).speech.sv).toBe('Ja! Imorgon är det torsdag. Då är förskolan öppen.');
      expect((await ask('är det dagis imorgon', '2026-11-27T09:00')).speech.sv).toBe('Nej, imorgon är det lördag, då är det helg.');
    });

    it('asks about today without a date, and about a named weekday with one', async () => {
      expect((await ask('är det helg nu', '2026-11-28T09:00')).speech.sv).toBe('Ja! Idag är det lördag, då är det helg.');
      expect((await ask('är det helg på lördag')).speech.sv).toBe('Ja! På lördag är det helg.');
      expect((await ask('is it the weekend on friday')).speech.en).toBe('No, on Friday the preschool is open.');
    });
  });

  describe('is it Saturday today', () => {
    it('says yes, or no with how long until that day', async () => {
      expect((await ask('är det lördag idag', '2026-11-28T09:00')).speech).toEqual({ sv: 'Ja! Idag är det lördag.', en: 'Yes! Today is Saturday.' });
      expect((await ask('är det lördag idag')).speech).toEqual({
        sv: 'Nej, idag är det onsdag. Det är tre dagar kvar till lördag.',
        en: 'No, today is Wednesday. There are three days left until Saturday.',
      });
      expect((await ask('är det torsdag')).speech.sv).toBe('Nej, idag är det onsdag. Torsdag är imorgon.');
      expect((await ask('is today friday')).speech.en).toBe('No, today is Wednesday. There are two days left until Friday.');
    });

    it('asks about tomorrow when the question says tomorrow', async () => {
      expect((await ask('är det torsdag imorgon')).speech.sv).toBe('Ja! Imorgon är det torsdag.');
      expect((await ask('is it sunday tomorrow')).speech.en).toBe('No, tomorrow is Thursday. There are four days left until Sunday.');
    });
  });

  describe('countdowns', () => {
    it.each([
      ['hur många dagar är det kvar till lördag', 'Det är tre dagar kvar till lördag.', 'There are three days left until Saturday.'],
      ['hur många dagar är det kvar till jul', 'Det är 29 dagar kvar till julafton.', 'There are 29 days left until Christmas Eve.'],
      ['how many days until christmas', 'Det är 29 dagar kvar till julafton.', 'There are 29 days left until Christmas Eve.'],
      ['hur många gånger ska jag sova till jul', 'Du ska sova 29 gånger till, sen är det julafton!', "29 more sleeps, then it's Christmas Eve!"],
      ['hur många sovningar är det till lördag', 'Du ska sova tre gånger till, sen är det lördag!', "Three more sleeps, then it's Saturday!"],
      ['how many sleeps until thursday', 'Du ska sova en gång till, sen är det torsdag!', "One more sleep, then it's Thursday!"],
      ['hur länge är det kvar till fredag', 'Det är två dagar kvar till fredag.', 'There are two days left until Friday.'],
      ['hur länge till midsommar', 'Det är 212 dagar kvar till midsommarafton.', 'There are 212 days left until Midsummer Eve.'],
      ['hur många dagar är det kvar till nästa fredag', 'Det är nio dagar kvar till fredag den 4 december.', 'There are nine days left until Friday the 4th of December.'],
      ['hur många dagar till helgen', 'Det är tre dagar kvar till helgen.', 'There are three days left until the weekend.'],
    ])('"%s"', async (question, sv, en) => {
      expect((await ask(question)).speech).toEqual({ sv, en });
    });

    it('counts across the new year', async () => {
      expect((await ask('hur många dagar är det kvar till nyårsdagen', '2026-12-20T09:00')).speech.sv).toBe('Det är tolv dagar kvar till nyårsdagen.');
      expect((await ask('hur många dagar är det kvar till trettondedag jul', '2026-12-28T09:00')).speech.sv).toBe(
        'Det är nio dagar kvar till trettondedag jul.',
      );
      expect((await ask('hur många dagar är det kvar till jul', '2026-12-25T09:00')).speech.sv).toBe('Det är 364 dagar kvar till julafton.');
      expect((await ask('hur många dagar är det kvar till lucia', '2026-12-28T09:00')).speech.sv).toBe('Det är 350 dagar kvar till Luciadagen.');
    });

    it('counts across the DST switch by calendar days', async () => {
      expect((await ask('hur många dagar är det kvar till påsk', '2027-03-20T23:30')).speech.sv).toBe('Det är åtta dagar kvar till påskdagen.');
      expect((await ask('hur många dagar är det kvar till fredag', '2026-10-24T23:30')).speech.sv).toBe('Det är sex dagar kvar till fredag.');
    });

    it('names the day the way the child did: the weekday when said, else the holiday', async () => {
      // Friday 2026-10-30 is allhelgonaafton; a child who asked for Friday hears "fredag".
      expect((await ask('hur många dagar är det kvar till fredag', '2026-10-26T09:00')).speech.sv).toBe('Det är fyra dagar kvar till fredag.');
      expect((await ask('hur många dagar är det kvar till julafton', '2026-12-20T09:00')).speech.sv).toBe('Det är fyra dagar kvar till julafton.');
      expect((await ask('hur många dagar är det kvar till torsdag', '2026-12-20T09:00')).speech.sv).toBe('Det är fyra dagar kvar till torsdag.');
    });

    it('says "Det är idag!" and "Det är imorgon!"', async () => {
      expect((await ask('hur många dagar är det kvar till julafton', '2026-12-24T08:00')).speech).toEqual({ sv: 'Det är idag!', en: "It's today!" });
      expect((await ask('hur många dagar är det kvar till julafton', '2026-12-23T08:00')).speech).toEqual({ sv: 'Det är imorgon!', en: "It's tomorrow!" });
      expect((await ask('hur många dagar är det till helgen', '2026-11-29T08:00')).speech.sv).toBe('Det är helg nu!');
    });

    it('asks which day when the question names none, and takes the answer as the date slot', async () => {
      const reply = await ask('hur många dagar är det kvar');
      expect(reply.followUp?.slot).toBe('date');
      expect(reply.followUp?.question.sv).toBe('Vilken dag vill du räkna till?');
      expect((await ask('till lördag')).speech.sv).toBe('Det är tre dagar kvar till lördag.');
      expect((await ask('jul')).speech.sv).toBe('Julafton är torsdag den 24 december, om 29 dagar.');
    });

    it('answers "när är det jul" with the date and the days left', async () => {
      expect((await ask('när är det jul')).speech).toEqual({
        sv: 'Julafton är torsdag den 24 december, om 29 dagar.',
        en: 'Christmas Eve is on Thursday the 24th of December, in 29 days.',
      });
      expect((await ask('när är det julafton', '2026-12-23T09:00')).speech.sv).toBe('Imorgon är det julafton! Det är torsdag den 24 december.');
      expect((await ask('när är det julafton', '2026-12-24T09:00')).speech.sv).toBe('Julafton är idag!');
      expect((await ask('när är det helg')).speech.sv).toBe('Det är tre dagar kvar till helgen.');
    });
  });

  it('uses number words up to twelve and digits above', () => {
    expect(dayCount(1)).toEqual({ sv: 'en dag', en: 'one day' });
    expect(dayCount(2)).toEqual({ sv: 'två dagar', en: 'two days' });
    expect(dayCount(12)).toEqual({ sv: 'tolv dagar', en: 'twelve days' });
    expect(dayCount(13)).toEqual({ sv: '13 dagar', en: '13 days' });
  });

  it.each([
    ['vilken dag är det idag', 'day'], ['vilken veckodag är det', 'day'], ['vilket datum är det', 'date'], ['vilken månad är det', 'month'],
    ['vad är det för vecka', 'week'], ['vilket år är det', 'year'], ['är det helg imorgon', 'dayOff'], ['is it a holiday tomorrow', 'dayOff'],
    ['är det lördag idag', 'isWeekday'], ['vad är det för dag på lördag', 'day'], ['hur många dagar är det kvar till jul', 'countdown'],
    ['när är det jul', 'when'], ['how long until midsummer', 'countdown'], ['when is christmas', 'when'],
  ])('reads "%s" as a %s question', (question, kind) => {
    expect(questionKind(normalizeUtterance(question))).toBe(kind);
  });

  it('answers every one of its examples in both languages, with Swedish day and month names in lower case', async () => {
    const { manifest } = validateSkill(date, 'date');
    const examples = Object.values(manifest.intents[0]?.examples ?? {}).flat();
    for (const example of examples) {
      const reply = await ask(example);
      expect(reply.speech.sv.length).toBeGreaterThan(5);
      expect(reply.speech.en.length).toBeGreaterThan(5);
      expect(reply.speech.sv).not.toMatch(/[a-zåäö,] (Måndag|Tisdag|Onsdag|Torsdag|Fredag|Lördag|Söndag|November|December)/);
    }
  });

  it('has a valid manifest with one "date" intent taking a date, and many examples', () => {
    const { manifest } = validateSkill(date, 'date');
    expect(manifest.id).toBe('date');
    expect(manifest.description).toEqual({ sv: 'berätta vilken dag det är', en: 'tell you what day it is' });
    expect(manifest.intents.map((i) => [i.id, i.slots])).toEqual([['date', ['date']]]);
    const examples = manifest.intents[0]?.examples;
    expect(examples?.sv?.length).toBeGreaterThanOrEqual(25);
    expect(examples?.en?.length).toBeGreaterThanOrEqual(15);
    expect(examples?.sv).toEqual(expect.arrayContaining(['vilken dag är det idag', 'är det helg imorgon', 'hur många dagar är det kvar till jul', 'när är det jul']));
  });
});
