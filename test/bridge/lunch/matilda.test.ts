import { fetchMatilda, parseMatilda } from '../../../bridge/adapters/lunch/matilda';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';
import { fixtureText, LUNCH, malformedDetail } from './lunch-fixtures';

const limits = { timeoutMs: 2000, maxBytes: 100_000 };

function page(nextData: string): string {
  return `<!DOCTYPE html><html><head></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${nextData}</script></body></html>`;
}

describe('Matilda', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('reads __NEXT_DATA__: several meals on a date make one day, the holiday is named', async () => {
    server.route('/meals/week/6630f1c2a4b5c6d7e8f90123_solrosens-forskola', { kind: 'file', file: LUNCH.matilda, contentType: 'text/html; charset=utf-8' });
    const result = await fetchMatilda({
      url: `${server.url}/meals/week/6630f1c2a4b5c6d7e8f90123_solrosens-forskola?startDate=2026-05-11&endDate=2026-05-17`,
      ...limits,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        provider: 'matilda',
        days: [
          {
            date: '2026-05-11',
            holiday: null,
            meals: [
              { kind: 'lunch', dishes: ['Fiskgratäng med potatismos'] },
              { kind: 'snack', dishes: ['Smörgås med ost, mjölk'] },
            ],
          },
          {
            date: '2026-05-12',
            holiday: null,
            meals: [
              { kind: 'lunch', dishes: ['Köttbullar, sås, (potatis), lingon', 'Vegobullar, sås, (potatis), lingon'] },
              { kind: 'snack', dishes: ['Yoghurt med flingor'] },
            ],
          },
          { date: '2026-05-13', holiday: null, meals: [{ kind: 'lunch', dishes: ['Kycklinggryta med ris'] }] },
          { date: '2026-05-14', holiday: 'Kristi himmelsfärdsdag', meals: [] },
          { date: '2026-05-15', holiday: null, meals: [{ kind: 'lunch', dishes: ['Pannkakor med sylt och grädde'] }] },
        ],
      },
    });
  });

  it('takes the date part of a local time without offset, even across the DST change', () => {
    const meals = [
      { name: 'Lunch', date: '2026-10-23T00:00:00', holidayName: null, courses: [{ name: 'Fisk', order: 1 }] },
      { name: 'Lunch', date: '2026-10-26T00:00:00', holidayName: null, courses: [{ name: 'Soppa', order: 1 }] },
    ];
    const result = parseMatilda(page(JSON.stringify({ props: { pageProps: { meals } } })));
    expect(result.ok && result.value.days.map((day) => day.date)).toEqual(['2026-10-23', '2026-10-26']);
  });

  it('reports a page without __NEXT_DATA__, such as an error page', () => {
    const result = parseMatilda(fixtureText(LUNCH.htmlErrorPage));
    expect(!result.ok && result.problem).toEqual({
      kind: 'malformed',
      detail: 'Matilda page has no <script id="__NEXT_DATA__">; it starts "<!DOCTYPE html> <html lang="sv"> <head> …"',
    });
  });

  it('reports __NEXT_DATA__ that is not JSON or has no meals', () => {
    const notJson = parseMatilda(page('{"props":{"pageProps":'));
    expect(malformedDetail(notJson)).toMatch(/^Matilda page's __NEXT_DATA__ is not JSON \(/);
    const noMeals = parseMatilda(page('{"props":{"pageProps":{"statusCode":500}}}'));
    expect(malformedDetail(noMeals)).toBe('Matilda __NEXT_DATA__: props.pageProps.meals: expected a list of meals');
    const badDate = parseMatilda(page(JSON.stringify({ props: { pageProps: { meals: [{ name: 'Lunch', date: 'idag', courses: [] }] } } })));
    expect(malformedDetail(badDate)).toBe('Matilda __NEXT_DATA__: props.pageProps.meals[0].date "idag" is not a date');
  });

  it('reports JSON sent instead of the page', () => {
    const result = parseMatilda(fixtureText(LUNCH.openMeal));
    expect(malformedDetail(result)).toMatch(/^Matilda page has no <script id="__NEXT_DATA__">; it starts "\{ "meals"/);
  });
});

describe("Karlskoga äldreomsorg's real meals (skolmat's capture)", () => {
  it('makes Lunch, Fiskalternativ and Färsalternativ the alternatives of one lunch, with dessert and dinner apart', () => {
    const result = parseMatilda(fixtureText('real/skolmat/matilda-aldreomsorg.html'));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.value.days).toHaveLength(14);
    expect(result.value.days[0]).toEqual({
      date: '2026-01-05',
      holiday: null,
      meals: [
        { kind: 'lunch', dishes: ['Kassler, (potatissallad), (grönsallad)', 'Fiskgratäng, (potatis), grönsaker', 'Biff Lindström, sås, (potatis), grönsaker'] },
        { kind: 'dessert', dishes: ['Chokladpudding'] },
        { kind: 'dinner', dishes: ['Falafel, salsa (klyftpotatis)'] },
      ],
    });
    expect(result.value.days[1]?.holiday).toBe('Trettondagen');
  });
});
