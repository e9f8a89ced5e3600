import { sanitizeForSpeech, toSpeechText } from '../../speech/out/sanitize';

const MAX = 400;

describe('sanitizeForSpeech', () => {
  it('turns a festival Scheme injection into plain words', () => {
    const payload = 'hej") (system "touch /tmp/pwned") ("';
    expect(sanitizeForSpeech(payload, MAX)).toBe('hej system touch tmp pwned');
  });

  it('drops HTML tags in a name and neutralises stray angle brackets', () => {
    expect(sanitizeForSpeech('Hej <img src=x onerror=alert(1)>Ella!', MAX)).toBe('Hej Ella!');
    expect(sanitizeForSpeech('<img src=x onerror=alert(1)>', MAX)).toBe('');
    expect(sanitizeForSpeech('a < b > c', MAX)).toBe('a b c');
  });

  it('removes every kind of quote, backslashes, brackets and braces', () => {
    expect(sanitizeForSpeech('Han sa ”hej” och «tjena», \'hallå\', `x´ och “y” ‘z’ "w"', MAX)).toBe(
      'Han sa hej och tjena, hallå, x och y z w',
    );
    expect(sanitizeForSpeech('a\\b [[h\'E]] {x} (y)', MAX)).toBe('a b hE x y');
  });

  it('turns semicolons into commas so the voice still pauses', () => {
    expect(sanitizeForSpeech('Klockan är nio; dags för frukt', MAX)).toBe('Klockan är nio, dags för frukt');
  });

  it('replaces control characters with spaces and removes invisible format characters', () => {
    expect(sanitizeForSpeech('Rad ett\r\nRad två\tslut\u0000\u0007.', MAX)).toBe('Rad ett Rad två slut .');
    expect(sanitizeForSpeech('El\u200Bla och \u202Eab', MAX)).toBe('Ella och ab');
  });

  it('keeps Swedish, accents and sentence punctuation unchanged', () => {
    for (const sentence of [
      'Klockan är fem i halv tio. Nu är det förmiddag!',
      'Klockan är kvart över nio, halv tio eller tjugo i tio?',
      'Idag blir det fiskgratäng med potatismos.',
      'Är du hungrig, Åsa? Ja! Café med Müller och Øyvind.',
      'Det är -5 grader och 50 % chans till regn: ta på regnkläder & stövlar.',
    ]) {
      expect(sanitizeForSpeech(sentence, MAX)).toBe(sentence);
    }
  });

  it('composes decomposed letters so å is one character', () => {
    expect(sanitizeForSpeech('ga\u030Ar', MAX)).toBe('går');
  });

  it('removes list bullets and leading dashes but keeps a minus sign', () => {
    expect(sanitizeForSpeech('- Kom ihåg regnkläder', MAX)).toBe('Kom ihåg regnkläder');
    expect(sanitizeForSpeech('--help', MAX)).toBe('help');
    expect(sanitizeForSpeech('-5 grader', MAX)).toBe('-5 grader');
  });

  it('collapses whitespace and trims', () => {
    expect(sanitizeForSpeech('   Hej    på\n\n  dig   ', MAX)).toBe('Hej på dig');
  });

  it('caps the length at a word boundary', () => {
    const text = 'Klockan är tjugo i tio och nu är det förmiddag';
    expect(sanitizeForSpeech(text, 20)).toBe('Klockan är tjugo i');
    expect(sanitizeForSpeech(text, 18)).toBe('Klockan är tjugo i');
    expect(sanitizeForSpeech('Hej, du där', 4)).toBe('Hej');
    for (let max = 1; max <= text.length; max += 1) {
      const capped = sanitizeForSpeech(text, max);
      expect(capped.length).toBeLessThanOrEqual(max);
      expect(text.startsWith(capped)).toBe(true);
    }
  });

  it('cuts one over-long word hard, without splitting a surrogate pair', () => {
    expect(sanitizeForSpeech('Donaudampfschifffahrt', 5)).toBe('Donau');
    expect(sanitizeForSpeech('ab𝒜cd', 3)).toBe('ab');
  });

  it('refuses a maxChars that is not a positive integer', () => {
    expect(() => sanitizeForSpeech('hej', 0)).toThrow(RangeError);
    expect(() => sanitizeForSpeech('hej', 2.5)).toThrow(RangeError);
  });
});

describe('toSpeechText', () => {
  it('is null when nothing speakable is left', () => {
    expect(toSpeechText('«»() ; !!', MAX)).toBeNull();
    expect(toSpeechText('Hej!', MAX)).toBe('Hej!');
  });
});
