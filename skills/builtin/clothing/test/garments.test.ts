import type { ForecastStep } from '../../../../bridge/types';
import { adviseClothing, type Garment } from '../advice/garments';
import { at } from '../../../../test/support/skill-context';
import { hours, step } from '../../weather/test/forecast-fixture';

const OUTDOORS = { from: 9, to: 16 };
const RAIN = { precipitationMm: 1, precipitationType: 'rain' as const };
const SNOW = { precipitationMm: 1, precipitationType: 'snow' as const };

/** Advice for `date`, asked at 07:00 that morning. */
function advise(date: string, steps: ForecastStep[], corrections?: Record<string, Garment[]>) {
  return adviseClothing({ steps, date, now: at(`${date}T07:00`), outdoorHours: OUTDOORS, corrections });
}
const garmentsOn = (date: string, fields: Partial<ForecastStep>) => advise(date, hours(date, 9, 16, fields))?.garments;

const WINTER = ['overall', 'hat', 'mittens', 'scarf'];

describe('the winter rules, 1 November to 31 March', () => {
  it.each([
    ['2026-10-31', 'normal', ['fleece']],
    ['2026-11-01', 'winter-rules', WINTER],
    ['2027-03-31', 'winter-rules', WINTER],
    ['2027-04-01', 'normal', ['fleece']],
  ])('on a dry 14 °C day, %s follows the %s rules', (date, season, garments) => {
    const advice = advise(date, hours(date, 9, 16, { temperature: 14 }));
    expect(advice?.season).toBe(season);
    expect(advice?.garments).toEqual(garments);
    expect(advice?.because).toBe('rules');
  });

  it('keeps the winter clothes on a hot sunny day in March, as the original did', () => {
    expect(garmentsOn('2027-03-20', { temperature: 22, sky: 'clear' })).toEqual(WINTER);
  });

  it('asks for a waterproof overall and boots in winter rain', () => {
    expect(garmentsOn('2026-11-25', { temperature: 3, ...RAIN })).toEqual(['waterproof-overall', 'boots', 'hat', 'mittens', 'scarf']);
  });

  it('adds boots in winter snow', () => {
    expect(garmentsOn('2027-01-12', { temperature: -3, ...SNOW })).toEqual(['overall', 'boots', 'hat', 'mittens', 'scarf']);
  });
});

describe('the rules the rest of the year', () => {
  it.each([
    ['a cold autumn day', '2026-10-10', { temperature: 6 }, ['jacket', 'fleece', 'hat', 'mittens']],
    ['a cold summer day', '2026-07-10', { temperature: 8 }, ['jacket', 'fleece', 'thin-hat']],
    ['a cool day', '2026-06-10', { temperature: 11 }, ['jacket', 'fleece']],
    ['a warmish day', '2026-06-10', { temperature: 14 }, ['fleece']],
    ['a cloudy warm day', '2026-06-10', { temperature: 18 }, ['cap']],
    ['a sunny warm day', '2026-06-10', { temperature: 18, sky: 'clear' as const }, ['sun-hat', 'sun-cream']],
    ['a sunny hot day', '2026-07-10', { temperature: 26, humidity: 50, sky: 'clear' as const }, ['sun-hat', 'sun-cream']],
    ['a cold wet spring day', '2026-04-20', { temperature: 5, ...RAIN }, ['rain-clothes', 'boots', 'fleece', 'hat', 'mittens']],
    ['a cool wet day', '2026-06-10', { temperature: 11, ...RAIN }, ['rain-clothes', 'boots', 'fleece']],
    ['a warm wet day', '2026-06-10', { temperature: 18, ...RAIN }, ['rain-clothes', 'boots']],
    ['a hot rainy day with sun between the showers', '2026-07-10', { temperature: 24, sky: 'clear' as const, ...RAIN }, ['rain-clothes', 'boots']],
    ['snow in April', '2026-04-10', { temperature: 0, ...SNOW }, ['overall', 'boots', 'hat', 'mittens']],
    ['sleet in April', '2026-04-10', { temperature: 1, precipitationMm: 1, precipitationType: 'sleet' as const }, ['waterproof-overall', 'boots', 'hat', 'mittens']],
  ])('%s: %j', (_name, date, fields, garments) => {
    expect(garmentsOn(date, fields)).toEqual(garments);
  });
});

describe("a teacher's correction", () => {
  const DATE = '2026-06-10';
  const corrections = { 'cool-wet': ['rain-clothes', 'boots', 'hat'] as Garment[] };

  it('wins over the rules for its own class key', () => {
    const advice = advise(DATE, hours(DATE, 9, 16, { temperature: 11, ...RAIN }), corrections);
    expect(advice).toMatchObject({ classKey: 'cool-wet', because: 'teacher', garments: ['rain-clothes', 'boots', 'hat'] });
  });

  it.each([
    ['a dry cool day', { temperature: 11 }, 'cool'],
    ['a cold wet day', { temperature: 5, ...RAIN }, 'cold-wet'],
    ['a warmish wet day', { temperature: 14, ...RAIN }, 'warmish-wet'],
  ])('leaves %s to the rules', (_name, fields, key) => {
    const advice = advise(DATE, hours(DATE, 9, 16, fields), corrections);
    expect(advice).toMatchObject({ classKey: key, because: 'rules' });
    expect(advice?.garments).not.toEqual(corrections['cool-wet']);
  });

  it('wins over the winter rules too', () => {
    const winterDay = '2026-11-25';
    const advice = advise(winterDay, hours(winterDay, 9, 16, { temperature: 2 }), { cold: ['overall', 'hat', 'mittens'] });
    expect(advice).toMatchObject({ season: 'winter-rules', because: 'teacher', garments: ['overall', 'hat', 'mittens'] });
  });
});

describe('which hours count', () => {
  const DATE = '2026-06-10';
  const morningRain = [...hours(DATE, 9, 11, { temperature: 18, ...RAIN }), ...hours(DATE, 11, 16, { temperature: 18 })];

  it('dresses for the rest of the outdoor hours when asked during them', () => {
    const asked = (local: string) => adviseClothing({ steps: morningRain, date: DATE, now: at(local), outdoorHours: OUTDOORS });
    expect(asked(`${DATE}T08:00`)?.classKey).toBe('warm-wet');
    expect(asked(`${DATE}T13:30`)?.classKey).toBe('warm');
    expect(asked(`${DATE}T17:00`)?.classKey).toBe('warm-wet');
    expect(asked('2026-06-09T13:30')?.classKey).toBe('warm-wet');
  });

  it('gives no advice when the forecast does not cover the day', () => {
    expect(advise('2026-06-11', morningRain)).toBeUndefined();
  });

  it('counts the hours from the start of the window up to, not including, its end', () => {
    const steps = [step(`${DATE}T08:00`, { temperature: 18, ...RAIN }), ...hours(DATE, 9, 16, { temperature: 18 }), step(`${DATE}T16:00`, { temperature: 18, ...RAIN })];
    expect(advise(DATE, steps)?.classKey).toBe('warm');
  });
});
