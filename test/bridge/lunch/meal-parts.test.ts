import { dishesOfParts, isEveryMealTable, isSide } from '../../../bridge/adapters/lunch/meal-parts';
import { parseMatilda } from '../../../bridge/adapters/lunch/matilda';
import { menuFromEntries } from '../../../bridge/adapters/lunch/menu-days';
import { fixtureText } from './lunch-fixtures';

describe("a meal's parts told as one meal", () => {
  it.each(['Havreris', 'Ris', 'Potatismos', 'Potatisgratäng', 'Kokt potatis', 'Bulgur', 'Pasta'])('%j is a side', (course) =>
    expect(isSide(course)).toBe(true),
  );
  it.each(['Stekt kebab och kall sås', 'Fiskgratäng', 'Linssoppa', 'Gris', 'Köttbullar med potatis'])('%j is no side', (course) =>
    expect(isSide(course)).toBe(false),
  );
  it.each(['Grönsaker, bröd och dryck', 'Bröd, pålägg, dryck och grönt', 'Salladsbuffé'])('%j is what every meal has', (course) =>
    expect(isEveryMealTable(course)).toBe(true),
  );
  it.each(['Broccolisoppa med ost', 'Bröd med ost', 'Grönsaksbiff'])('%j is food of its own', (course) =>
    expect(isEveryMealTable(course)).toBe(false),
  );

  it('gives a side to the mains before it, keeps the mains as alternatives and drops the table', () => {
    expect(dishesOfParts(['Kebabkryddade bites och kall sås', 'Havreris', 'Stekt kebab och kall sås', 'Ris', 'Grönsaker, bröd och dryck'])).toEqual([
      'Kebabkryddade bites och kall sås med havreris',
      'Stekt kebab och kall sås med ris',
    ]);
    expect(dishesOfParts(['Grönsaksbiff och kall sås', 'Guldlax och sås', 'Potatismos', 'Grönsaker, bröd och dryck'])).toEqual([
      'Grönsaksbiff och kall sås med potatismos',
      'Guldlax och sås med potatismos',
    ]);
    expect(dishesOfParts(['Fisk med dillsås', 'Kokt potatis', 'Ris'])).toEqual(['Fisk med dillsås och kokt potatis och ris']);
    expect(dishesOfParts(['Ris', 'Linssoppa'])).toEqual(['Ris', 'Linssoppa']);
    expect(dishesOfParts(['Jullov', 'Kökets eget val', 'Grönsaker, bröd och dryck'])).toEqual(['Jullov', 'Kökets eget val']);
  });

  it("reads Skutskär skola's real Christmas-break weeks as children should hear them", () => {
    const result = parseMatilda(fixtureText('real/skolmat/matilda-skutskar-skola.html'));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    const lunch = Object.fromEntries(result.value.days.map((day) => [day.date, day.holiday ?? day.meals.flatMap((meal) => meal.dishes)]));
    expect(lunch).toEqual({
      '2026-01-05': ['Kökets eget val'],
      '2026-01-06': 'Stängt ~ Röd dag',
      '2026-01-07': ['Kökets eget val'],
      '2026-01-08': ['Kebabkryddade bites och kall sås med havreris', 'Stekt kebab och kall sås med ris'],
      '2026-01-09': ['Broccolisoppa med ost', 'Pannkaka och sylt'],
      '2026-01-12': ['Grönsaksbiff och kall sås med potatismos', 'Guldlax och sås med potatismos'],
      '2026-01-13': ['Restfest', 'Vegetarisk Tacolåda'],
      '2026-01-14': ['Veggieburgare hawaii och kall sås med potatisgratäng', 'Panerad kyckling och kall sås med potatisgratäng'],
      '2026-01-15': ['Linssoppa', 'Köttfärssoppa'],
      '2026-01-16': ['Vegetarisk stroganoff med havreris', 'Korvstroganoff med ris'],
    });
  });

  it('keeps courses that each name their option as the alternatives the source says they are', () => {
    const meals = [
      {
        name: 'Lunch',
        date: '2026-01-08T00:00:00',
        courses: [
          { name: 'Fiskgratäng', optionName: 'Alt 1', order: 1 },
          { name: 'Ris', optionName: 'Alt 2', order: 2 },
          { name: 'Grönsaker, bröd och dryck', optionName: 'Tillbehör', order: 3 },
        ],
      },
    ];
    const page = `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { meals } } })}</script>`;
    const result = parseMatilda(page);
    expect(result.ok && result.value.days[0]?.meals).toEqual([{ kind: 'lunch', dishes: ['Fiskgratäng', 'Ris'] }]);
  });
});

describe('what every meal has, from any source', () => {
  it('is no alternative beside real dishes, and the meal when it is all there is', () => {
    const menu = menuFromEntries('skolmaten', [
      { date: '2026-01-08', kind: 'lunch', dishes: ['Linssoppa', 'Grönsaker, bröd och dryck'] },
      { date: '2026-01-09', kind: 'lunch', dishes: ['Salladsbuffé'] },
    ]);
    expect(menu.days.map((day) => day.meals)).toEqual([[{ kind: 'lunch', dishes: ['Linssoppa'] }], [{ kind: 'lunch', dishes: ['Salladsbuffé'] }]]);
  });
});
