import { fetchSkolmaten, parseSkolmaten } from '../../../bridge/adapters/lunch/skolmaten';
import type { Menu } from '../../../bridge/types';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';
import { fixtureText, LUNCH, malformedDetail } from './lunch-fixtures';

const limits = { timeoutMs: 2000, maxBytes: 100_000 };

function feed(items: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Skolmaten - Test</title>${items}</channel></rss>`;
}

describe('Skolmaten RSS', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('reads the current weekly feed: one lunch per weekday, labels kept, entities decoded, the empty day closed', async () => {
    server.route('/api/4/rss/week/solrosens-forskola', { kind: 'file', file: LUNCH.skolmatenWeek, contentType: 'application/rss+xml; charset=utf-8' });
    const result = await fetchSkolmaten({ url: `${server.url}/api/4/rss/week/solrosens-forskola?locale=en`, ...limits });
    const expected: Menu = {
      provider: 'skolmaten',
      days: [
        {
          date: '2026-05-11',
          holiday: null,
          meals: [{ kind: 'lunch', dishes: ['Fiskgratäng med potatismos (Fisk)', 'Grönsaksgratäng med potatismos (Vegetariskt)'] }],
        },
        {
          date: '2026-05-12',
          holiday: null,
          meals: [{ kind: 'lunch', dishes: ['Hemlagade köttbullar med makaroner och ketchup (Nöt)', 'Vegetariska bullar med makaroner (Vegetariskt)'] }],
        },
        {
          date: '2026-05-13',
          holiday: null,
          meals: [
            { kind: 'lunch', dishes: ['Pasta & köttfärssås med riven ost (Nöt)', 'Ekologisk linssås med pasta (Vegetariskt)', 'Kökets val'] },
          ],
        },
        { date: '2026-05-14', holiday: 'Stängt', meals: [] },
        {
          date: '2026-05-15',
          holiday: null,
          meals: [{ kind: 'lunch', dishes: ['Kyckling pannbiff med kokt potatis och brunsås (Fågel)', 'Vegetarisk biff med kokt potatis och brunsås (Vegetariskt)'] }],
        },
      ],
    };
    expect(result).toEqual({ ok: true, value: expected });
    expect(server.requests.at(-1)?.url).toBe('/api/4/rss/week/solrosens-forskola?locale=en');
    expect(server.requests.at(-1)?.headers.accept).toContain('application/rss+xml');
  });

  it('reads the legacy days feed split on <br/>, with its holidays', async () => {
    server.route('/solrosens-forskola/rss/days/', { kind: 'file', file: LUNCH.skolmatenLegacy, contentType: 'application/rss+xml' });
    const result = await fetchSkolmaten({ url: `${server.url}/solrosens-forskola/rss/days/?offset=-7&limit=14`, ...limits });
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.value.days.map((day) => [day.date, day.holiday, day.meals.flatMap((meal) => meal.dishes)])).toEqual([
      ['2025-12-29', null, ['Korv Stroganoff med ris', 'Vegetarisk Stroganoff med ris']],
      ['2025-12-30', null, ['Köttsoppa med rotsaker och mjukt bröd', 'Linssoppa med mjukt bröd']],
      ['2025-12-31', 'Stängt', []],
      ['2026-01-01', 'Stängt', []],
      ['2026-01-02', null, ['Fiskpinnar med potatismos och remouladsås', 'Grönsaksbiffar med potatismos']],
      ['2026-01-05', null, ['Pannkakor med sylt och grädde', 'Ärtsoppa']],
      ['2026-01-06', 'Stängt', []],
    ]);
  });

  it('takes the calendar date as written in pubDate, whatever its zone', () => {
    const result = parseSkolmaten(
      feed(
        '<item><title>Fredag - Vecka 43</title><description>Fisk</description><pubDate>Fri, 23 Oct 2026 00:00:00 +0200</pubDate></item>' +
          '<item><title>Måndag - Vecka 44</title><description>Soppa</description><pubDate>Mon, 26 Oct 2026 00:00:00 GMT</pubDate></item>',
      ),
    );
    expect(result.ok && result.value.days.map((day) => day.date)).toEqual(['2026-10-23', '2026-10-26']);
  });

  it('reads a description in CDATA and a day whose only text says the kitchen is closed', () => {
    const result = parseSkolmaten(
      feed(
        '<item><title>Måndag</title><description><![CDATA[Fiskbullar i hummersås, <br />Falafel &amp; bulgur]]></description><pubDate>Mon, 11 May 2026 00:00:00 GMT</pubDate></item>' +
          '<item><title>Fredag</title><description>Stängt - studiedag</description><pubDate>Fri, 15 May 2026 00:00:00 GMT</pubDate></item>',
      ),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        provider: 'skolmaten',
        days: [
          { date: '2026-05-11', holiday: null, meals: [{ kind: 'lunch', dishes: ['Fiskbullar i hummersås', 'Falafel & bulgur'] }] },
          { date: '2026-05-15', holiday: 'Stängt - studiedag', meals: [] },
        ],
      },
    });
  });

  it('gives an empty menu for a feed with no items', () => {
    expect(parseSkolmaten(feed(''))).toEqual({ ok: true, value: { provider: 'skolmaten', days: [] } });
  });

  it('names the item whose pubDate is not a date', () => {
    const result = parseSkolmaten(feed('<item><title>Måndag - Vecka 20</title><description>Fisk</description><pubDate>2026-05-11</pubDate></item>'));
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'malformed', detail: 'Skolmaten item 1 ("Måndag - Vecka 20"): pubDate "2026-05-11" is not an RFC 822 date' },
    });
  });

  it('refuses a pubDate on a day that does not exist', () => {
    const result = parseSkolmaten(feed('<item><description>Fisk</description><pubDate>Thu, 31 Apr 2026 00:00:00 GMT</pubDate></item>'));
    expect(malformedDetail(result)).toContain('"Thu, 31 Apr 2026 00:00:00 GMT" is not an RFC 822 date');
  });

  it('says which item lacks a pubDate', () => {
    const result = parseSkolmaten(feed('<item><title>a</title><description>Fisk</description><pubDate>Mon, 11 May 2026 00:00:00 GMT</pubDate></item><item><title>b</title></item>'));
    expect(malformedDetail(result)).toBe('Skolmaten item 2: pubDate: every item needs a <pubDate> with text');
  });

  it('reports an HTML page instead of the feed', () => {
    const result = parseSkolmaten(fixtureText(LUNCH.htmlErrorPage));
    expect(malformedDetail(result)).toMatch(/^Skolmaten answer is not well-formed XML \(line 6: .*closing tag .meta.*\); it starts "<!DOCTYPE html>/);
  });

  it('reports well-formed XML that is not RSS', () => {
    expect(parseSkolmaten('<html><body><h1>Inloggning</h1></body></html>')).toEqual({
      ok: false,
      problem: { kind: 'malformed', detail: 'Skolmaten answer is not an RSS feed: the root element is <html>, not <rss>' },
    });
    expect(!parseSkolmaten('<rss version="2.0"></rss>').ok).toBe(true);
  });

  it('reports a feed cut off in the middle and JSON instead of XML', () => {
    const whole = fixtureText(LUNCH.skolmatenWeek);
    const cut = parseSkolmaten(whole.slice(0, Math.floor(whole.length / 2)));
    expect(malformedDetail(cut)).toMatch(/^Skolmaten answer is not well-formed XML/);
    const json = parseSkolmaten('{"meals":[]}');
    expect(malformedDetail(json)).toMatch(/^Skolmaten answer is not well-formed XML \(line 1: .*\); it starts "\{"meals":\[\]\}"$/);
  });

  it('refuses a description that is XML elements instead of escaped HTML', () => {
    const result = parseSkolmaten(feed('<item><description>Fisk<br/>Soppa</description><pubDate>Mon, 11 May 2026 00:00:00 GMT</pubDate></item>'));
    expect(malformedDetail(result)).toBe(
      'Skolmaten item 1: description: <description> must be text (escaped HTML), not XML elements',
    );
  });
});

describe("Skutehagens skolan's real week (skolmat's capture of /api/4/rss/week/…)", () => {
  it('reads Kökets val twice, two empty days as closed, and the dishes as written', () => {
    const result = parseSkolmaten(fixtureText('real/skolmat/skolmaten-skutehagens-skolan.xml'));
    expect(result.ok && result.value.days).toEqual([
      { date: '2026-01-05', holiday: null, meals: [{ kind: 'lunch', dishes: ['Kökets val', 'Kökets val'] }] },
      { date: '2026-01-06', holiday: 'Stängt', meals: [] },
      { date: '2026-01-07', holiday: 'Stängt', meals: [] },
      {
        date: '2026-01-08',
        holiday: null,
        meals: [
          {
            kind: 'lunch',
            dishes: ['Milanesesoppa med mjuk smörgås och pålägg (Vegetariskt)', 'Grön ärtsoppa med mjuk smörgås och pålägg (Vegetariskt)'],
          },
        ],
      },
      {
        date: '2026-01-09',
        holiday: null,
        meals: [
          {
            kind: 'lunch',
            dishes: ['Kyckling pannbiff med kokt potatis och brunsås (Fågel)', 'Vegetarisk biff med kokt potatis och brunsås (Vegetariskt)'],
          },
        ],
      },
    ]);
  });
});
