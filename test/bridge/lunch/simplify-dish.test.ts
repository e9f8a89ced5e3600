import { simplifyDish } from '../../../protocol/dish-names';

describe('simplifying dish names for children', () => {
  it.each([
    // labels in parentheses (Skolmaten, Mashie markers)
    ['Fiskgratäng med potatismos (Fisk)', 'Fiskgratäng med potatismos'],
    ['Milanesesoppa med mjuk smörgås och pålägg (Vegetariskt)', 'Milanesesoppa med mjuk smörgås och pålägg'],
    ['Kyckling pannbiff med kokt potatis och brunsås (Fågel)', 'Kyckling pannbiff med kokt potatis och brunsås'],
    ['Tacos med köttfärs (f), tillbehör', 'Tacos med köttfärs och tillbehör'],
    ['Lasagne (G, M, Ä)', 'Lasagne'],
    ['Pannbiff med lök (Innehåller selleri), potatis', 'Pannbiff med lök och potatis'],
    ['(Vegetariskt)', ''],
    // markers, allergen codes, stray punctuation
    ['Kyckling i currysås*, ris , grönsaker', 'Kyckling i currysås med ris och grönsaker'],
    ['Köttbullar med potatismos, lingon**', 'Köttbullar med potatismos och lingon'],
    ['Fiskgratäng med potatismos L, G', 'Fiskgratäng med potatismos'],
    ['Laxbiffar med dillsås 1,4,7', 'Laxbiffar med dillsås'],
    ['Kökets val, ', 'Kökets val'],
    ['  fiskbullar i hummersås   med ris  ', 'Fiskbullar i hummersås med ris'],
    // a meal's parts are one meal; a parenthesised part is an optional side dish: kept
    ['Kassler, (potatissallad), (grönsallad)', 'Kassler med potatissallad och grönsallad'],
    ['Biff Lindström, sås, (potatis), grönsaker', 'Biff Lindström med sås, potatis och grönsaker'],
    // quality and origin labels
    ['Ekologisk köttfärssås med spaghetti', 'Köttfärssås med spaghetti'],
    ['Hemlagade köttbullar med potatis, brunsås och lingon', 'Köttbullar med potatis, brunsås och lingon'],
    ['MSC-märkt torsk med äggsås och kokt potatis', 'Torsk med äggsås och kokt potatis'],
    ['Pasta med KRAV-märkt mjölk och ost', 'Pasta med mjölk och ost'],
    ['Ekologiska ägg och bacon', 'Ägg och bacon'],
    ['Eko-pasta med pesto', 'Pasta med pesto'],
    ['Klimatsmart linsgryta med hembakat bröd', 'Linsgryta med bröd'],
    ['Pasta med svensk kycklingfilé och tomatsås', 'Pasta med kycklingfilé och tomatsås'],
    ['Soppa på svenska gula ärtor med fläsk', 'Soppa på gula ärtor med fläsk'],
    ['Svensk potatis med smör', 'Potatis med smör'],
    ['Köttgryta på svenskt nötkött med ris', 'Köttgryta på nötkött med ris'],
    ['Kyckling från Sverige med ris och currysås', 'Kyckling med ris och currysås'],
    ['Svenska köttbullar med gräddsås', 'Svenska köttbullar med gräddsås'],
    ['Svenska pannkakor med sylt', 'Svenska pannkakor med sylt'],
    // "serveras med", alternatives
    ['Pasta Bolognese serveras med riven ost', 'Pasta Bolognese med riven ost'],
    ['Fiskgratäng, serveras med potatismos', 'Fiskgratäng med potatismos'],
    ['Alt 1: Fiskgratäng med potatismos', 'Fiskgratäng med potatismos'],
    ['Alt. 2 - Vegetarisk lasagne', 'Vegetarisk lasagne'],
    ['Vegetariskt: Falafel med bulgur', 'Falafel med bulgur'],
    ['Fiskgratäng alt. grönsaksgratäng', 'Fiskgratäng eller grönsaksgratäng'],
    // a dash before a few words is more of the meal, not Sodexo's description; "m/" is "med"
    ['Stekt fisk - remouladsås', 'Stekt fisk med remouladsås'],
    ['Pasta m/ köttfärssås', 'Pasta med köttfärssås'],
    ['Fiskbullar m/potatis', 'Fiskbullar med potatis'],
    // kept as written
    ['Korv Stroganoff med ris', 'Korv Stroganoff med ris'],
    ['Mannagrynspudding m. saftsås', 'Mannagrynspudding m. saftsås'],
    ['Potatis- och purjolökssoppa', 'Potatis- och purjolökssoppa'],
    ['äppelkaka med vaniljsås', 'Äppelkaka med vaniljsås'],
    ['Pasta & köttfärssås', 'Pasta & köttfärssås'],
  ])('%j → %j', (name, simplified) => {
    expect(simplifyDish(name)).toBe(simplified);
  });
});
