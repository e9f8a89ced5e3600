import { detectLanguage } from '../../robot/understanding/language';

describe('language detection', () => {
  it.each([
    ['vad blir det för mat idag', 'sv'],
    ['va e klockan', 'sv'],
    ['är det helg', 'sv'],
    ['what is for lunch today', 'en'],
    ['who picks me up', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('does not guess when there is nothing to go on', () => {
    expect(detectLanguage('laiban')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
  });
});
