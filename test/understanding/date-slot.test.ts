import { normalizeUtterance } from '../../robot/understanding/normalize';
import { extractDate } from '../../robot/understanding/slots/date';

const WEDNESDAY = '2026-11-25';

/** The slot as the understanding layer would fill it from what a child said. */
const slot = (said: string, today = WEDNESDAY) => extractDate(normalizeUtterance(said), today);

describe('date slot', () => {
  it.each([
    ['idag', '2026-11-25'], ['i dag', '2026-11-25'], ['today', '2026-11-25'],
    ['imorgon', '2026-11-26'], ['i morgon', '2026-11-26'], ['imorrn', '2026-11-26'], ['i morrn', '2026-11-26'], ['tomorrow', '2026-11-26'],
    ['i övermorgon', '2026-11-27'], ['övermorgon', '2026-11-27'], ['the day after tomorrow', '2026-11-27'],
    ['igår', '2026-11-24'], ['i går', '2026-11-24'], ['yesterday', '2026-11-24'],
    ['i förrgår', '2026-11-23'],
  ])('reads the relative day "%s" as %s', (said, date) => {
    expect(slot(said)).toEqual({ date, matched: said });
  });

  it('does not take "morgon" (morning) or "god morgon" for tomorrow', () => {
    expect(slot('är det morgon nu')).toBeUndefined();
    expect(slot('god morgon laiban')).toBeUndefined();
    expect(slot('is it morning')).toBeUndefined();
  });

  it.each([
    ['måndag', '2026-11-30'], ['tisdag', '2026-12-01'], ['onsdag', '2026-11-25'], ['torsdag', '2026-11-26'],
    ['fredag', '2026-11-27'], ['lördag', '2026-11-28'], ['söndag', '2026-11-29'],
    ['måndan', '2026-11-30'], ['tisdan', '2026-12-01'], ['onsdan', '2026-11-25'], ['torsdan', '2026-11-26'],
    ['fredan', '2026-11-27'], ['lördan', '2026-11-28'], ['söndan', '2026-11-29'],
    ['monday', '2026-11-30'], ['tuesday', '2026-12-01'], ['wednesday', '2026-11-25'], ['thursday', '2026-11-26'],
    ['friday', '2026-11-27'], ['saturday', '2026-11-28'], ['sunday', '2026-11-29'],
  ])('on a Wednesday, "%s" is the next such day, today for Wednesday itself (%s)', (said, date) => {
    expect(slot(said)).toEqual({ date, matched: said });
  });

  it('keeps "på" and "on" in the matched words', () => {
    expect(slot('vad gör vi på fredag')).toEqual({ date: '2026-11-27', matched: 'på fredag' });
    expect(slot('what do we do on Friday?')).toEqual({ date: '2026-11-27', matched: 'on friday' });
    expect(slot('och på lördan då')).toEqual({ date: '2026-11-28', matched: 'på lördan' });
    expect(slot('vad händer på julafton')).toEqual({ date: '2026-12-24', matched: 'på julafton' });
  });

  it('reads "nästa vecka" as Monday of next week and "nästa fredag" as Friday of next week', () => {
    expect(slot('vad gör vi nästa vecka')).toEqual({ date: '2026-11-30', matched: 'nästa vecka' });
    expect(slot('next week')).toEqual({ date: '2026-11-30', matched: 'next week' });
    expect(slot('nästa måndag')).toEqual({ date: '2026-11-30', matched: 'nästa måndag' });
    expect(slot('nästa fredag')).toEqual({ date: '2026-12-04', matched: 'nästa fredag' });
    expect(slot('next friday')).toEqual({ date: '2026-12-04', matched: 'next friday' });
    expect(slot('nästa vecka', '2026-11-29')?.date).toBe('2026-11-30'); // on a Sunday it is tomorrow
    expect(slot('nästa vecka', '2026-12-31')?.date).toBe('2027-01-04'); // across the new year
  });

  it('reads "i fredags" and "last friday" as the latest Friday before today', () => {
    expect(slot('vad gjorde vi i fredags')).toEqual({ date: '2026-11-20', matched: 'i fredags' });
    expect(slot('last friday')).toEqual({ date: '2026-11-20', matched: 'last friday' });
    expect(slot('i onsdags')?.date).toBe('2026-11-18');
  });

  it.each([
    ['jul', '2026-12-24'], ['julafton', '2026-12-24'], ['christmas', '2026-12-24'], ['christmas eve', '2026-12-24'],
    ['juldagen', '2026-12-25'], ['christmas day', '2026-12-25'], ['annandag jul', '2026-12-26'],
    ['nyår', '2026-12-31'], ['nyårsafton', '2026-12-31'], ['new years eve', '2026-12-31'], ['nyårsdagen', '2027-01-01'],
    ['midsommar', '2027-06-25'], ['midsommarafton', '2027-06-25'], ['midsummer', '2027-06-25'], ['midsommardagen', '2027-06-26'],
    ['påsk', '2027-03-28'], ['easter', '2027-03-28'], ['långfredagen', '2027-03-26'], ['good friday', '2027-03-26'],
    ['lucia', '2026-12-13'], ['luciadagen', '2026-12-13'],
    ['nationaldagen', '2027-06-06'], ['första maj', '2027-05-01'], ['kristi himmelsfärdsdag', '2027-05-06'], ['valborg', '2027-04-30'],
    ['trettondedag jul', '2027-01-06'], ['mors dag', '2027-05-30'],
  ])('reads the holiday "%s" as its next date on or after today (%s)', (said, date) => {
    expect(slot(`hur många dagar är det kvar till ${said}`)).toEqual({ date, matched: said });
  });

  it('counts to the holiday of this year until it has passed, then to next year', () => {
    expect(slot('jul', '2026-12-24')?.date).toBe('2026-12-24');
    expect(slot('jul', '2026-12-25')?.date).toBe('2027-12-24');
    expect(slot('lucia', '2026-12-14')?.date).toBe('2027-12-13');
    expect(slot('påsk', '2026-03-01')?.date).toBe('2026-04-05');
    expect(slot('midsommar', '2026-06-01')?.date).toBe('2026-06-19');
  });

  it('prefers a countdown target, then a relative day, then the first date said', () => {
    expect(slot('är det lördag idag')).toEqual({ date: '2026-11-25', matched: 'idag' });
    expect(slot('är det torsdag imorgon')).toEqual({ date: '2026-11-26', matched: 'imorgon' });
    expect(slot('hur många dagar är det kvar till lördag idag')).toEqual({ date: '2026-11-28', matched: 'lördag' });
    expect(slot('how many days until christmas from today')).toEqual({ date: '2026-12-24', matched: 'christmas' });
    expect(slot('på fredag eller på lördag')).toEqual({ date: '2026-11-27', matched: 'på fredag' });
  });

  it('finds nothing in utterances without a date, even where a date word is part of another word', () => {
    for (const said of ['vad är klockan', '', 'fredagsmys', 'vi har en julgran', 'dagis', 'idagen', 'vad blir det för mat']) {
      expect(slot(said)).toBeUndefined();
    }
  });

  it('gives the exact words, so "och imorgon då" is seen to be nothing but a date', () => {
    const text = normalizeUtterance('Och imorgon då?');
    const found = extractDate(text, WEDNESDAY);
    expect(found).toEqual({ date: '2026-11-26', matched: 'imorgon' });
    expect(text.replace(found?.matched ?? '', ' ').split(' ').filter(Boolean)).toEqual(['och', 'då']);
  });

  it('crosses the new year and the DST switch by calendar days', () => {
    expect(slot('imorgon', '2026-12-31')?.date).toBe('2027-01-01');
    expect(slot('igår', '2027-01-01')?.date).toBe('2026-12-31');
    expect(slot('imorgon', '2027-03-27')?.date).toBe('2027-03-28');
    expect(slot('i övermorgon', '2026-10-24')?.date).toBe('2026-10-26');
  });
});
