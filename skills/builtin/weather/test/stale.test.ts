import { describeStale } from '../phrasing/stale';
import { at } from '../../../../test/support/skill-context';

const NOW = at('2026-11-25T10:00'); // a Wednesday
const OUTLOOK = { sv: 'sol och tio grader idag', en: 'sunny and ten degrees today' };
const staleSince = (local: string, staleAfterHours?: number) => describeStale({ newestAt: at(local), now: NOW, outlook: OUTLOOK, staleAfterHours });

describe('describeStale', () => {
  it('counts the hours on the same day', () => {
    expect(staleSince('2026-11-25T07:00')).toEqual({
      sv: 'Jag har inte fått någon ny väderprognos på tre timmar, men den senaste sa att det skulle bli sol och tio grader idag.',
      en: "I haven't had a new weather forecast for three hours, but the last one said it would be sunny and ten degrees today.",
    });
  });

  it('says nothing while the forecast is fresh', () => {
    expect(staleSince('2026-11-25T07:01')).toBeUndefined();
    expect(staleSince('2026-11-25T07:01', 2)).toBeDefined();
  });

  it('says "sedan igår" for a forecast from yesterday', () => {
    expect(staleSince('2026-11-24T18:00')).toEqual({
      sv: 'Jag har inte fått någon ny väderprognos sedan igår, men då skulle det bli sol och tio grader idag.',
      en: "I haven't had a new weather forecast since yesterday, but then it was going to be sunny and ten degrees today.",
    });
  });

  it('goes by the calendar, not the hours: 23:00 is "igår" at 02:00', () => {
    const speech = describeStale({ newestAt: at('2026-11-24T23:00'), now: at('2026-11-25T02:00'), outlook: OUTLOOK });
    expect(speech?.sv).toContain('sedan igår');
  });

  it('says "i förrgår" two days back and names the weekday three days back', () => {
    expect(staleSince('2026-11-23T09:00')?.sv).toContain('sedan i förrgår, men då');
    expect(staleSince('2026-11-22T09:00')).toEqual({
      sv: 'Jag har inte fått någon ny väderprognos sedan i söndags, men då skulle det bli sol och tio grader idag.',
      en: "I haven't had a new weather forecast since Sunday, but then it was going to be sunny and ten degrees today.",
    });
  });

  it('stops quoting a forecast that is a week old', () => {
    expect(staleSince('2026-11-18T09:00')).toEqual({
      sv: 'Jag har inte fått någon ny väderprognos på länge. Titta ut genom fönstret!',
      en: "I haven't had a new weather forecast for a long time. Look out of the window!",
    });
    expect(staleSince('2026-11-19T09:00')?.sv).toContain('sedan i torsdags');
  });
});
