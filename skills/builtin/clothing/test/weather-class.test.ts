import type { ForecastStep } from '../../../../bridge/types';
import { classKey, temperatureClassOf, weatherClass } from '../advice/weather-class';
import { hours, step } from '../../weather/test/forecast-fixture';

const DAY = '2026-05-20';
const OUTDOORS = { from: 9, to: 16 };
const classOf = (steps: ForecastStep[]) => weatherClass(steps, DAY, OUTDOORS);

describe('temperature classes', () => {
  it.each([
    [-5, 'cold'],
    [10, 'cold'],
    [10.1, 'cool'],
    [12, 'cool'],
    [12.1, 'warmish'],
    [16, 'warmish'],
    [16.1, 'warm'],
    [19.9, 'warm'],
    [20, 'hot'],
    [28, 'hot'],
  ])('%d °C feels %s', (celsius, expected) => {
    expect(temperatureClassOf(celsius)).toBe(expected);
  });

  it.each([
    [10, 'cold'],
    [11, 'cool'],
    [12, 'cool'],
    [13, 'warmish'],
    [16, 'warmish'],
    [17, 'warm'],
    [20, 'hot'],
  ])('a calm day at %d °C is %s', (temperature, expected) => {
    expect(classOf(hours(DAY, 9, 16, { temperature }))?.temperatureClass).toBe(expected);
  });

  it('lets wind chill on a cold windy morning pull the day from cool to cold', () => {
    const calm = [...hours(DAY, 9, 12, { temperature: 8 }), ...hours(DAY, 12, 15, { temperature: 16 })];
    const windy = [...hours(DAY, 9, 12, { temperature: 8, windSpeed: 10 }), ...hours(DAY, 12, 15, { temperature: 16 })];
    const outdoors = { from: 9, to: 15 };
    expect(weatherClass(calm, DAY, outdoors)?.temperatureClass).toBe('cool');
    expect(weatherClass(windy, DAY, outdoors)?.temperatureClass).toBe('cold');
    expect(weatherClass(windy, DAY, outdoors)?.windy).toBe(true);
  });

  it('only counts the hours the children are outside', () => {
    const steps = [
      step(`${DAY}T07:00`, { temperature: -2, precipitationMm: 3, precipitationType: 'rain' }),
      ...hours(DAY, 9, 16, { temperature: 14 }),
      step(`${DAY}T16:00`, { temperature: -2, precipitationMm: 3, precipitationType: 'rain' }),
    ];
    expect(classOf(steps)).toMatchObject({ temperatureClass: 'warmish', wet: false });
  });

  it('has no class without temperatures for the outdoor hours', () => {
    expect(classOf(hours('2026-05-21', 9, 16))).toBeUndefined();
    expect(classOf(hours(DAY, 9, 16, { temperature: null }))).toBeUndefined();
  });
});

describe('what falls, blows and shines', () => {
  const withHourAt11 = (fields: Partial<ForecastStep>) => [...hours(DAY, 9, 11), step(`${DAY}T11:00`, fields), ...hours(DAY, 12, 16)];

  it.each([
    ['rain', { precipitationMm: 0.5, precipitationType: 'rain' as const }, true, false],
    ['drizzle', { precipitationMm: 0.1, precipitationType: 'drizzle' as const }, true, false],
    ['snow', { precipitationMm: 1, precipitationType: 'snow' as const }, false, true],
    ['sleet', { precipitationMm: 1, precipitationType: 'sleet' as const }, true, true],
    ['a rain type with no millimetres', { precipitationMm: 0, precipitationType: 'rain' as const }, false, false],
  ])('%s in one hour makes the day wet %s and snowy %s', (_name, fields, wet, snowy) => {
    expect(classOf(withHourAt11(fields))).toMatchObject({ wet, snowy });
  });

  it('is sunny when at least half of the hours are clear or partly cloudy', () => {
    const sunnyMorning = [...hours(DAY, 9, 13, { sky: 'clear' }), ...hours(DAY, 13, 16, { sky: 'cloudy' })];
    const sunnyHour = [...hours(DAY, 9, 10, { sky: 'partly-cloudy' }), ...hours(DAY, 10, 16, { sky: 'cloudy' })];
    expect(classOf(sunnyMorning)?.sunny).toBe(true);
    expect(classOf(sunnyHour)?.sunny).toBe(false);
  });

  it('is windy from 8 m/s', () => {
    expect(classOf(withHourAt11({ windSpeed: 8 }))?.windy).toBe(true);
    expect(classOf(withHourAt11({ windSpeed: 7.9 }))?.windy).toBe(false);
  });
});

describe('class keys', () => {
  const base = { temperatureClass: 'cold' as const, wet: false, snowy: false, sunny: false };

  it.each([
    [base, 'cold'],
    [{ ...base, wet: true }, 'cold-wet'],
    [{ ...base, snowy: true }, 'cold-snowy'],
    [{ ...base, wet: true, snowy: true }, 'cold-wet-snowy'],
    [{ ...base, sunny: true }, 'cold'],
    [{ ...base, temperatureClass: 'hot' as const, sunny: true }, 'hot-sunny'],
    [{ ...base, temperatureClass: 'warm' as const, sunny: true }, 'warm-sunny'],
    [{ ...base, temperatureClass: 'warm' as const, sunny: true, wet: true }, 'warm-wet'],
    [{ ...base, temperatureClass: 'warmish' as const, sunny: true }, 'warmish'],
  ])('%o is "%s"', (weather, key) => {
    expect(classKey(weather)).toBe(key);
  });
});
