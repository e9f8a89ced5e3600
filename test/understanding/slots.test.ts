import { extractChild } from '../../robot/understanding/slots/child';
import { extractMeal } from '../../robot/understanding/slots/meal';
import { extractTimeOfDay } from '../../robot/understanding/slots/time-of-day';

const roster = ['Alva', 'Elias', 'Noah', 'Saga', 'Wilma', 'Maja', 'Oscar', 'Leo'];

describe('child slot', () => {
  it.each([
    ['vem hämtar alva', 'Alva', 'alva'],
    ['vem hämtar alwa idag', 'Alva', 'alwa'],
    ['hämtar mamma noa', 'Noah', 'noa'],
    ['när blir vilma hämtad', 'Wilma', 'vilma'],
    ['vem hämtar oskar', 'Oscar', 'oskar'],
    ['vem hämtar elijas', 'Elias', 'elijas'],
    ['saga', 'Saga', 'saga'],
  ])('"%s" → %s', (text, name, matched) => {
    expect(extractChild(text, roster)).toEqual({ name, matched });
  });

  it('does not turn common words into names', () => {
    expect(extractChild('kan du säga vem som hämtar mig', roster)).toBeUndefined();
    expect(extractChild('vem hämtar mig idag', roster)).toBeUndefined();
    expect(extractChild('vem hämtar leon', roster)).toBeUndefined(); // short names only match exactly or by sound
  });

  it('finds nothing without a roster', () => {
    expect(extractChild('vem hämtar alva', [])).toBeUndefined();
  });
});

describe('meal slot', () => {
  it.each([
    ['vad blir det till frukost', 'breakfast'],
    ['vad blir det för mellis', 'snack'],
    ['vad är det för mellanmål idag', 'snack'],
    ['vad blir det till lunch', 'lunch'],
    ['finns det efterrätt', 'dessert'],
    ['what is for breakfast', 'breakfast'],
  ])('"%s" → %s', (text, meal) => {
    expect(extractMeal(text)?.value).toBe(meal);
  });

  it('leaves the meal empty when none is named', () => {
    expect(extractMeal('vad blir det för mat idag')).toBeUndefined();
  });
});

describe('time-of-day slot', () => {
  it.each([
    ['blir det regn i eftermiddag', 'afternoon', 'i eftermiddag'],
    ['är det kallt ute nu', 'now', 'nu'],
    ['regnar det ikväll', 'evening', 'ikväll'],
    ['will it rain later', 'later', 'later'],
    ['blir det varmare senare idag', 'later', 'senare idag'],
  ])('"%s" → %s', (text, value, matched) => {
    expect(extractTimeOfDay(text)).toEqual({ value, matched });
  });
});
