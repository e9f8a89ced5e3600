import {
  addCalendarDays,
  daysBetween,
  holidaysIn,
  holidaysOn,
  isDayOff,
  isoWeekOf,
  localTime,
  parseLocalDateTime,
} from '../../core/calendar';

const TZ = 'Europe/Stockholm';

describe('calendar', () => {
  it('reads a wall-clock time without offset as Stockholm time, in winter and summer', () => {
    expect(parseLocalDateTime('2026-11-25T09:40:00', TZ).toISOString()).toBe('2026-11-25T08:40:00.000Z');
    expect(parseLocalDateTime('2026-06-19T12:00', TZ).toISOString()).toBe('2026-06-19T10:00:00.000Z');
    expect(localTime(new Date('2026-11-25T08:40:00Z'), TZ)).toEqual({ date: '2026-11-25', hour: 9, minute: 40, weekday: 3 });
  });

  it('rejects dates that do not exist with an example of a right one', () => {
    expect(() => parseLocalDateTime('2026-02-30T10:00', TZ)).toThrow(/not a real date.*2026-11-25T09:40:00/);
    expect(() => parseLocalDateTime('igår', TZ)).toThrow(/not a date and time/);
  });

  it('does calendar arithmetic across the DST switch without losing a day', () => {
    expect(addCalendarDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addCalendarDays('2026-10-24', 1)).toBe('2026-10-25');
    expect(daysBetween('2026-11-25', '2026-12-24')).toBe(29);
    expect(isoWeekOf('2026-11-25')).toBe(48);
    expect(isoWeekOf('2027-01-01')).toBe(53);
  });

  it('knows the 2026 public holidays of SFS 1989:253', () => {
    const publicDays = holidaysIn(2026).filter((h) => h.kind === 'public').map((h) => h.date.slice(5));
    expect(publicDays).toEqual([
      '01-01', '01-06', '04-03', '04-05', '04-06', '05-01', '05-14', '05-24', '06-06', '06-20', '10-31', '12-25', '12-26',
    ]);
  });

  it('knows the 2027 movable feasts and eves', () => {
    const names = (d: string) => holidaysOn(d).map((h) => h.name.sv);
    expect(names('2027-03-28')).toContain('påskdagen');
    expect(names('2027-03-29')).toContain('annandag påsk');
    expect(names('2027-05-06')).toContain('Kristi himmelsfärdsdag');
    expect(names('2027-05-16')).toContain('pingstdagen');
    expect(names('2027-06-25')).toContain('midsommarafton');
    expect(names('2027-11-06')).toContain('alla helgons dag');
  });

  it('treats weekends, red days and julafton as days off, but not Lucia', () => {
    expect(isDayOff('2026-12-24')).toBe(true);
    expect(isDayOff('2026-11-28')).toBe(true);
    expect(isDayOff('2026-05-14')).toBe(true);
    expect(isDayOff('2026-12-13')).toBe(true); // a Sunday
    expect(isDayOff('2027-12-13')).toBe(false); // Lucia on a Monday is a working day
    expect(isDayOff('2026-11-25')).toBe(false);
  });
});

describe('Swedish holidays from date-holidays data cut down to Sweden', () => {
  it('are the same, with the same names and kinds, as the whole date-holidays package gives', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Holidays = require('date-holidays') as typeof import('date-holidays').default;
    const whole = new Holidays('SE');
    for (let year = 2024; year <= 2035; year++) {
      const sv = whole.getHolidays(year, 'sv');
      const en = whole.getHolidays(year, 'en');
      const expected = sv.map((h, i) => ({ date: h.date.slice(0, 10), name: { sv: h.name, en: en[i]?.name ?? h.name }, type: h.type }));
      expect(holidaysIn(year).map((h) => ({ date: h.date, name: h.name, type: h.kind }))).toEqual(
        expected.map((h) => ({ ...h, type: h.type === 'public' ? 'public' : h.type === 'bank' ? 'dayOff' : 'observance' })),
      );
    }
  });
});

describe('local time by moment-timezone', () => {
  it('moves a time the spring switch skips forward, and reads the repeated autumn hour in summer time', () => {
    expect(parseLocalDateTime('2026-03-29T02:30', TZ).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(parseLocalDateTime('2026-10-25T02:30', TZ).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(parseLocalDateTime('2026-10-25T03:30', TZ).toISOString()).toBe('2026-10-25T02:30:00.000Z');
    expect(localTime(new Date('2026-10-25T00:30:00Z'), TZ)).toEqual({ date: '2026-10-25', hour: 2, minute: 30, weekday: 7 });
    expect(localTime(new Date('2026-10-25T01:30:00Z'), TZ)).toEqual({ date: '2026-10-25', hour: 2, minute: 30, weekday: 7 });
  });

  it('says which time zone it does not know', () => {
    expect(() => localTime(new Date('2026-11-25T08:40:00Z'), 'Europe/Stockholmm')).toThrow(/"Europe\/Stockholmm" is not a time zone/);
  });
});
