import { lunchOn, menuDay } from '../../../protocol/menu';
import { parseSkolmaten } from '../../../bridge/adapters/lunch/skolmaten';
import type { Menu } from '../../../bridge/types';
import { fixtureText, LUNCH } from './lunch-fixtures';

const menu: Menu = {
  provider: 'openmeal',
  days: [
    {
      date: '2026-03-02',
      holiday: null,
      meals: [
        { kind: 'breakfast', dishes: ['Havregrynsgröt'] },
        { kind: 'lunch', dishes: ['Hemlagade köttbullar med potatismos (Fläsk)*', 'Kökets val', 'Kökets val, ', '(Vegetariskt)'] },
        { kind: 'dessert', dishes: ['Äppelkaka'] },
      ],
    },
    { date: '2026-03-03', holiday: 'Sportlov', meals: [] },
  ],
};

describe('asking a menu about a day', () => {
  it('finds the day by calendar date', () => {
    expect(menuDay(menu, '2026-03-03')).toEqual({ date: '2026-03-03', holiday: 'Sportlov', meals: [] });
    expect(menuDay(menu, '2026-03-04')).toBeUndefined();
  });

  it('gives the lunch dishes simplified, without other meals, blanks or repeats', () => {
    expect(lunchOn(menu, '2026-03-02')).toEqual(['Köttbullar med potatismos', 'Kökets val']);
  });

  it('gives no lunch on a holiday or a day the menu does not cover', () => {
    expect(lunchOn(menu, '2026-03-03')).toEqual([]);
    expect(lunchOn(menu, '2026-03-09')).toEqual([]);
  });

  it('says what a child hears for a Skolmaten day', () => {
    const week = parseSkolmaten(fixtureText(LUNCH.skolmatenWeek));
    if (!week.ok) throw new Error(JSON.stringify(week.problem));
    expect(lunchOn(week.value, '2026-05-12')).toEqual(['Köttbullar med makaroner och ketchup', 'Vegetariska bullar med makaroner']);
    expect(lunchOn(week.value, '2026-05-13')).toEqual(['Pasta & köttfärssås med riven ost', 'Linssås med pasta', 'Kökets val']);
    expect(lunchOn(week.value, '2026-05-14')).toEqual([]);
  });
});
