/** Holiday and closed labels written where dishes go, as real menus write them (Kaptensanders/skolmat test/fixtures/test_data.json). */
import { menuFromEntries } from '../../../bridge/adapters/lunch/menu-days';
import { isMenuLabel } from '../../../protocol/menu-labels';

describe('menu labels', () => {
  it.each(['Jullov', 'Jullov -Fritids öppet', 'Jullov-Fritids öppet', 'Jullov-Fritids öppet, ', 'Studiedag', 'Stängt', 'Stängt ~ Röd dag', 'Planeringsdag', 'Julafton'])(
    '%j is a label',
    (text) => expect(isMenuLabel(text)).toBe(true),
  );

  it.each(['Köttbullar med potatis', 'Lövbiff med klyftpotatis', 'Lovikka-pannkakor', 'Kökets eget val', 'Julskinka med potatis'])('%j is not', (text) =>
    expect(isMenuLabel(text)).toBe(false),
  );

  it('a day with only labels is closed under the first; a day with dishes keeps only the dishes', () => {
    const menu = menuFromEntries('matilda', [
      { date: '2025-12-22', kind: 'lunch', dishes: ['Jullov', 'Studiedag'] },
      { date: '2025-12-23', kind: 'lunch', dishes: ['Jullov-Fritids öppet', 'Fiskgratäng med potatismos'] },
    ]);
    expect(menu.days).toEqual([
      { date: '2025-12-22', holiday: 'Jullov', meals: [] },
      { date: '2025-12-23', holiday: null, meals: [{ kind: 'lunch', dishes: ['Fiskgratäng med potatismos'] }] },
    ]);
  });
});
