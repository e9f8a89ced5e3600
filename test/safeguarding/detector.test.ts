/** The safeguarding detector alone: inflections, garbled words, play, jokes, whom it is about, and its sets. */
import path from 'node:path';
import { SafeguardingDetector } from '../../robot/understanding/safeguarding/detect';
import { evaluateSafeguarding, garbleOneWord, readSafeguardingFile } from '../../robot/understanding/safeguarding/evaluate';

const detector = new SafeguardingDetector();
const detect = (text: string, roster: string[] = []) => detector.detect(text, { roster });

describe('the safeguarding detector', () => {
  it.each([
    ['han slog mig', 'hit_bullied'],
    ['han har slagit mig', 'hit_bullied'],
    ['jag blev slagen', 'hit_bullied'],
    ['de slogs vid gungorna', 'hit_bullied'],
    ['ja slåd huvet i bordet', 'hurt'],
    ['jag brände mig på elementet', 'hurt'],
    ['ett bi stack mig i foten', 'hurt'],
    ['hunden bet mig', 'hurt'],
    ['jag har en sticka i fingret', 'hurt'],
    ['det är sand i ögat', 'hurt'],
    ['tanden lossnade och det blöder', 'hurt'],
    ['jag ska spy', 'ill'],
    ['jag har feber', 'ill'],
    ['min hund har dött', 'feelings'],
    ['jag vill hem till mamma', 'feelings'],
    ['jag sitter fast i klätterställningen', 'lost_alone'],
    ['jag har kissat på mig', 'toilet_accident'],
  ])('"%s" → %s, acting', (text, category) => {
    const found = detect(text);
    expect(found).toMatchObject({ category });
    expect(['needs_adult', 'emergency']).toContain(found?.level);
  });

  it.each(['jag kan inte andas', 'kan han inte andas', 'nu vaknar han inte', 'det blöder jättemycket', 'hon svalde ett batteri', 'det brinner i köket', 'han ramlade ner från taket', 'läpparna blir jättetjocka'])(
    '"%s" is an emergency',
    (text) => expect(detect(text)?.level).toBe('emergency'),
  );

  it.each([
    'vad blir det för mat idag', 'jag slog bollen jättelångt', 'hunden bet i pinnen', 'jag har ont om lego', 'min docka har ont i magen',
    'vi leker doktor och jag är sjuk på låtsas', 'draken sprutar eld', 'dinosaurierna dog för länge sen', 'bajs', 'kiss', 'haha bajskorv',
    'vem hämtar mig idag', 'jag ritade en häst', 'kan du hjälpa mig att räkna till tio', 'i can hold my breath', 'snögubben dog han smälte',
  ])('"%s" is left alone', (text) => expect(detect(text)).toBeUndefined());

  it('asks, rather than alerts, on a lone word the recogniser garbled, and on what is over', () => {
    expect(detect('jag har omt')?.level).toBe('unsure');
    // The same garbled word beside a body part is evidence enough.
    expect(detect('jag har omt i magen')?.level).toBe('needs_adult');
    expect(detect('igår hade jag ont i magen')?.level).toBe('unsure');
    expect(detect('igår hade jag ont i magen men nu är det bra')).toBeUndefined();
    expect(detect('hjäp mig')).toMatchObject({ category: 'help_call', level: 'needs_adult' });
    expect(detect('laibaan hjälp')).toMatchObject({ category: 'help_call', level: 'needs_adult' });
  });

  it('tells the speaker from another child, and keeps the other child\'s name as said', () => {
    expect(detect('omar ramlade av cykeln')).toMatchObject({ about: 'other', name: 'Omar' });
    expect(detect('min kompis gråter')).toMatchObject({ about: 'other' });
    expect(detect('jag såg att elias blöder')).toMatchObject({ about: 'other', name: 'Elias' });
    expect(detect('elias knuffade mig')).toMatchObject({ about: 'self', category: 'hit_bullied' });
    expect(detect('kalleboy blöder', ['Kalleboy'])).toMatchObject({ about: 'other', name: 'Kalleboy' });
  });

  it('raises on silence only what began with an emergency word', () => {
    expect(detect('det luktar rök')).toMatchObject({ level: 'unsure', raiseOnSilence: true });
    expect(detect('kan du hjälpa mig med pusslet')).toMatchObject({ level: 'unsure', raiseOnSilence: false });
  });

  it('garbles one word of an utterance, keeping the others', () => {
    let n = 0;
    const random = () => [0.5, 0.1, 0.2][n++ % 3]!;
    const garbled = garbleOneWord('jag har ont i magen', random);
    expect(garbled.split(' ')).toHaveLength(5);
    expect(garbled).not.toBe('jag har ont i magen');
  });

  // The figures on the sets the cues were written from and the scorer is trained on: a regression guard,
  // not the quality figure (that comes from a blind set, see test/fixtures/safeguarding/README.md).
  it.each(['dev', 'test', 'final', 'holdout'])('keeps its figures on examples/%s.jsonl', (name) => {
    const items = readSafeguardingFile(path.join(__dirname, '../../robot/understanding/safeguarding/examples', `${name}.jsonl`));
    const report = evaluateSafeguarding(items, (text, lang) => detector.detect(text, { lang }), { garble: true });
    expect(report.recall.strict).toBeGreaterThanOrEqual(0.97);
    expect(report.emergencyRecall).toBeGreaterThanOrEqual(0.97);
    expect(report.falseAlarms).toBeLessThanOrEqual(0.01);
    expect(report.garbled!.asked).toBeGreaterThanOrEqual(0.92);
  });
});
