import type { WarningLevel, WeatherWarning } from '../../../../bridge/types';
import { describeWarning } from '../phrasing/describe-weather';
import { at } from '../../../../test/support/skill-context';

const NOW = at('2026-11-25T09:40');

function warning(level: WarningLevel, eventSv: string, eventEn: string, start = '2026-11-25T06:00:00Z', end: string | null = '2026-11-25T20:00:00Z'): WeatherWarning {
  return {
    id: 'w1',
    level,
    event: { sv: eventSv, en: eventEn },
    area: { sv: 'Skåne län', en: 'Skåne County' },
    counties: [12],
    start,
    end,
    description: { sv: 'Byvind 25 m/s.', en: 'Gusts 25 m/s.' },
  };
}

describe('describeWarning', () => {
  it.each([
    ['yellow', 'Det kan blåsa mycket idag. Lyssna på fröknarna när ni är ute.', 'It might be very windy today. Listen to your teachers when you are outside.'],
    ['orange', 'Det kan blåsa väldigt mycket idag. Lyssna på fröknarna när ni är ute.', 'It might be very, very windy today. Listen to your teachers when you are outside.'],
    ['red', 'Det kan blåsa väldigt mycket idag. Fröknarna bestämmer om ni ska gå ut.', 'It might be very, very windy today. Your teachers will decide if you go outside.'],
  ] as const)('a %s wind warning', (level, sv, en) => {
    expect(describeWarning(warning(level, 'Vind', 'Wind'), NOW)).toEqual({ sv, en });
  });

  it.each([
    ['Mycket regn', 'Heavy rain', 'Det kan regna mycket idag.'],
    ['Snöfall och vind', 'Snowfall and wind', 'Det kan snöa mycket idag.'],
    ['Åska', 'Thunderstorms', 'Det kan åska idag.'],
    ['Underkylt regn', 'Freezing rain', 'Det kan bli halt idag.'],
    ['Hårda vindbyar', 'Strong gusts', 'Det kan blåsa mycket idag.'],
    ['Höga vattenflöden', 'High water flows', 'Det kan bli ovanligt väder idag.'],
  ])('tells "%s" as what may happen', (eventSv, eventEn, first) => {
    expect(describeWarning(warning('yellow', eventSv, eventEn), NOW)?.sv).toBe(`${first} Lyssna på fröknarna när ni är ute.`);
  });

  it('gives heat its own advice', () => {
    expect(describeWarning(warning('yellow', 'Höga temperaturer', 'High temperatures'), NOW)).toEqual({
      sv: 'Det kan bli väldigt varmt idag. Drick mycket vatten och var i skuggan.',
      en: 'It might be very hot today. Drink lots of water and stay in the shade.',
    });
  });

  it('names the day a warning starts on', () => {
    expect(describeWarning(warning('yellow', 'Vind', 'Wind', '2026-11-26T05:00:00Z', null), NOW)?.sv).toBe(
      'Det kan blåsa mycket imorgon. Lyssna på fröknarna när ni är ute.',
    );
    expect(describeWarning(warning('orange', 'Vind', 'Wind', '2026-11-27T23:30:00Z', null), NOW)?.en).toBe(
      'It might be very, very windy on Saturday. Listen to your teachers when you are outside.',
    );
  });

  it('keeps quiet about plain messages and warnings that have ended', () => {
    expect(describeWarning(warning('message', 'Brandrisk', 'Fire risk'), NOW)).toBeUndefined();
    expect(describeWarning(warning('yellow', 'Vind', 'Wind', '2026-11-24T06:00:00Z', '2026-11-25T06:00:00Z'), NOW)).toBeUndefined();
  });

  it('never uses frightening words and stays within two sentences', () => {
    const events: Array<[string, string]> = [
      ['Vind', 'Wind'], ['Storm', 'Storm'], ['Mycket regn', 'Heavy rain'], ['Snöfall', 'Snowfall'], ['Åska', 'Thunder'],
      ['Höga temperaturer', 'High temperatures'], ['Halka', 'Icy roads'], ['Brandrisk', 'Fire risk'], ['Okänt', 'Unknown'],
    ];
    for (const level of ['yellow', 'orange', 'red'] as const) {
      for (const [sv, en] of events) {
        const speech = describeWarning(warning(level, sv, en), NOW);
        expect(speech).toBeDefined();
        for (const text of [speech?.sv ?? '', speech?.en ?? '']) {
          expect(text).not.toMatch(/farlig|fara|varning|storm|orkan|danger|warning|hurricane|scary/i);
          expect(text.split(/[.?!](?:\s|$)/).filter(Boolean)).toHaveLength(2);
        }
      }
    }
  });
});
