import { dishWords } from '../dish-words';
import { kitchenChoiceWords } from '../kitchen-choice';
import { sayMeal } from '../say-meal';

const MONDAY = '2026-01-05';

describe("the kitchen's own choice is said as that, never as a dish", () => {
  it.each([
    ['Kökets val', 'något som köket väljer'],
    ['Kökets eget val', 'något som köket väljer'],
    ['Kökets gröna val', 'något vegetariskt som köket väljer'],
    ['Kökets val av vegetarisk', 'något vegetariskt som köket väljer'],
    ['Kökets val av fisk', 'fisk som köket väljer'],
  ])('%j → %j', (dish, sv) => {
    expect(kitchenChoiceWords(dish)?.words.sv).toBe(sv);
  });

  it.each(['Kökets köttbullar med potatis', 'Husets laxpudding med skirat smör', 'Valnötsbröd'])('%j is a dish', (dish) => {
    expect(kitchenChoiceWords(dish)).toBeUndefined();
  });

  it('says the kitchen chooses when it is all the menu says, in the tense of the time asked', () => {
    const dishes = ['Kökets val', 'Kökets eget val'];
    const meal = { today: MONDAY, date: MONDAY, meal: 'lunch' as const, dishes, nameMeal: false };
    expect(sayMeal({ ...meal, hour: 9 })).toEqual({ sv: 'Idag väljer köket själva vad vi ska äta.', en: 'Today the kitchen chooses what we eat.' });
    expect(sayMeal({ ...meal, hour: 13 })).toEqual({ sv: 'Idag valde köket själva vad vi åt.', en: 'Today the kitchen chose what we had.' });
    expect(sayMeal({ ...meal, today: '2026-01-02', hour: 9 })).toEqual({
      sv: 'På måndag väljer köket själva vad det blir.',
      en: 'On Monday the kitchen chooses what it will be.',
    });
  });

  it('names the dishes the menu names first, then the choice once', () => {
    expect(dishWords(['Grönsaksbiffar med kokt bulgur och vitlökssås', 'Kökets val'])).toEqual({
      sv: 'grönsaksbiffar med kokt bulgur och vitlökssås eller något som köket väljer',
      en: 'grönsaksbiffar med kokt bulgur och vitlökssås or something the kitchen chooses',
    });
    expect(dishWords(['Kökets val av fisk', 'Nudelwok och kall vitlökssås med sweetchili'])).toEqual({
      sv: 'nudelwok och kall vitlökssås med sweetchili eller fisk som köket väljer',
      en: 'nudelwok och kall vitlökssås med sweetchili or fisk the kitchen chooses',
    });
  });
});
