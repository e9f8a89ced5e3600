import type { ForecastStep } from '../../../../bridge/types';
import { dayOutlook, describeDay, describeLaterToday, describeNow, outlookWords } from '../phrasing/describe-weather';
import { at } from '../../../../test/support/skill-context';
import { hours, step } from './forecast-fixture';

const TODAY = '2026-11-25';
const NOW = at(`${TODAY}T09:40`);
const nowIs = (fields: Partial<ForecastStep>) => describeNow([step(`${TODAY}T09:00`, fields)], NOW);

describe('describeNow', () => {
  it.each([
    [{ temperature: 3, precipitationMm: 0.4, precipitationType: 'rain' as const }, 'Det är tre grader och det regnar lite.', "It's three degrees and it's raining a little."],
    [{ temperature: 3, precipitationMm: 2, precipitationType: 'rain' as const }, 'Det är tre grader och det regnar.', "It's three degrees and it's raining."],
    [{ temperature: 3, precipitationMm: 6, precipitationType: 'rain' as const }, 'Det är tre grader och det regnar mycket.', "It's three degrees and it's raining a lot."],
    [{ temperature: 4, precipitationMm: 0.2, precipitationType: 'drizzle' as const }, 'Det är fyra grader och det regnar lite.', "It's four degrees and it's raining a little."],
    [{ temperature: -2, precipitationMm: 1, precipitationType: 'snow' as const }, 'Det är minus två grader och det snöar.', "It's minus two degrees and it's snowing."],
    [{ temperature: -2, precipitationMm: 3, precipitationType: 'snow' as const }, 'Det är minus två grader och det snöar mycket.', "It's minus two degrees and it's snowing a lot."],
    [{ temperature: 1, precipitationMm: 1, precipitationType: 'sleet' as const }, 'Det är en grad och det kommer blötsnö.', "It's one degree and it's sleeting."],
    [{ temperature: 0, precipitationMm: 1, precipitationType: 'freezing-rain' as const }, 'Det är noll grader och det regnar och är halt.', "It's zero degrees and it's raining and slippery."],
    [{ temperature: 18, sky: 'thunder' as const }, 'Det är arton grader och det åskar.', "It's eighteen degrees and it's thundering."],
    [{ temperature: 10 }, 'Det är tio grader och molnigt.', "It's ten degrees and cloudy."],
    [{ temperature: 10, sky: 'partly-cloudy' as const }, 'Det är tio grader och lite molnigt.', "It's ten degrees and a little cloudy."],
    [{ temperature: -6.7, sky: 'clear' as const }, 'Det är minus sju grader och klart.', "It's minus seven degrees and clear."],
    [{ temperature: 2, sky: 'fog' as const }, 'Det är två grader och dimmigt.', "It's two degrees and foggy."],
    [{ temperature: 10, windSpeed: 9 }, 'Det är tio grader, molnigt och blåsigt.', "It's ten degrees, cloudy and windy."],
    [{ temperature: 5, windSpeed: 15, precipitationMm: 2, precipitationType: 'rain' as const }, 'Det är fem grader och det regnar. Det är mycket blåsigt också.', "It's five degrees and it's raining. It's very windy too."],
    [{ temperature: 5, sky: null, cloudCover: null }, 'Det är fem grader.', "It's five degrees."],
  ])('%o', (fields, sv, en) => {
    expect(nowIs(fields)).toEqual({ sv, en });
  });

  it('has nothing to say without a step near now or without a temperature', () => {
    expect(describeNow([step(`${TODAY}T13:00`)], NOW)).toBeUndefined();
    expect(nowIs({ temperature: null })).toBeUndefined();
  });
});

describe('describeLaterToday', () => {
  const morning = (fields: Partial<ForecastStep> = {}) => hours(TODAY, 7, 12, { temperature: 10, ...fields });
  const afternoon = (fields: Partial<ForecastStep> = {}) => hours(TODAY, 12, 22, { temperature: 10, ...fields });
  const RAIN = { precipitationMm: 1, precipitationType: 'rain' as const };

  it.each([
    ['colder', afternoon({ temperature: 5 }), 'I eftermiddag blir det kallare.', 'This afternoon it will get colder.'],
    ['warmer', afternoon({ temperature: 14 }), 'I eftermiddag blir det varmare.', 'This afternoon it will get warmer.'],
    ['rain coming', afternoon(RAIN), 'I eftermiddag börjar det regna.', 'This afternoon it will start to rain.'],
    [
      'colder with rain',
      afternoon({ temperature: 6, ...RAIN }),
      'I eftermiddag blir det kallare och det börjar regna.',
      'This afternoon it will get colder and it will start to rain.',
    ],
    ['snow coming', afternoon({ temperature: 0.5, precipitationMm: 1, precipitationType: 'snow' }), 'I eftermiddag blir det kallare och det börjar snöa.', 'This afternoon it will get colder and it will start to snow.'],
    ['wind coming', afternoon({ windSpeed: 10 }), 'I eftermiddag blir det blåsigt.', 'This afternoon it will get windy.'],
    ['a small change', afternoon({ temperature: 12 }), 'I eftermiddag blir det ungefär som nu.', 'This afternoon it will be about the same as now.'],
  ])('before noon: %s', (_name, later, sv, en) => {
    expect(describeLaterToday([...morning(), ...later], NOW)).toEqual({ sv, en });
  });

  it('says when the rain stops', () => {
    expect(describeLaterToday([...morning(RAIN), ...afternoon()], NOW)).toEqual({
      sv: 'I eftermiddag slutar det regna.',
      en: 'This afternoon the rain will stop.',
    });
  });

  it('speaks of the evening in the afternoon and of nothing in the evening', () => {
    const steps = [...hours(TODAY, 12, 18, { temperature: 8 }), ...hours(TODAY, 18, 22, { temperature: 3 })];
    expect(describeLaterToday(steps, at(`${TODAY}T14:10`))).toEqual({ sv: 'Ikväll blir det kallare.', en: 'This evening it will get colder.' });
    expect(describeLaterToday(steps, at(`${TODAY}T19:00`))).toBeUndefined();
  });
});

describe('describeDay', () => {
  const TOMORROW = '2026-11-26';

  it('says tomorrow\'s weather with the warmest temperature: "Imorgon blir det sol och tio grader."', () => {
    const steps = [...hours(TOMORROW, 8, 14, { temperature: 7, sky: 'clear' }), ...hours(TOMORROW, 14, 18, { temperature: 10, sky: 'clear' })];
    expect(describeDay(steps, NOW, TOMORROW)).toEqual({
      sv: 'Imorgon blir det sol och tio grader.',
      en: 'Tomorrow it will be sunny and ten degrees.',
    });
  });

  it('names a weekday further on and says the wind', () => {
    const monday = at('2026-11-23T08:00');
    const friday = '2026-11-27';
    const steps = hours(friday, 8, 18, { temperature: 8, precipitationMm: 0.1, precipitationType: 'rain', windSpeed: 9 });
    expect(describeDay(steps, monday, friday)).toEqual({
      sv: 'På fredag blir det lite regn och åtta grader. Det blir blåsigt också.',
      en: 'On Friday it will be a bit rainy and eight degrees. It will be windy too.',
    });
  });

  it.each([
    ['today', TODAY, 'Idag', 'Today'],
    ['the day after tomorrow', '2026-11-27', 'I övermorgon', 'The day after tomorrow'],
  ])('starts with the day: %s', (_name, date, sv, en) => {
    const steps = hours(date, 8, 18, { temperature: -3 });
    expect(describeDay(steps, NOW, date)).toEqual({
      sv: `${sv} blir det molnigt och minus tre grader.`,
      en: `${en} it will be cloudy and minus three degrees.`,
    });
  });

  it.each([
    [{ precipitationMm: 2, precipitationType: 'snow' as const }, 'mycket snö', 'very snowy'],
    [{ precipitationMm: 0.3, precipitationType: 'snow' as const }, 'snö', 'snowy'],
    [{ precipitationMm: 0.5, precipitationType: 'rain' as const }, 'regn', 'rainy'],
    [{ precipitationMm: 0.5, precipitationType: 'sleet' as const }, 'blötsnö', 'sleety'],
    [{ thunderProbability: 60 }, 'åska', 'thundery'],
    [{ sky: 'fog' as const }, 'dimma', 'foggy'],
    [{ sky: 'partly-cloudy' as const }, 'sol', 'sunny'],
  ])('a day of %o is "%s" / "%s"', (fields, sv, en) => {
    const outlook = dayOutlook(hours(TOMORROW, 8, 18, { temperature: 0, ...fields }), TOMORROW);
    expect(outlook && outlookWords(outlook)).toEqual({ sv: `${sv} och noll grader`, en: `${en} and zero degrees` });
  });

  it('says "lite sol" when the sun shines a third of the day or more', () => {
    const steps = [...hours(TOMORROW, 8, 12, { sky: 'clear' }), ...hours(TOMORROW, 12, 18, { sky: 'cloudy' })];
    expect(dayOutlook(steps, TOMORROW)?.condition).toEqual({ sv: 'lite sol', en: 'partly sunny' });
  });

  it('has nothing to say about a day the forecast does not reach', () => {
    expect(describeDay(hours(TOMORROW, 8, 18), NOW, '2026-11-29')).toBeUndefined();
  });
});
