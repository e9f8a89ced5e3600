import clothing, { NO_CLOTHING_ADVICE, saveClothingCorrection } from '..';
import { removeClothingCorrection } from '../corrections';
import { replySchema } from '../../../sdk/manifest-schema';
import type { Slots } from '../../../sdk/types';
import { at, makeContext } from '../../../../test/support/skill-context';
import { memoryStore } from '../../../../test/support/test-doubles';
import { type Answers, bridgeData, warnLog, weatherAnswer } from '../../../../test/support/data-answers';

// The snow1g fixture was fetched at 09:00 on Saturday 24 October 2026: rain from 15:00 that day, sleet and then snow on the 25th.
const FETCHED_AT = '2026-10-24T07:00:00Z';
const MORNING = '2026-10-24T09:40';
const SNOW_DAY = '2026-10-25';


async function ask(slots: Slots = {}, { now = MORNING, store = memoryStore(), answers = { weather: weatherAnswer(FETCHED_AT) } as Answers } = {}) {
  const log = warnLog();
  const data = bridgeData(answers);
  const reply = await clothing.handle(makeContext({ now: at(now), slots, store, data, log }));
  expect(replySchema.parse(reply)).toEqual(reply);
  return { reply, speech: reply.speech, warnings: log.warnings, requests: data.requests };
}

const RAINY_TODAY = {
  sv: 'Idag regnar det, så ta regnkläder, stövlar, fleecetröja, mössa och vantar. Var förslaget bra?',
  en: "Today it will rain, so wear rain clothes, boots, a fleece, a warm hat and mittens. Was that a good suggestion?",
};
const SNOWY_TOMORROW = {
  sv: 'Imorgon snöar och regnar det, så ta vattentät overall, stövlar, mössa och vantar.',
  en: 'Tomorrow it will snow and rain, so wear a waterproof snowsuit, boots, a warm hat and mittens.',
};

describe('the clothing skill by the rules', () => {
  it('dresses for today and asks whether the advice was good', async () => {
    const { reply, requests } = await ask();
    expect(reply).toEqual({ speech: RAINY_TODAY, expression: 'neutral' });
    expect(requests).toEqual([{ source: 'weather' }]);
  });

  it('dresses for the sleet and snow of the snow1g day, without asking before the day has come', async () => {
    expect((await ask({ date: SNOW_DAY })).speech).toEqual(SNOWY_TOMORROW);
  });

  it('says kindly that it only knows today and the next few days for a day gone by or beyond the forecast', async () => {
    const onlyComingDays = {
      speech: { sv: 'Jag vet bara vad du ska ha på dig idag och de närmaste dagarna.', en: 'I only know what to wear today and on the next few days.' },
      expression: 'thinking',
    };
    expect((await ask({ date: '2026-10-23' })).reply).toEqual(onlyComingDays);
    expect((await ask({ date: '2026-11-20' })).reply).toEqual(onlyComingDays);
  });
});

describe('teachers\' corrections', () => {
  it('win over the rules for the same weather class', async () => {
    const store = memoryStore({ corrections: { 'cold-wet-snowy': ['overall', 'boots', 'mittens', 'hat', 'scarf'] } });
    expect((await ask({ date: SNOW_DAY }, { store })).speech).toEqual({
      sv: 'Imorgon behöver du overall, stövlar, mössa, vantar och halsduk.',
      en: 'Tomorrow you need a snowsuit, boots, a warm hat, mittens and a scarf.',
    });
    // Today's rain is another class: the rules stand.
    expect((await ask({}, { store })).speech).toEqual(RAINY_TODAY);
  });

  it('leave out unknown garments and broken entries with a warning, and a broken store is ignored', async () => {
    const store = memoryStore({ corrections: { 'cold-wet': ['rain-clothes', 'flip-flops', 'boots'], 'cold-wet-snowy': 'overall', 'very-cold': ['hat'] } });
    const { speech, warnings } = await ask({}, { store });
    expect(speech.sv).toBe('Idag behöver du regnkläder och stövlar. Var förslaget bra?');
    expect(warnings).toEqual([
      'ignored unknown garments in the clothing correction "cold-wet"',
      'ignored the clothing correction "cold-wet-snowy": not a weather class with a list of garments',
      'ignored the clothing correction "very-cold": not a weather class with a list of garments',
    ]);

    const broken = await ask({}, { store: memoryStore({ corrections: ['overall'] }) });
    expect(broken.speech).toEqual(RAINY_TODAY);
    expect(broken.warnings).toEqual(['ignored the clothing corrections: not an object of class keys']);
  });

  it('are saved by saveClothingCorrection in speaking order, next to the others, and used from then on', async () => {
    const store = memoryStore({ corrections: { 'hot-sunny': ['sun-hat'] } });
    await expect(saveClothingCorrection(store, 'cold-wet', ['hat', 'rain-clothes', 'boots', 'hat'])).resolves.toEqual(['rain-clothes', 'boots', 'hat']);
    expect(store.values.get('corrections')).toEqual({ 'hot-sunny': ['sun-hat'], 'cold-wet': ['rain-clothes', 'boots', 'hat'] });
    expect((await ask({}, { store })).speech).toEqual({
      sv: 'Idag behöver du regnkläder, stövlar och mössa. Var förslaget bra?',
      en: 'Today you need rain clothes, boots and a warm hat. Was that a good suggestion?',
    });
  });

  it('are refused by saveClothingCorrection for an unknown garment or weather class, leaving the store as it was', async () => {
    const store = memoryStore({ corrections: { 'cold-wet': ['boots'] } });
    await expect(saveClothingCorrection(store, 'cold-wet', ['boots', 'flip-flops'])).rejects.toThrow(
      '"flip-flops" is not a garment; use overall, waterproof-overall, rain-clothes, boots, sandals, jacket, fleece, hat, thin-hat, cap, sun-hat, mittens, scarf, sun-cream',
    );
    await expect(saveClothingCorrection(store, 'freezing', ['overall'])).rejects.toThrow(/^"freezing" is not a weather class; use one of: cold, /);
    expect(store.values.get('corrections')).toEqual({ 'cold-wet': ['boots'] });
  });

  it('are removed by removeClothingCorrection, so the rules decide again, leaving the others', async () => {
    const store = memoryStore({ corrections: { 'cold-wet': ['boots'], 'hot-sunny': ['sun-hat'] } });
    await expect(removeClothingCorrection(store, 'cold-wet')).resolves.toBe(true);
    expect(store.values.get('corrections')).toEqual({ 'hot-sunny': ['sun-hat'] });
    expect((await ask({}, { store })).speech).toEqual(RAINY_TODAY);
    await expect(removeClothingCorrection(store, 'cold-wet')).resolves.toBe(false);
    await expect(removeClothingCorrection(store, 'freezing')).rejects.toThrow(/^"freezing" is not a weather class; use one of: cold, /);
    expect(store.values.get('corrections')).toEqual({ 'hot-sunny': ['sun-hat'] });
  });
});

describe('an old forecast', () => {
  it('gives the advice with a short hedge from twelve hours', async () => {
    expect((await ask({ date: SNOW_DAY }, { now: '2026-10-24T20:59' })).speech).toEqual(SNOWY_TOMORROW);
    expect((await ask({ date: SNOW_DAY }, { now: '2026-10-24T21:00' })).speech).toEqual({
      sv: 'Jag har ingen ny väderprognos, men imorgon snöar och regnar det, så ta vattentät overall, stövlar, mössa och vantar.',
      en: "I don't have a new weather forecast, but tomorrow it will snow and rain, so wear a waterproof snowsuit, boots, a warm hat and mittens.",
    });
  });
});

describe('without a forecast', () => {
  it('answers kindly that it does not know when the request rejects, and logs why', async () => {
    const { reply, warnings } = await ask({}, { answers: { weather: new Error('bridge down') } });
    expect(reply).toEqual({
      speech: {
        sv: 'Jag vet inte hur vädret blir just nu. Fråga en fröken vad du ska ha på dig.',
        en: "I don't know what the weather will be like right now. Ask a teacher what to wear.",
      },
      expression: 'thinking',
    });
    expect(warnings).toEqual(['no "weather" data']);
  });

  it('answers the same for a malformed forecast, and logs it', async () => {
    const { reply, warnings } = await ask({}, { answers: { weather: { forecast: null, fetchedAt: FETCHED_AT, stale: false } } });
    expect(reply).toEqual(NO_CLOTHING_ADVICE);
    expect(warnings).toEqual(['ignored malformed "weather" data']);
  });
});
