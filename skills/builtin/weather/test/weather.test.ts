import type { WarningLevel, WeatherWarning } from '../../../../bridge/types';
import weather, { NO_FORECAST } from '..';
import { replySchema } from '../../../sdk/manifest-schema';
import type { Slots } from '../../../sdk/types';
import { at, makeContext } from '../../../../test/support/skill-context';
import { type Answers, bridgeData, warningsAnswer, warnLog, weatherAnswer } from '../../../../test/support/data-answers';

// The snow1g fixture was fetched at 09:00 on Saturday 24 October 2026 (summer time); the children ask 40 minutes later.
const FETCHED_AT = '2026-10-24T07:00:00Z';
const MORNING = '2026-10-24T09:40';

async function ask(slots: Slots = {}, { now = MORNING, answers = { weather: weatherAnswer(FETCHED_AT) } as Answers } = {}) {
  const log = warnLog();
  const data = bridgeData(answers);
  const sv = await weather.handle(makeContext({ now: at(now), lang: 'sv', slots, data, log }));
  const en = await weather.handle(makeContext({ now: at(now), lang: 'en', slots, data: bridgeData(answers) }));
  expect(replySchema.parse(sv)).toEqual(sv);
  expect(en).toEqual(sv);
  return { reply: sv, speech: sv.speech, warnings: log.warnings, requests: data.requests };
}

function warning(level: WarningLevel, start: string, end: string | null, event = { sv: 'Vind', en: 'Wind' }): WeatherWarning {
  return {
    id: `${level}-${start}`,
    level,
    event,
    area: { sv: 'Stockholms län', en: 'Stockholm County' },
    counties: [1],
    start,
    end,
    description: { sv: 'Byvind 23 m/s.', en: 'Gusts 23 m/s.' },
  };
}

describe('the weather skill on a fresh forecast', () => {
  it('tells the weather now and how the rest of today differs', async () => {
    const { reply, requests } = await ask();
    expect(reply.speech).toEqual({
      sv: 'Det är fem grader och klart. I eftermiddag börjar det regna.',
      en: "It's five degrees and clear. This afternoon it will start to rain.",
    });
    expect(reply.expression).toBe('neutral');
    expect(requests).toEqual([{ source: 'weather' }, { source: 'warnings' }]);
  });

  it('hears a date slot of today as no date', async () => {
    expect((await ask({ date: '2026-10-24' })).speech).toEqual((await ask()).speech);
  });

  it('tells only the weather now when asked about now, happily when it is clear', async () => {
    const { reply } = await ask({ timeOfDay: 'now' });
    expect(reply).toEqual({ speech: { sv: 'Det är fem grader och klart.', en: "It's five degrees and clear." }, expression: 'happy' });
  });

  it('tells a part of today that is asked about', async () => {
    expect((await ask({ timeOfDay: 'afternoon' })).speech).toEqual({
      sv: 'I eftermiddag blir det regn och åtta grader.',
      en: 'This afternoon it will be rainy and eight degrees.',
    });
    expect((await ask({ timeOfDay: 'evening' })).speech).toEqual({
      sv: 'Ikväll blir det lite regn och sju grader.',
      en: 'This evening it will be a bit rainy and seven degrees.',
    });
  });

  it('hears a part of today that is over as a question about today', async () => {
    expect((await ask({ timeOfDay: 'morning' }, { now: '2026-10-24T10:30' })).speech.sv).toMatch(/^Det är \S+ grader/);
  });

  it('tells tomorrow and a weekday', async () => {
    expect((await ask({ date: '2026-10-25' })).speech).toEqual({
      sv: 'Imorgon blir det snö och en grad.',
      en: 'Tomorrow it will be snowy and one degree.',
    });
    expect((await ask({ date: '2026-10-27' })).speech).toEqual({
      sv: 'På tisdag blir det regn och sex grader.',
      en: 'On Tuesday it will be rainy and six degrees.',
    });
  });

  it('says kindly that it does not know a day the forecast does not reach', async () => {
    const { reply } = await ask({ date: '2026-11-10' });
    expect(reply).toEqual({
      speech: { sv: 'Det vet jag inte än. Fråga mig igen när det är närmare!', en: "I don't know that yet. Ask me again when it's closer!" },
      expression: 'thinking',
    });
  });

  it('says kindly that it only knows what the weather will be, and asks the bridge nothing, for a day gone by', async () => {
    const { reply, requests } = await ask({ date: '2026-10-23' });
    expect(reply).toEqual({
      speech: {
        sv: 'Det vet jag inte. Jag vet bara hur vädret blir, inte hur det var.',
        en: "I don't know that. I only know what the weather will be, not what it was.",
      },
      expression: 'thinking',
    });
    expect(requests).toEqual([]);
  });
});

describe('warnings', () => {
  const YELLOW_WIND = warning('yellow', '2026-10-24T04:00:00Z', '2026-10-24T20:00:00Z');
  const NOW_AND_LATER = { sv: 'Det är fem grader och klart. I eftermiddag börjar det regna.', en: "It's five degrees and clear. This afternoon it will start to rain." };
  const withWarnings = (warnings: WeatherWarning[]) => ({ answers: { weather: weatherAnswer(FETCHED_AT), warnings: warningsAnswer(warnings) } });

  it('adds a yellow warning in force, and only that one of messages, ended and coming warnings', async () => {
    const { reply } = await ask({}, withWarnings([
      warning('message', '2026-10-24T04:00:00Z', null, { sv: 'Brandrisk', en: 'Fire risk' }),
      warning('orange', '2026-10-23T04:00:00Z', '2026-10-24T06:00:00Z', { sv: 'Mycket regn', en: 'Heavy rain' }),
      YELLOW_WIND,
      warning('red', '2026-10-25T06:00:00Z', null, { sv: 'Snöfall', en: 'Snowfall' }),
    ]));
    expect(reply).toEqual({
      speech: {
        sv: `${NOW_AND_LATER.sv} Det kan blåsa mycket idag. Lyssna på fröknarna när ni är ute.`,
        en: `${NOW_AND_LATER.en} It might be very windy today. Listen to your teachers when you are outside.`,
      },
      expression: 'neutral',
    });
  });

  it('tells only the most severe of several in force, also one without an end', async () => {
    const { speech } = await ask({}, withWarnings([YELLOW_WIND, warning('orange', '2026-10-24T05:00:00Z', null, { sv: 'Mycket regn', en: 'Heavy rain' })]));
    expect(speech.sv).toBe(`${NOW_AND_LATER.sv} Det kan regna väldigt mycket idag. Lyssna på fröknarna när ni är ute.`);
    expect(speech.sv).not.toContain('blåsa');
  });

  it('tells, for another day, the warning of that day and not today\'s', async () => {
    const SNOW_TOMORROW = warning('orange', '2026-10-25T06:00:00Z', '2026-10-25T18:00:00Z', { sv: 'Snöfall', en: 'Snowfall' });
    const tomorrow = await ask({ date: '2026-10-25' }, withWarnings([YELLOW_WIND, SNOW_TOMORROW]));
    expect(tomorrow.speech.sv).toMatch(/^Imorgon blir det .*\. Det kan snöa väldigt mycket imorgon\. Lyssna på fröknarna när ni är ute\.$/);
    const onlyToday = await ask({ date: '2026-10-25' }, withWarnings([YELLOW_WIND]));
    expect(onlyToday.speech.sv).not.toContain('blåsa mycket');
    // A warning in force now that lasts into tomorrow's daytime is told for tomorrow, not "idag".
    const lasting = await ask({ date: '2026-10-25' }, withWarnings([warning('yellow', '2026-10-24T04:00:00Z', null)]));
    expect(lasting.speech.sv).toMatch(/ Det kan blåsa mycket imorgon\. Lyssna på fröknarna när ni är ute\.$/);
    // One that ends before tomorrow's children are up is not told for tomorrow.
    const endsAtDawn = await ask({ date: '2026-10-25' }, withWarnings([warning('yellow', '2026-10-24T04:00:00Z', '2026-10-25T04:00:00Z')]));
    expect(endsAtDawn.speech.sv).not.toContain('blåsa mycket');
    // And today's answer does not borrow tomorrow's warning.
    const today = await ask({}, withWarnings([SNOW_TOMORROW]));
    expect(today.speech.sv).toBe(NOW_AND_LATER.sv);
  });

  it('adds the warning to the answer that there is no forecast', async () => {
    const { speech } = await ask({}, { answers: { weather: new Error('bridge down'), warnings: warningsAnswer([YELLOW_WIND]) } });
    expect(speech.sv).toBe(`${NO_FORECAST.speech.sv} Det kan blåsa mycket idag. Lyssna på fröknarna när ni är ute.`);
  });

  it('still tells the weather when the warnings fail or are malformed, and logs why', async () => {
    const failing = await ask({}, { answers: { weather: weatherAnswer(FETCHED_AT), warnings: new Error('SMHI warnings timed out') } });
    expect(failing.speech).toEqual(NOW_AND_LATER);
    expect(failing.warnings).toEqual(['no "warnings" data']);

    const malformed = await ask({}, { answers: { weather: weatherAnswer(FETCHED_AT), warnings: { warnings: 'none', fetchedAt: FETCHED_AT, stale: false } } });
    expect(malformed.speech).toEqual(NOW_AND_LATER);
    expect(malformed.warnings).toEqual(['ignored malformed "warnings" data']);
  });
});

describe('an old forecast', () => {
  it('says how old it is and what it said about the rest of today, from three hours', async () => {
    const { reply } = await ask({}, { now: '2026-10-24T14:10' });
    expect(reply).toEqual({
      speech: {
        sv: 'Jag har inte fått någon ny väderprognos på fem timmar, men den senaste sa att det skulle bli regn och åtta grader idag.',
        en: "I haven't had a new weather forecast for five hours, but the last one said it would be rainy and eight degrees today.",
      },
      expression: 'neutral',
    });
    expect((await ask({}, { now: '2026-10-24T11:59' })).speech.sv).toMatch(/^Det är \S+ grader/);
  });

  it('says what it said about the day asked about', async () => {
    expect((await ask({ date: '2026-10-25' }, { now: '2026-10-24T14:10' })).speech).toEqual({
      sv: 'Jag har inte fått någon ny väderprognos på fem timmar, men den senaste sa att det skulle bli snö och en grad imorgon.',
      en: "I haven't had a new weather forecast for five hours, but the last one said it would be snowy and one degree tomorrow.",
    });
    expect((await ask({}, { now: '2026-10-25T08:30' })).speech).toEqual({
      sv: 'Jag har inte fått någon ny väderprognos sedan igår, men då skulle det bli snö och en grad idag.',
      en: "I haven't had a new weather forecast since yesterday, but then it was going to be snowy and one degree today.",
    });
  });
});

describe('without a forecast', () => {
  it('answers kindly that it has none when the request rejects, and logs why', async () => {
    const { reply, warnings } = await ask({}, { answers: { weather: new Error('bridge down') } });
    expect(reply).toEqual({
      speech: { sv: 'Jag har ingen väderprognos just nu. Titta ut genom fönstret!', en: "I don't have a weather forecast right now. Look out of the window!" },
      expression: 'thinking',
    });
    expect(warnings).toEqual(['no "weather" data', 'no "warnings" data']);
  });

  it('answers the same for a malformed forecast, and logs the reason', async () => {
    const log = warnLog();
    const answer = { forecast: { provider: 'smhi', location: { lat: 59.3, lon: 18.1 }, issuedAt: FETCHED_AT, steps: 'soon' }, fetchedAt: FETCHED_AT, stale: false };
    const reply = await weather.handle(makeContext({ now: at(MORNING), data: bridgeData({ weather: answer }), log }));
    expect(reply).toEqual(NO_FORECAST);
    expect(log.warnings[0]).toBe('ignored malformed "weather" data');
    expect(log.fields[0]).toEqual({ reason: expect.stringMatching(/^bad "weather" data at forecast\.steps: /) });
  });
});
