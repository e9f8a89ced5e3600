import {
  calendarDateFromIsoText,
  calendarDateFromRfc822,
  stockholmDateOfInstant,
} from '../../../bridge/adapters/lunch/calendar-date';
import { mealKindOf } from '../../../bridge/adapters/lunch/meal-kind';
import { menuFromEntries } from '../../../bridge/adapters/lunch/menu-days';

describe('meal names', () => {
  it.each([
    ['Frukost', 'breakfast'],
    ['Breakfast', 'breakfast'],
    ['Lunch', 'lunch'],
    ['Lunch 1', 'lunch'],
    ['Lunch husman', 'lunch'],
    ['Mellanmål', 'snack'],
    ['Eftermiddagsmellanmål', 'snack'],
    ['Fruktstund', 'snack'],
    ['Frukt', 'snack'],
    ['Middag', 'dinner'],
    ['Kvällsmat', 'dinner'],
    ['Dessert', 'dessert'],
    ['Efterrätt', 'dessert'],
    ['Fiskalternativ', 'lunch'],
    ['Vegetariskt alternativ', 'lunch'],
    ['Alt 1', 'lunch'],
    ['', 'lunch'],
  ])('%j is %s', (name, kind) => {
    expect(mealKindOf(name)).toBe(kind);
  });

  it('takes a missing name as lunch', () => {
    expect(mealKindOf(null)).toBe('lunch');
    expect(mealKindOf(undefined)).toBe('lunch');
  });
});

describe('upstream dates', () => {
  it('reads RFC 822 dates as written, in any zone notation, and refuses days that do not exist', () => {
    expect(calendarDateFromRfc822('Mon, 05 Jan 2026 00:00:00 GMT')).toBe('2026-01-05');
    expect(calendarDateFromRfc822('5 Jan 2026 00:00 +0100')).toBe('2026-01-05');
    expect(calendarDateFromRfc822('Sun, 25 Oct 2026 00:00:00 UT')).toBe('2026-10-25');
    expect(calendarDateFromRfc822('Thu, 29 Feb 2026 00:00:00 GMT')).toBeUndefined();
    expect(calendarDateFromRfc822('Mon, 05 Foo 2026 00:00:00 GMT')).toBeUndefined();
    expect(calendarDateFromRfc822('2026-01-05T00:00:00Z')).toBeUndefined();
  });

  it('reads ISO dates: plain, local without offset (date part), or an instant (Stockholm date)', () => {
    expect(calendarDateFromIsoText('2026-05-14')).toBe('2026-05-14');
    expect(calendarDateFromIsoText('2026-05-14T00:00:00')).toBe('2026-05-14');
    expect(calendarDateFromIsoText('2026-05-13T22:00:00+00:00')).toBe('2026-05-14');
    expect(calendarDateFromIsoText('2026-05-14T00:00:00+02:00')).toBe('2026-05-14');
    expect(calendarDateFromIsoText('2026-12-31T23:30:00Z')).toBe('2027-01-01');
    expect(calendarDateFromIsoText('2026-13-01')).toBeUndefined();
    expect(calendarDateFromIsoText('14/05/2026')).toBeUndefined();
  });

  it('gives the Stockholm date of an instant in summer and winter time', () => {
    expect(stockholmDateOfInstant(Date.UTC(2026, 9, 22, 22))).toBe('2026-10-23');
    expect(stockholmDateOfInstant(Date.UTC(2026, 9, 25, 23))).toBe('2026-10-26');
    expect(stockholmDateOfInstant(Date.UTC(2026, 9, 25, 22, 59))).toBe('2026-10-25');
    expect(stockholmDateOfInstant(Number.NaN)).toBeUndefined();
  });
});

describe('gathering entries into a menu', () => {
  it('sorts days, merges one kind per day in source order, keeps the first holiday and drops blank dishes', () => {
    const menu = menuFromEntries('matilda', [
      { date: '2026-05-12', kind: 'lunch', dishes: ['Köttbullar'] },
      { date: '2026-05-11', kind: 'snack', dishes: ['Frukt'] },
      { date: '2026-05-12', kind: 'snack', dishes: ['  ', 'Yoghurt'] },
      { date: '2026-05-12', kind: 'lunch', dishes: ['Vegobullar'] },
      { date: '2026-05-14', holiday: 'Kristi himmelsfärdsdag', kind: 'lunch', dishes: [] },
      { date: '2026-05-14', holiday: 'Annat' },
      { date: '2026-05-13', holiday: '  ' },
    ]);
    expect(menu).toEqual({
      provider: 'matilda',
      days: [
        { date: '2026-05-11', holiday: null, meals: [{ kind: 'snack', dishes: ['Frukt'] }] },
        {
          date: '2026-05-12',
          holiday: null,
          meals: [
            { kind: 'lunch', dishes: ['Köttbullar', 'Vegobullar'] },
            { kind: 'snack', dishes: ['Yoghurt'] },
          ],
        },
        { date: '2026-05-13', holiday: null, meals: [] },
        { date: '2026-05-14', holiday: 'Kristi himmelsfärdsdag', meals: [] },
      ],
    });
  });
});
