import { closestName, typoDistance } from '../../config/closest-name';

describe('typoDistance', () => {
  it('counts swapped neighbouring letters as one edit', () => {
    expect(typoDistance('langauge', 'language')).toBe(1);
    expect(typoDistance('engin', 'engine')).toBe(1);
    expect(typoDistance('kitten', 'sitting')).toBe(3);
    expect(typoDistance('', 'abc')).toBe(3);
  });
});

describe('closestName', () => {
  const keys = ['language', 'timeZone', 'robotName', 'dataDir'];

  it('finds the key a typo was meant to be', () => {
    expect(closestName('langauge', keys)).toBe('language');
    expect(closestName('timezone', keys)).toBe('timeZone');
    expect(closestName('robot_name', keys)).toBe('robotName');
    expect(closestName('data-dir', keys)).toBe('dataDir');
  });

  it('picks the nearest of several close candidates', () => {
    expect(closestName('speek', ['speak', 'speech'])).toBe('speak');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(closestName('weather', keys)).toBeUndefined();
    expect(closestName('de', ['sv', 'en'])).toBeUndefined();
  });
});
