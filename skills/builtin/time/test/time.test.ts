import time from '..';
import { clockWords } from '../../shared/clock-words';
import { validateSkill } from '../../../sdk/manifest-schema';
import type { Reply, SkillContext } from '../../../sdk/types';
import { at, makeContext } from '../../../../test/support/skill-context';

const ask = async (overrides: Partial<SkillContext>): Promise<Reply> => time.handle(makeContext({ intent: 'time', text: 'vad är klockan', ...overrides }));
const askAt = (local: string) => ask({ now: at(local) });

describe('time skill', () => {
  it('answers 09:40 on 2026-11-25 as "tjugo i tio" in the forenoon', async () => {
    const reply = await askAt('2026-11-25T09:40:00');
    expect(reply.speech).toEqual({
      sv: 'Klockan är tjugo i tio. Nu är det förmiddag.',
      en: "It's twenty to ten. It's morning now.",
    });
    expect(['happy', 'neutral']).toContain(reply.expression);
  });

  it.each([
    ['09:00', 'prick nio', "nine o'clock"],
    ['09:05', 'fem över nio', 'five past nine'],
    ['09:10', 'tio över nio', 'ten past nine'],
    ['09:15', 'kvart över nio', 'quarter past nine'],
    ['09:20', 'tjugo över nio', 'twenty past nine'],
    ['09:25', 'fem i halv tio', 'twenty-five past nine'],
    ['09:30', 'halv tio', 'half past nine'],
    ['09:35', 'fem över halv tio', 'twenty-five to ten'],
    ['09:40', 'tjugo i tio', 'twenty to ten'],
    ['09:45', 'kvart i tio', 'quarter to ten'],
    ['09:50', 'tio i tio', 'ten to ten'],
    ['09:55', 'fem i tio', 'five to ten'],
    ['10:00', 'prick tio', "ten o'clock"],
    ['10:35', 'fem över halv elva', 'twenty-five to eleven'],
  ])('says %s as "%s" / "%s"', async (clock, sv, en) => {
    const reply = await askAt(`2026-11-25T${clock}:00`);
    expect(reply.speech.sv).toBe(`Klockan är ${sv}. Nu är det förmiddag.`);
    expect(reply.speech.en).toBe(`It's ${en}. It's morning now.`);
  });

  it.each([
    ['00:00', 'prick tolv', "twelve o'clock", 'natt', 'night'],
    ['00:30', 'halv ett', 'half past twelve', 'natt', 'night'],
    ['11:45', 'kvart i tolv', 'quarter to twelve', 'förmiddag', 'morning'],
    ['12:00', 'prick tolv', "twelve o'clock", 'eftermiddag', 'afternoon'],
    ['12:25', 'fem i halv ett', 'twenty-five past twelve', 'eftermiddag', 'afternoon'],
    ['13:00', 'prick ett', "one o'clock", 'eftermiddag', 'afternoon'],
    ['18:15', 'kvart över sex', 'quarter past six', 'kväll', 'evening'],
    ['23:55', 'fem i tolv', 'five to twelve', 'kväll', 'evening'],
  ])('uses twelve-hour words around midnight and noon: %s is "%s"', async (clock, sv, en, partSv, partEn) => {
    const reply = await askAt(`2026-11-25T${clock}:00`);
    expect(reply.speech.sv).toBe(`Klockan är ${sv}. Nu är det ${partSv}.`);
    expect(reply.speech.en).toBe(`It's ${en}. It's ${partEn} now.`);
  });

  it.each([
    ['04:59', 'natt', 'night'], ['05:00', 'morgon', 'morning'], ['08:59', 'morgon', 'morning'], ['09:00', 'förmiddag', 'morning'],
    ['11:59', 'förmiddag', 'morning'], ['12:00', 'eftermiddag', 'afternoon'], ['17:59', 'eftermiddag', 'afternoon'],
    ['18:00', 'kväll', 'evening'], ['23:59', 'kväll', 'evening'],
  ])('names the part of the day at %s: %s', async (clock, sv, en) => {
    const reply = await askAt(`2026-11-25T${clock}:00`);
    expect(reply.speech.sv).toMatch(new RegExp(`Nu är det ${sv}\\.$`));
    expect(reply.speech.en).toMatch(new RegExp(`It's ${en} now\\.$`));
  });

  it.each([
    ['09:38', 'snart tjugo i tio', 'almost twenty to ten'],
    ['09:39', 'snart tjugo i tio', 'almost twenty to ten'],
    ['09:41', 'lite över tjugo i tio', 'just after twenty to ten'],
    ['09:42', 'lite över tjugo i tio', 'just after twenty to ten'],
    ['09:01', 'lite över nio', "just after nine o'clock"],
    ['09:27', 'lite över fem i halv tio', 'just after twenty-five past nine'],
    ['09:33', 'snart fem över halv tio', 'almost twenty-five to ten'],
    ['09:58', 'snart tio', "almost ten o'clock"],
    ['23:58', 'snart tolv', "almost twelve o'clock"],
  ])('between the fives says %s as "%s"', async (clock, sv, en) => {
    const reply = await askAt(`2026-11-25T${clock}:00`);
    expect(reply.speech.sv).toMatch(new RegExp(`^Klockan är ${sv}\\.`));
    expect(reply.speech.en).toMatch(new RegExp(`^It's ${en}\\.`));
  });

  it('rounds every minute of the hour to the nearest five: one or two after is "lite över", three or four before is "snart"', () => {
    for (let minute = 0; minute < 60; minute += 1) {
      const words = clockWords(9, minute);
      const nearestFive = Math.round(minute / 5) * 5;
      const exact = nearestFive === 60 ? clockWords(10, 0) : clockWords(9, nearestFive);
      const plain = exact.sv.replace(/^prick /, '');
      if (minute % 5 === 0) expect(words).toEqual(exact);
      else if (minute % 5 <= 2) expect(words.sv).toBe(`lite över ${plain}`);
      else expect(words.sv).toBe(`snart ${plain}`);
    }
  });

  it('reads the wall clock on the days DST starts and ends', async () => {
    // 2026-03-29: 02:00 CET becomes 03:00 CEST.
    expect((await ask({ now: new Date('2026-03-29T00:59:00Z') })).speech.sv).toBe('Klockan är snart två. Nu är det natt.');
    expect((await ask({ now: new Date('2026-03-29T01:00:00Z') })).speech.sv).toBe('Klockan är prick tre. Nu är det natt.');
    expect((await ask({ now: new Date('2026-03-29T08:15:00Z') })).speech.sv).toBe('Klockan är kvart över tio. Nu är det förmiddag.');
    // 2026-10-25: 03:00 CEST becomes 02:00 CET, so half past two happens twice.
    expect((await ask({ now: new Date('2026-10-25T00:30:00Z') })).speech.sv).toBe('Klockan är halv tre. Nu är det natt.');
    expect((await ask({ now: new Date('2026-10-25T01:30:00Z') })).speech.sv).toBe('Klockan är halv tre. Nu är det natt.');
    expect((await ask({ now: new Date('2026-10-25T11:00:00Z') })).speech.sv).toBe('Klockan är prick tolv. Nu är det eftermiddag.');
  });

  it('uses the injected moment and time zone, never the system clock', async () => {
    jest.useFakeTimers().setSystemTime(new Date('2030-01-01T15:07:00Z'));
    try {
      expect((await askAt('2026-11-25T09:40:00')).speech.sv).toContain('tjugo i tio');
      const london = await ask({ now: at('2026-11-25T09:40:00'), timeZone: 'Europe/London' });
      expect(london.speech.sv).toContain('tjugo i nio');
    } finally {
      jest.useRealTimers();
    }
  });

  describe('with a date slot (a follow-up such as "och imorgon då?")', () => {
    const askDay = (date: string) => ask({ text: 'och imorgon då', slots: { date } });

    it('says which weekday tomorrow, the day after and yesterday are', async () => {
      expect((await askDay('2026-11-26')).speech).toEqual({ sv: 'Imorgon är det torsdag.', en: 'Tomorrow is Thursday.' });
      expect((await askDay('2026-11-27')).speech).toEqual({ sv: 'I övermorgon är det fredag.', en: 'The day after tomorrow is Friday.' });
      expect((await askDay('2026-11-24')).speech).toEqual({ sv: 'Igår var det tisdag.', en: 'Yesterday was Tuesday.' });
    });

    it('gives the date of a weekday later this week, and the weekday of a date further away', async () => {
      expect((await askDay('2026-11-28')).speech).toEqual({ sv: 'På lördag är det den 28 november.', en: "On Saturday it's the 28th of November." });
      expect((await askDay('2026-12-24')).speech).toEqual({ sv: 'Den 24 december är det torsdag.', en: 'The 24th of December is a Thursday.' });
      expect((await askDay('2026-11-01')).speech).toEqual({ sv: 'Den 1 november var det söndag.', en: 'The 1st of November was a Sunday.' });
    });

    it('tells the time when the slot is today', async () => {
      expect((await askDay('2026-11-25')).speech.sv).toBe('Klockan är tjugo i tio. Nu är det förmiddag.');
    });
  });

  it('has a valid manifest with one "time" intent taking a date, and many child-like examples', () => {
    const { manifest } = validateSkill(time, 'time');
    expect(manifest.id).toBe('time');
    expect(manifest.version).toBe('1.0.0');
    expect(manifest.description).toEqual({ sv: 'säga vad klockan är', en: 'tell you the time' });
    expect(manifest.intents).toHaveLength(1);
    const [intent] = manifest.intents;
    expect(intent?.id).toBe('time');
    expect(intent?.slots).toEqual(['date']);
    expect(intent?.examples.sv?.length).toBeGreaterThanOrEqual(15);
    expect(intent?.examples.en?.length).toBeGreaterThanOrEqual(10);
    expect(intent?.examples.sv).toEqual(expect.arrayContaining(['vad är klockan', 'hur mycket är klockan', 'va e klockan', 'är det morgon nu']));
    expect(intent?.examples.en).toEqual(expect.arrayContaining(['what time is it', 'whats the time']));
    for (const list of Object.values(intent?.examples ?? {})) expect(new Set(list).size).toBe(list.length);
  });
});
