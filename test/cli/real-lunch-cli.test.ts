/**
 * Issue 17: real menus (skolmat's recordings, test/fixtures/real/skolmat) served on loopback and asked through
 * `laiban ask`: Skutskär skola's Matilda menu over the Christmas break and Skutehagens skolan's Skolmaten week.
 * Labels are no food, a meal's parts are one meal, "Kökets val" is the kitchen choosing.
 */
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';
import { askCli, writeAskConfig } from '../support/ask-cli';
import { tempDir } from '../support/robot-harness';

const MATILDA_PATH = '/meals/week/63fc6e2dccb95f5ce56d8ada_skolor';
const SKOLMATEN_PATH = '/api/4/rss/week/skutehagens-skolan';

const ask = async (config: string, now: string, question: string, lang: 'sv' | 'en' = 'sv') => (await askCli(config, now, question, lang)).answer;

const configFor = (upstream: FixtureServer, lunch: { provider: string; url: string }): string =>
  writeAskConfig(tempDir(), { weather: { baseUrl: upstream.url, warningsBaseUrl: upstream.url }, lunch });

describe('laiban ask with real menus', () => {
  let upstream: FixtureServer;
  beforeAll(async () => {
    upstream = await startFixtureServer();
    upstream.route(MATILDA_PATH, { kind: 'file', file: 'real/skolmat/matilda-skutskar-skola.html', contentType: 'text/html; charset=utf-8' });
    upstream.route(SKOLMATEN_PATH, { kind: 'file', file: 'real/skolmat/skolmaten-skutehagens-skolan.xml', contentType: 'application/rss+xml; charset=utf-8' });
  });
  afterAll(() => upstream.close());

  it("tells Skutskär skola's Christmas-break weeks as one meal each, never a label as food", async () => {
    const config = configFor(upstream, { provider: 'matilda', url: `${upstream.url}${MATILDA_PATH}` });
    expect(await ask(config, '2026-01-05T09:00:00', 'vad blir det för mat idag')).toBe('Idag väljer köket själva vad vi ska äta.');
    expect(upstream.requests.map((request) => request.url)).toContain(MATILDA_PATH);
    expect(await ask(config, '2026-01-05T09:00:00', "what's for lunch today", 'en')).toBe('Today the kitchen chooses what we eat.');
    expect(await ask(config, '2026-01-07T13:00:00', 'vad åt vi idag')).toBe('Idag valde köket själva vad vi åt. Vad tyckte du om maten?');
    expect(await ask(config, '2026-01-08T09:00:00', 'vad blir det för mat idag')).toBe(
      'Idag ska vi äta kebabkryddade bites och kall sås med havreris eller stekt kebab och kall sås med ris.',
    );
    expect(await ask(config, '2026-01-09T09:00:00', 'vad blir det för mat på måndag')).toBe(
      'På måndag blir det grönsaksbiff och kall sås med potatismos eller guldlax och sås med potatismos.',
    );
    expect(await ask(config, '2026-01-12T09:00:00', 'vad blir det för mat på fredag')).toBe(
      'På fredag blir det vegetarisk stroganoff med havreris eller korvstroganoff med ris.',
    );
  }, 120_000);

  it("tells Skutehagens skolan's Skolmaten week, its empty days closed and the week after unknown", async () => {
    const config = configFor(upstream, { provider: 'skolmaten', url: `${upstream.url}${SKOLMATEN_PATH}?locale=en` });
    expect(await ask(config, '2026-01-05T09:00:00', 'vad blir det för mat idag')).toBe('Idag väljer köket själva vad vi ska äta.');
    expect(await ask(config, '2026-01-05T09:00:00', 'vad blir det för mat på onsdag')).toBe('I övermorgon är förskolan stängd.');
    expect(await ask(config, '2026-01-08T09:00:00', 'vad blir det för mat idag')).toBe(
      'Idag ska vi äta milanesesoppa med mjuk smörgås och pålägg eller grön ärtsoppa med mjuk smörgås och pålägg.',
    );
    expect(await ask(config, '2026-01-08T09:00:00', 'vad blir det för mat imorgon')).toBe(
      'Imorgon blir det kyckling pannbiff med kokt potatis och brunsås eller vegetarisk biff med kokt potatis och brunsås.',
    );
    expect(await ask(config, '2026-01-09T09:00:00', 'vad blir det för mat på måndag')).toBe(
      'Jag vet inte vad det blir för mat på måndag. Fråga en fröken!',
    );
  }, 120_000);
});
