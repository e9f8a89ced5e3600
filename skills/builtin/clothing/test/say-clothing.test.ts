import type { ForecastStep } from '../../../../bridge/types';
import { adviseClothing, type Garment } from '../advice/garments';
import { ASK_IF_GOOD, sayClothing } from '../advice/say-clothing';
import { at } from '../../../../test/support/skill-context';
import { hours } from '../../weather/test/forecast-fixture';

const RAIN = { precipitationMm: 1, precipitationType: 'rain' as const };
const SNOW = { precipitationMm: 1, precipitationType: 'snow' as const };

/** What the robot says on `today` at 07:00 about `date` with the same weather all day. */
function say(today: string, date: string, fields: Partial<ForecastStep>, corrections?: Record<string, Garment[]>, askIfGood = false) {
  const advice = adviseClothing({ steps: hours(date, 9, 16, fields), date, now: at(`${today}T07:00`), outdoorHours: { from: 9, to: 16 }, corrections });
  if (!advice) throw new Error('the test forecast should give advice');
  return sayClothing(advice, today, { askIfGood });
}

describe('sayClothing', () => {
  it.each([
    [
      'a dry winter day',
      '2026-11-25', '2026-11-25', { temperature: 1 },
      'Idag behöver du overall, mössa, vantar och halsduk.',
      'Today you need a snowsuit, a warm hat, mittens and a scarf.',
    ],
    [
      'a rainy summer day',
      '2026-06-10', '2026-06-10', { temperature: 17, ...RAIN },
      'Idag regnar det, så ta regnkläder och stövlar.',
      "Today it will rain, so wear rain clothes and boots.",
    ],
    [
      'rain tomorrow',
      '2026-06-10', '2026-06-11', { temperature: 17, ...RAIN },
      'Imorgon regnar det, så ta regnkläder och stövlar.',
      'Tomorrow it will rain, so wear rain clothes and boots.',
    ],
    [
      'a rainy winter day',
      '2026-11-25', '2026-11-25', { temperature: 3, ...RAIN },
      'Idag regnar det, så ta vattentät overall, stövlar, mössa, vantar och halsduk.',
      "Today it will rain, so wear a waterproof snowsuit, boots, a warm hat, mittens and a scarf.",
    ],
    [
      'snow in April',
      '2026-04-10', '2026-04-10', { temperature: 0, ...SNOW },
      'Idag snöar det, så ta overall, stövlar, mössa och vantar.',
      "Today it will snow, so wear a snowsuit, boots, a warm hat and mittens.",
    ],
    [
      'a sunny hot day',
      '2026-07-10', '2026-07-10', { temperature: 25, sky: 'clear' as const },
      'Idag skiner solen, så ta solhatt och solkräm.',
      'Today the sun will shine, so wear a sun hat and sun cream.',
    ],
    [
      'a warmish Friday',
      '2026-06-08', '2026-06-12', { temperature: 14 },
      'På fredag behöver du fleecetröja.',
      'On Friday you need a fleece.',
    ],
    [
      'a cloudy warm day',
      '2026-06-10', '2026-06-10', { temperature: 18 },
      'Idag behöver du keps.',
      'Today you need a cap.',
    ],
  ])('%s', (_name, today, date, fields, sv, en) => {
    expect(say(today, date, fields)).toEqual({ sv, en });
  });

  it("says a teacher's correction without the rules' reason", () => {
    const speech = say('2026-06-10', '2026-06-10', { temperature: 11, ...RAIN }, { 'cool-wet': ['overall', 'mittens', 'hat'] });
    expect(speech).toEqual({ sv: 'Idag behöver du overall, mössa och vantar.', en: 'Today you need a snowsuit, a warm hat and mittens.' });
  });

  it('says so kindly when a teacher decided no extra clothes are needed', () => {
    const speech = say('2026-06-10', '2026-06-10', { temperature: 22 }, { hot: [] });
    expect(speech).toEqual({ sv: 'Idag behöver du inga extra kläder.', en: "Today you don't need any extra clothes." });
  });

  it('asks "Var förslaget bra?" when told to, and stays within two sentences', () => {
    const speech = say('2026-06-10', '2026-06-10', { temperature: 17, ...RAIN }, undefined, true);
    expect(speech).toEqual({
      sv: 'Idag regnar det, så ta regnkläder och stövlar. Var förslaget bra?',
      en: "Today it will rain, so wear rain clothes and boots. Was that a good suggestion?",
    });
    expect(ASK_IF_GOOD.sv).toBe('Var förslaget bra?');
    for (const text of [speech.sv, speech.en]) expect(text.split(/[.?!](?:\s|$)/).filter(Boolean)).toHaveLength(2);
  });
});
