import { fetchOpenMeal, parseOpenMeal } from '../../../bridge/adapters/lunch/openmeal';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';
import { fixtureText, LUNCH, malformedDetail } from './lunch-fixtures';

const limits = { timeoutMs: 2000, maxBytes: 100_000 };

function answer(meals: unknown[]): string {
  return JSON.stringify({ meals });
}

describe('Open Meal v3', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('groups meals by date and maps Frukost, Lunch and Mellanmål to their kinds, courses by order', async () => {
    server.route('/openmeal/v3/meals', { kind: 'file', file: LUNCH.openMeal, contentType: 'application/json; charset=utf-8' });
    const result = await fetchOpenMeal({
      url: `${server.url}/openmeal/v3/meals?distributorId=5b1e9c3a-7d24-4f0e-9a61-2c8d4e6f7a10&startDate=2026-03-02&endDate=2026-03-03`,
      ...limits,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        provider: 'openmeal',
        days: [
          {
            date: '2026-03-02',
            holiday: null,
            meals: [
              { kind: 'breakfast', dishes: ['Havregrynsgröt med mjölk och äppelmos'] },
              { kind: 'lunch', dishes: ['Lasagne med nötfärs', 'Vegetarisk lasagne'] },
              { kind: 'snack', dishes: ['Knäckebröd med ost och gurka'] },
            ],
          },
          {
            date: '2026-03-03',
            holiday: null,
            meals: [
              { kind: 'breakfast', dishes: ['Fil med müsli, smörgås'] },
              { kind: 'lunch', dishes: ['MSC-märkt torsk med äggsås och kokt potatis'] },
              { kind: 'snack', dishes: ['Frukt'] },
            ],
          },
        ],
      },
    });
    expect(server.requests.at(-1)?.headers.accept).toBe('application/json');
  });

  it('reads dates written with a time, with or without an offset, as Stockholm calendar dates', () => {
    const course = { name: 'Soppa', order: 0, knownAllergens: [] };
    const result = parseOpenMeal(
      answer([
        { name: 'Lunch', date: '2026-10-23T00:00:00', courses: [course] },
        { name: 'Lunch', date: '2026-10-25T23:00:00+00:00', courses: [course] },
        { name: 'Lunch', date: '2026-10-26T23:30:00Z', courses: [course] },
      ]),
    );
    expect(result.ok && result.value.days.map((day) => day.date)).toEqual(['2026-10-23', '2026-10-26', '2026-10-27']);
  });

  it('merges meal names that are alternatives of lunch, skips nameless courses and orders meals of a date by order', () => {
    const result = parseOpenMeal(
      answer([
        { name: 'Vegetariskt', date: '2026-03-02', order: 2, courses: [{ name: 'Falafel', order: 0 }] },
        { name: 'Lunch 1', date: '2026-03-02', order: 1, courses: [{ name: null, order: 0 }, { name: 'Fiskgratäng', order: 1 }] },
        { name: 'Middag', date: '2026-03-02', order: 3, courses: [{ name: 'Gröt' }] },
      ]),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        provider: 'openmeal',
        days: [
          {
            date: '2026-03-02',
            holiday: null,
            meals: [
              { kind: 'lunch', dishes: ['Fiskgratäng', 'Falafel'] },
              { kind: 'dinner', dishes: ['Gröt'] },
            ],
          },
        ],
      },
    });
  });

  it('reports an HTML page instead of JSON', () => {
    const result = parseOpenMeal(fixtureText(LUNCH.htmlErrorPage));
    expect(!result.ok && result.problem.kind).toBe('malformed');
    expect(malformedDetail(result)).toMatch(/^Open Meal answer is not JSON \(.*\); it starts "<!DOCTYPE html> <html lang="sv">/);
  });

  it('names the value that is wrong', () => {
    expect(parseOpenMeal('{"distributors":[]}')).toEqual({
      ok: false,
      problem: { kind: 'malformed', detail: 'Open Meal answer: meals: expected a list of meals' },
    });
    const badCourse = parseOpenMeal(answer([{ name: 'Lunch', date: '2026-03-02', courses: [{ name: 42, order: 0 }] }]));
    expect(malformedDetail(badCourse)).toMatch(/^Open Meal answer: meals\[0\]\.courses\[0\]\.name: .*string/);
    const badDate = parseOpenMeal(answer([{ name: 'Lunch', date: '2 mars', courses: [] }]));
    expect(malformedDetail(badDate)).toBe('Open Meal answer: meals[0].date "2 mars" is not a date');
    const noDay = parseOpenMeal(answer([{ name: 'Lunch', date: '2026-02-30', courses: [] }]));
    expect(malformedDetail(noDay)).toBe('Open Meal answer: meals[0].date "2026-02-30" is not a date');
  });

  it('reports an answer cut off in the middle', () => {
    const whole = fixtureText(LUNCH.openMeal);
    const result = parseOpenMeal(whole.slice(0, 700));
    expect(malformedDetail(result)).toMatch(/^Open Meal answer is not JSON/);
  });
});
