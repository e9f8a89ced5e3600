import { fetchMashie, parseMashie } from '../../../bridge/adapters/lunch/mashie';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';
import { fixtureText, LUNCH, malformedDetail } from './lunch-fixtures';

const limits = { timeoutMs: 2000, maxBytes: 100_000 };

/** A Mashie page whose menu script holds `literal` (one day, 2026-10-23, unless the literal says otherwise). */
function page(literal: string): string {
  return `<!DOCTYPE html><html><head><title>Matsedel</title></head><body><script>\n  const weekMenues = ${literal}\n</script></body></html>`;
}

function oneDay(dayMenuName: string, dayMenuDate = 'new Date(1792706400000)'): string {
  return `{"Weeks":[{"WeekNumber":43,"Days":[{"IsHoliday":false,"HolidayName":null,"DayMenuDate":${dayMenuDate},"DayMenus":[{"MenuAlternativeName":"Lunch","DayMenuName":${dayMenuName}}]}]}]}`;
}

describe('Mashie', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('reads the week literal from the /menu/ page: Stockholm dates across the October DST change, markers kept, a holiday', async () => {
    server.route('/public/menu/Exempelby%20kommun/a326a379', { kind: 'file', file: LUNCH.mashie, contentType: 'text/html; charset=utf-8' });
    const result = await fetchMashie({ url: `${server.url}/public/app/Exempelby%20kommun/a326a379`, ...limits });
    expect(result).toEqual({
      ok: true,
      value: {
        provider: 'mashie',
        days: [
          {
            date: '2026-10-22',
            holiday: null,
            meals: [
              { kind: 'lunch', dishes: ['Fiskgratäng med potatismos*', 'Grönsaksgratäng med potatismos'] },
              { kind: 'dessert', dishes: ['Äppelkaka med vaniljsås'] },
            ],
          },
          { date: '2026-10-23', holiday: null, meals: [{ kind: 'lunch', dishes: ['Tacos med köttfärs (f), tillbehör', 'Tacos med bönor, tillbehör'] }] },
          { date: '2026-10-26', holiday: null, meals: [{ kind: 'lunch', dishes: ['Köttbullar med potatismos, lingon*', 'Vegobullar med potatismos, lingon'] }] },
          { date: '2026-10-27', holiday: null, meals: [{ kind: 'lunch', dishes: ['Kyckling i currysås*, ris , grönsaker'] }] },
          { date: '2026-10-28', holiday: 'Studiedag', meals: [] },
        ],
      },
    });
    expect(server.requests.at(-1)?.headers.cookie).toBe('cookieLanguage=sv-SE');
    expect(server.requests.at(-1)?.url).toBe('/public/menu/Exempelby%20kommun/a326a379');
  });

  it("reads Arhem äldreboende's real /menu/ page (skolmat's capture): five weeks, Trettondagen a holiday", () => {
    const result = parseMashie(fixtureText('real/skolmat/mashie-arhem-menu.html'));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.value.days).toHaveLength(35);
    expect(result.value.days.find((day) => day.date === '2026-01-06')?.holiday).toBe('Trettondagen');
    expect(result.value.days.find((day) => day.date === '2026-01-05')?.meals[0]).toEqual({
      kind: 'lunch',
      dishes: [
        'Fisk med citronsås och kokt potatis',
        'Nötskav med svamp*, potatis, lingon, grönsaker',
        'Frittata med oliver och salladsost',
        'Fisk med citronsås och kokt potatis',
        'A: Kycklingtimbal*, örtig sås*, potatismos*, ärttimbal*',
      ],
    });
  });

  it('treats "Ingen matsedel" without a script as an empty menu, not an error', async () => {
    server.route('/public/menu/Exempelby%20kommun/0000', { kind: 'file', file: LUNCH.mashieEmpty, contentType: 'text/html' });
    const result = await fetchMashie({ url: `${server.url}/public/app/Exempelby%20kommun/0000`, ...limits });
    expect(result).toEqual({ ok: true, value: { provider: 'mashie', days: [] } });
  });

  it('reports a page with neither a menu script nor "Ingen matsedel"', () => {
    expect(parseMashie(fixtureText(LUNCH.htmlErrorPage))).toEqual({
      ok: false,
      problem: {
        kind: 'malformed',
        detail: 'Mashie page has no menu script and does not say "Ingen matsedel"; it starts "<!DOCTYPE html> <html lang="sv"> <head> …"',
      },
    });
  });

  it('refuses a literal with a function call, and does not run it', () => {
    const marker = 'laibanMashieEvaluated';
    const literal = oneDay(`(globalThis.${marker} = alert(1))`);
    const result = parseMashie(page(literal));
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'malformed', detail: expect.stringMatching(/^Mashie menu script: AssignmentExpression `globalThis\.laibanMashieEvaluated = alert…` at offset \d+ is code, not data$/) },
    });
    expect(marker in globalThis).toBe(false);
    const call = parseMashie(page(oneDay('alert(1)')));
    expect(malformedDetail(call)).toMatch(/^Mashie menu script: CallExpression `alert\(1\)` at offset \d+ is code, not data$/);
  });

  it('refuses a literal with an identifier or a member access', () => {
    const member = parseMashie(page(oneDay('window.x')));
    expect(malformedDetail(member)).toMatch(/^Mashie menu script: MemberExpression `window\.x` at offset \d+ is code, not data$/);
    const identifier = parseMashie(page(oneDay('dishOfTheDay')));
    expect(malformedDetail(identifier)).toMatch(/^Mashie menu script: Identifier `dishOfTheDay` at offset \d+ is code, not data$/);
  });

  it('accepts only new Date(<number>) as a date', () => {
    const text = parseMashie(page(oneDay('"Fisk"', 'new Date("2026-10-23")')));
    expect(malformedDetail(text)).toMatch(/NewExpression `new Date\("2026-10-23"\)` at offset \d+ is not new Date\(<number>\)$/);
    const other = parseMashie(page(oneDay('"Fisk"', 'new Image(1)')));
    expect(malformedDetail(other)).toMatch(/NewExpression `new Image\(1\)`/);
    const number = parseMashie(page(oneDay('"Fisk"', '1792706400000')));
    expect(malformedDetail(number)).toBe('Mashie menu literal: Weeks[0].Days[0].DayMenuDate: expected new Date(<epoch ms>)');
  });

  it('reports a literal without Weeks and a script that is not JavaScript', () => {
    const noWeeks = parseMashie(page('{"Message":"Ingen data"}'));
    expect(malformedDetail(noWeeks)).toMatch(/^Mashie menu literal: Weeks: /);
    const broken = parseMashie(page('{"Weeks":[{"Days":[{'));
    expect(malformedDetail(broken)).toMatch(/^Mashie menu script: the script is not JavaScript \(Unexpected token/);
  });

  it('reports a cut-off page', () => {
    const whole = fixtureText(LUNCH.mashie);
    const result = parseMashie(whole.slice(0, whole.indexOf('"Weeks"') + 200));
    expect(malformedDetail(result)).toBe('Mashie page ends inside its menu script (cut off?)');
  });

  it('converts local midnight to the Stockholm date in summer and winter time', () => {
    // 2026-03-30 00:00 CEST is 22:00 UTC the day before; 2026-03-27 00:00 CET is 23:00 UTC the day before.
    const spring = parseMashie(
      page(
        '{"Weeks":[{"WeekNumber":13,"Days":[' +
          '{"IsHoliday":false,"HolidayName":null,"DayMenuDate":new Date(1774566000000),"DayMenus":[{"MenuAlternativeName":"Lunch","DayMenuName":"Fisk"}]},' +
          '{"IsHoliday":false,"HolidayName":null,"DayMenuDate":new Date(1774821600000),"DayMenus":[{"MenuAlternativeName":"Lunch","DayMenuName":"Soppa"}]}' +
          ']}]}',
      ),
    );
    expect(spring.ok && spring.value.days.map((day) => day.date)).toEqual(['2026-03-27', '2026-03-30']);
  });
});
