import { assertValidSpeechOptions } from '../../speech/out/options';
import type { SpeechOptions } from '../../speech/out/types';

const options = (voices: SpeechOptions['voices']): SpeechOptions => ({ engine: 'wav', voices, rate: 150, maxChars: 400, wavDir: '/tmp' });

describe('speech options guard', () => {
  it('accepts engine voice names such as sv+f3 and Alva (Premium)', () => {
    expect(() => assertValidSpeechOptions(options({ sv: 'Alva (Premium)', en: 'sv+f3' }))).not.toThrow();
  });

  it('refuses a voice name that would smuggle code into festival Scheme, naming the key', () => {
    expect(() => assertValidSpeechOptions(options({ sv: 'sv"); (system "x', en: 'en' }))).toThrow(
      'invalid speech options: speech.voices.sv: must be a voice name',
    );
  });
});
