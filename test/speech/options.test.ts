import { parseSpeechOptions } from '../../speech/out/options';

describe('parseSpeechOptions', () => {
  it('fills in the defaults for an empty speech section', () => {
    expect(parseSpeechOptions({})).toEqual({
      engine: 'auto',
      voices: { sv: 'sv', en: 'en' },
      rate: 150,
      maxChars: 400,
      wavDir: 'speech-out',
    });
  });

  it('accepts engine voice names such as sv+f3 and Alva (Premium)', () => {
    expect(parseSpeechOptions({ engine: 'say', voices: { sv: 'Alva (Premium)', en: 'sv+f3' } }).voices).toEqual({
      sv: 'Alva (Premium)',
      en: 'sv+f3',
    });
  });

  it('names every wrong key', () => {
    expect(() => parseSpeechOptions({ engine: 'loud', rate: 5, voices: { sv: 'sv"); (system "x', en: 'en' }, binary: '/bin/sh' })).toThrow(
      /speech\.engine.*speech\.voices\.sv: must be a voice name.*speech\.rate.*binary/,
    );
  });
});
