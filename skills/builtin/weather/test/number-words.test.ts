import { cardinal, degrees, hours } from '../../shared/number-words';

describe('degrees', () => {
  it.each([
    [3, 'tre grader', 'three degrees'],
    [-5, 'minus fem grader', 'minus five degrees'],
    [0, 'noll grader', 'zero degrees'],
    [1, 'en grad', 'one degree'],
    [-1, 'minus en grad', 'minus one degree'],
    [11, 'elva grader', 'eleven degrees'],
    [17, 'sjutton grader', 'seventeen degrees'],
    [18, 'arton grader', 'eighteen degrees'],
    [20, 'tjugo grader', 'twenty degrees'],
    [21, 'tjugoen grader', 'twenty-one degrees'],
    [27, 'tjugosju grader', 'twenty-seven degrees'],
    [30, 'trettio grader', 'thirty degrees'],
    [-20, 'minus tjugo grader', 'minus twenty degrees'],
  ])('%d °C is "%s" / "%s"', (celsius, sv, en) => {
    expect(degrees(celsius)).toEqual({ sv, en });
  });

  it.each([
    [2.6, 'tre grader'],
    [2.4, 'två grader'],
    [-0.4, 'noll grader'],
    [-4.6, 'minus fem grader'],
  ])('rounds %d °C to whole degrees: "%s"', (celsius, sv) => {
    expect(degrees(celsius).sv).toBe(sv);
  });

  it('says every temperature from −20 to 30 in words, without digits', () => {
    for (let celsius = -20; celsius <= 30; celsius++) {
      const words = degrees(celsius);
      expect(words.sv).not.toMatch(/\d/);
      expect(words.en).not.toMatch(/\d/);
    }
  });

  it('leaves numbers beyond thirty to the speech engine', () => {
    expect(degrees(35)).toEqual({ sv: '35 grader', en: '35 degrees' });
    expect(cardinal(31)).toEqual({ sv: '31', en: '31' });
  });
});

describe('hours', () => {
  it('counts hours in words', () => {
    expect(hours(1)).toEqual({ sv: 'en timme', en: 'one hour' });
    expect(hours(3)).toEqual({ sv: 'tre timmar', en: 'three hours' });
    expect(hours(23)).toEqual({ sv: 'tjugotre timmar', en: 'twenty-three hours' });
  });
});
