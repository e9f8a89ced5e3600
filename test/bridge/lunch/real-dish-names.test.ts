import he from 'he';
import { simplifyDish } from '../../../protocol/dish-names';
import { isMenuLabel } from '../../../protocol/menu-labels';
import { fixtureText } from './lunch-fixtures';

interface SkolmatEntry {
  dish_raw: string;
}

/** Every distinct dish string of skolmat's 19 real sources (test/fixtures/real/skolmat/README.md). */
function realDishes(): string[] {
  const data = JSON.parse(fixtureText('real/skolmat/test_data.json')) as { tests: { data: Record<string, SkolmatEntry[]> }[] };
  const all = data.tests.flatMap((source) => Object.values(source.data).flatMap((entries) => entries.map((entry) => he.decode(entry.dish_raw))));
  return [...new Set(all)];
}

describe('real dish strings, as a child should hear them', () => {
  it.each([
    // Sodexo: the name, a dash, a description that tells it again, or another one
    ['Falafel - Falafel serveras med bulgur och vitlökssås', 'Falafel med bulgur och vitlökssås'],
    ['Sprödbakad fiskfilé - Sprödbakad fiskfilé med remouladsås, och kokt potatis', 'Sprödbakad fiskfilé med remouladsås och kokt potatis'],
    ['Korv Stroganoff - Krämig tomatsås med strimlad kycklingkorv serveras med kökets blandris', 'Korv Stroganoff'],
    ['Pasta med ost- och skinksås - Krämig sås på skinka och ost serveras med pasta penne', 'Pasta med ost- och skinksås'],
    // Mashie line markers, stars, "(f)", serving notes
    ['A; Korvtimbal (f)*, ost- och tomatsås*, potatismos*, broccolitimbal*', 'Korvtimbal med ost- och tomatsås, potatismos och broccolitimbal'],
    ['A: Kycklingtimbal*, bearnaisesås KALL*, potatismos*, morotstimbal*', 'Kycklingtimbal med bearnaisesås, potatismos och morotstimbal'],
    ['A: Laxtimbal*, dillmajonnäs* Serveras kall, potatismos*, ärttimbal*', 'Laxtimbal med dillmajonnäs, potatismos och ärttimbal'],
    ['A: Skinktimbal*, mimosasås* Serveras Kall, potatismos*, broccolitimbal*', 'Skinktimbal med mimosasås, potatismos och broccolitimbal'],
    // parentheses: a food is never dropped, a note on the food before it is
    ['Falafel, salsa (klyftpotatis)', 'Falafel med salsa och klyftpotatis'],
    ['Kålpudding, sås, (potatis), grönsaker, (lingonsylt)', 'Kålpudding med sås, potatis, grönsaker och lingonsylt'],
    ['Fiskgratäng med morot, (Hoki), potatis, grönsak, råkost, Prinsesstårta', 'Fiskgratäng med morot, potatis, grönsak, råkost och prinsesstårta'],
    ['Medelhavsfisk (Sej), potatis, grönsak, råkost, tropisk kräm', 'Medelhavsfisk med potatis, grönsak, råkost och tropisk kräm'],
    ['Pannbiff på kyckling med kokt potatis och brunsås, lingon (Svenskproducerat, Fågel), ', 'Pannbiff på kyckling med kokt potatis och brunsås och lingon'],
    // Skolmaten's "&" inside a word, "/" between two dishes
    ['Pasta fusilli med ost&amp;broccolisås (Vegetariskt), ', 'Pasta fusilli med ost- och broccolisås'],
    ['Ostpaj/pastasallad', 'Ostpaj eller pastasallad'],
    ['Kungens kycklinggryta serveras med havreris/ris', 'Kungens kycklinggryta med havreris eller ris'],
    // a meal's parts are one meal
    ['Köttbullar, sås, (potatis), grönsaker', 'Köttbullar med sås, potatis och grönsaker'],
    ['Schnitzel - Schnitzel med kokt potatis, gröna ärtor och curryremoulad.', 'Schnitzel med kokt potatis, gröna ärtor och curryremoulad'],
  ])('%j → %j', (raw, said) => {
    expect(simplifyDish(he.decode(raw))).toBe(said);
  });

  it('leaves no marker, code, parenthesis or serving note in any real string (about 350 from 19 sources), and empties none', () => {
    const dishes = realDishes().filter((dish) => !isMenuLabel(dish));
    expect(dishes.length).toBeGreaterThan(340);
    for (const dish of dishes) {
      const said = simplifyDish(dish);
      expect({ dish, said: said === '' ? 'empty' : 'ok', leftover: /[*();~]|KALL|[Ss]erveras (?:kall|med)/.exec(said)?.[0] ?? null }).toEqual({
        dish,
        said: 'ok',
        leftover: null,
      });
    }
  });

  it('keeps every food word of a real string that is no Sodexo name-and-description', () => {
    const notFood = /^(?:hemlagad|hemlagat|hemlagade|hembakat|hembakad|hembakade|serveras|med|och|samt|kall|kallt|vegetariskt|fågel|fläsk|svenskproducerat|hoki|sej|f)$/;
    for (const dish of realDishes().filter((text) => !isMenuLabel(text) && !/\s[-–]\s/.test(text))) {
      const said = simplifyDish(dish).toLocaleLowerCase('sv-SE');
      const words = dish.toLocaleLowerCase('sv-SE').split(/[^\p{L}]+/u).filter((word) => word.length > 2 && !notFood.test(word));
      expect({ dish, missing: words.filter((word) => !said.includes(word)) }).toEqual({ dish, missing: [] });
    }
  });
});
