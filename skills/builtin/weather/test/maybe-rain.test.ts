import { adviseClothing } from '../../clothing/advice/garments';
import { sayClothing } from '../../clothing/advice/say-clothing';
import { isMaybeRain } from '../../shared/forecast-steps';
import { dayOutlook, describeLaterToday, describeNow, outlookWords } from '../phrasing/describe-weather';
import { at } from '../../../../test/support/skill-context';
import { hours, step } from './forecast-fixture';

const DAY = '2026-06-10';
/** SMHI symbol 8 (light rain showers), 0.1–0.2 mm in an hour, as snow1g gives them. */
const MAYBE = { sky: 'showers' as const, precipitationMm: 0.2, precipitationType: 'rain' as const, precipitationProbability: 30 };
const LIKELY = { ...MAYBE, precipitationProbability: 70 };

describe('light showers less likely than not are "kanske lite regn", everywhere the same', () => {
  it('decides per step: light showers under 50 % only', () => {
    expect(isMaybeRain(step(`${DAY}T09:00`, MAYBE))).toBe(true);
    expect(isMaybeRain(step(`${DAY}T09:00`, LIKELY))).toBe(false);
    expect(isMaybeRain(step(`${DAY}T09:00`, { ...MAYBE, precipitationMm: 2 }))).toBe(false);
    expect(isMaybeRain(step(`${DAY}T09:00`, { ...MAYBE, precipitationProbability: null }))).toBe(false);
    expect(isMaybeRain(step(`${DAY}T09:00`, { ...MAYBE, sky: 'rain' }))).toBe(false);
  });

  it('says a day of them is "kanske lite regn", and one likely shower is rain', () => {
    const maybe = dayOutlook(hours(DAY, 8, 18, { temperature: 14, ...MAYBE }), DAY);
    expect(maybe && outlookWords(maybe)).toEqual({ sv: 'kanske lite regn och fjorton grader', en: 'maybe a bit rainy and fourteen degrees' });
    const mixed = dayOutlook([...hours(DAY, 8, 12, { temperature: 14, ...MAYBE }), ...hours(DAY, 12, 18, { temperature: 14, ...LIKELY })], DAY);
    expect(mixed && outlookWords(mixed)).toEqual({ sv: 'lite regn och fjorton grader', en: 'a bit rainy and fourteen degrees' });
  });

  it('says now and later that a little rain may come, never that it rains', () => {
    const now = at(`${DAY}T09:40`);
    expect(describeNow([step(`${DAY}T09:00`, { temperature: 14, ...MAYBE })], now)).toEqual({
      sv: 'Det är fjorton grader och det kan komma lite regn.',
      en: "It's fourteen degrees and there might be a little rain.",
    });
    const later = [...hours(DAY, 7, 12, { temperature: 14 }), ...hours(DAY, 12, 18, { temperature: 14, ...MAYBE })];
    expect(describeLaterToday(later, now)).toEqual({ sv: 'I eftermiddag kan det komma lite regn.', en: 'This afternoon there might be a little rain.' });
  });

  it('dresses for rain and gives the same reason', () => {
    const advice = adviseClothing({ steps: hours(DAY, 9, 16, { temperature: 17, ...MAYBE }), date: DAY, now: at(`${DAY}T07:00`), outdoorHours: { from: 9, to: 16 } });
    if (!advice) throw new Error('the test forecast should give advice');
    expect(sayClothing(advice, DAY)).toEqual({
      sv: 'Idag kan det komma lite regn, så ta regnkläder och stövlar.',
      en: 'Today there might be a little rain, so wear rain clothes and boots.',
    });
  });
});
