import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../robot/preschool/migrations';
import { PreschoolStore, StoreInputError } from '../../robot/preschool/preschool-store';
import { tempDir } from '../support/robot-harness';

const WEDNESDAY = '2026-11-25';
const THURSDAY = '2026-11-26';
const SATURDAY = '2026-11-28';

function openStore(): PreschoolStore {
  return PreschoolStore.open(path.join(tempDir('laiban-store-'), 'preschool.db'));
}

describe('the preschool store', () => {
  it('creates the schema on first open, in WAL mode, at the newest version', () => {
    const store = openStore();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    store.close();
  });

  it('refuses a database from a newer robot instead of damaging it', () => {
    const file = path.join(tempDir('laiban-store-'), 'preschool.db');
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => PreschoolStore.open(file)).toThrow(`the preschool database is version ${MIGRATIONS.length + 1}, newer than this robot knows`);
  });

  it('keeps each name once, whatever the case', () => {
    const store = openStore();
    store.addChild('Alva');
    expect(() => store.addChild('alva')).toThrow(expect.objectContaining({ text: { sv: 'alva finns redan på listan.', en: 'alva is already on the list.' } }));
    expect(() => store.addChild('x'.repeat(51))).toThrow(StoreInputError);
    // Double first names take a hyphen ("Anna-Karin"): a first name is one word.
    store.addChild('Anna-Karin');
    expect(() => store.addChild('Anna Karin')).toThrow('one word of letters');
    expect(() => store.addChild('   ')).toThrow('The first name is empty.');
    expect(store.children().map((c) => c.firstName)).toEqual(['Alva', 'Anna-Karin']);
  });

  it('tells a pick-up entered for the day, else the weekday default, else unknown', () => {
    const store = openStore();
    const alva = store.addChild('Alva', true);
    store.setDefaultPickup(alva.id, 3, 'pappa', '16:00');
    expect(store.pickupFor('alva', WEDNESDAY)).toEqual({ kind: 'pickup', child: 'Alva', who: 'pappa', time: '16:00' });
    store.setPickup(alva.id, WEDNESDAY, 'mormor', '15:30', 'tar med gympapåsen');
    expect(store.pickupFor('Alva', WEDNESDAY)).toEqual({ kind: 'pickup', child: 'Alva', who: 'mormor', time: '15:30' });
    expect(store.pickupFor('Alva', THURSDAY)).toEqual({ kind: 'unknown' });
    expect(store.pickupFor('Elias', WEDNESDAY)).toEqual({ kind: 'unknown' });
  });

  it('never tells the pick-up of a child the teachers marked as not to be told', () => {
    const store = openStore();
    const noah = store.addChild('Noah', false);
    store.setPickup(noah.id, WEDNESDAY, 'mamma', '15:00');
    expect(store.pickupFor('Noah', WEDNESDAY)).toEqual({ kind: 'unknown' });
    store.setMayTellPickup(noah.id, true);
    expect(store.pickupFor('Noah', WEDNESDAY)).toMatchObject({ kind: 'pickup', who: 'mamma' });
  });

  it('replaces a child\'s pick-up for the same day rather than keeping two', () => {
    const store = openStore();
    const alva = store.addChild('Alva');
    store.setPickup(alva.id, WEDNESDAY, 'mormor', '15:30');
    store.setPickup(alva.id, WEDNESDAY, 'morfar Lars', null);
    expect(store.pickupsOn(WEDNESDAY).map((p) => [p.who, p.time])).toEqual([['morfar Lars', null]]);
    expect(() => store.setPickup(alva.id, WEDNESDAY, 'mormor', '25:00')).toThrow('"25:00" is not a time (HH:MM).');
  });

  it('gives the weekday plan, nothing when none is planned (no invented day), and nothing at weekends', () => {
    const store = openStore();
    expect(store.scheduleFor(WEDNESDAY).activities).toEqual([]);
    store.addActivity(4, '10:00', 'skogen');
    store.addActivity(4, '08:00', 'frukost');
    store.addMessage(THURSDAY, 'Kom ihåg regnkläder');
    expect(store.scheduleFor(THURSDAY)).toEqual({
      date: THURSDAY,
      activities: [
        { time: '08:00', what: 'frukost' },
        { time: '10:00', what: 'skogen' },
      ],
      messages: ['Kom ihåg regnkläder'],
    });
    expect(store.scheduleFor(SATURDAY).activities).toEqual([]);
  });

  it('forgets the day\'s pick-ups, messages, counts and alerts after the day, and keeps the children and plan', () => {
    const store = openStore();
    const alva = store.addChild('Alva');
    store.setDefaultPickup(alva.id, 4, 'pappa', null);
    store.setPickup(alva.id, WEDNESDAY, 'mormor', '15:30');
    store.setPickup(alva.id, THURSDAY, 'mamma', '15:00');
    store.addMessage(WEDNESDAY, 'Idag är det gympa');
    store.countQuestion(WEDNESDAY, 'lunch');
    store.countQuestion(WEDNESDAY, 'lunch');
    store.raiseAlert({ at: new Date('2026-11-25T09:00:00Z'), text: 'jag har ont', category: 'hurt', level: 'needs_adult', about: 'self' }, 0);
    store.addActivity(3, '09:00', 'sångsamling');
    expect(store.questionCounts(WEDNESDAY)).toEqual([{ intent: 'lunch', count: 2 }]);

    const gone = store.forgetBefore(THURSDAY, new Date('2026-11-25T23:00:00Z'));
    expect(gone).toEqual({ pickups: 1, messages: 1, counts: 1, alerts: 1 });
    expect(store.pickupsOn(WEDNESDAY)).toEqual([]);
    expect(store.pickupsOn(THURSDAY)).toHaveLength(1);
    expect(store.alerts()).toEqual([]);
    expect(store.children()).toHaveLength(1);
    expect(store.defaultPickups(alva.id)).toHaveLength(1);
    expect(store.plan(3)).toHaveLength(1);
  });

  it('removes a child\'s pick-ups and defaults with the child', () => {
    const store = openStore();
    const alva = store.addChild('Alva');
    store.setDefaultPickup(alva.id, 1, 'pappa', null);
    store.setPickup(alva.id, WEDNESDAY, 'mormor', null);
    store.removeChild(alva.id);
    expect(store.pickupsOn(WEDNESDAY)).toEqual([]);
    expect(store.defaultPickups(alva.id)).toEqual([]);
  });

  it('acknowledges an alert once', () => {
    const store = openStore();
    const { alert } = store.raiseAlert({ at: new Date('2026-11-25T09:00:00Z'), text: 'han slog mig', category: 'hit_bullied', level: 'needs_adult', about: 'self' }, 0);
    store.acknowledgeAlert(alert.id, new Date('2026-11-25T09:01:00Z'));
    store.acknowledgeAlert(alert.id, new Date('2026-11-25T09:05:00Z'));
    expect(store.alerts()).toEqual([{ ...alert, acknowledgedAt: '2026-11-25T09:01:00.000Z' }]);
  });

  it('counts the same need said again on the open alert, escalates it to an emergency, and starts anew after the window or an acknowledgement', () => {
    const store = openStore();
    const raise = (iso: string, text: string, level: 'needs_adult' | 'emergency' = 'needs_adult', category: 'hurt' | 'ill' = 'hurt') =>
      store.raiseAlert({ at: new Date(iso), text, category, level, about: 'self' }, 5 * 60_000);
    const first = raise('2026-11-25T09:00:00Z', 'jag har ont');
    expect(first.repeated).toBe(false);
    const again = raise('2026-11-25T09:04:00Z', 'jag har jätteont');
    expect(again).toMatchObject({ repeated: true, escalated: false, alert: { id: first.alert.id, repeats: 2, text: 'jag har jätteont' } });
    const worse = raise('2026-11-25T09:08:00Z', 'det blöder jättemycket', 'emergency');
    expect(worse).toMatchObject({ repeated: true, escalated: true, alert: { id: first.alert.id, repeats: 3, level: 'emergency' } });
    expect(raise('2026-11-25T09:09:00Z', 'jag mår illa', 'needs_adult', 'ill').repeated).toBe(false);
    expect(raise('2026-11-25T09:20:00Z', 'jag har ont').repeated).toBe(false);
    store.acknowledgeAllAlerts(new Date('2026-11-25T09:21:00Z'));
    expect(store.openAlerts()).toEqual([]);
    expect(raise('2026-11-25T09:22:00Z', 'jag har ont').repeated).toBe(false);
    expect(store.alerts().map((a) => a.repeats)).toEqual([1, 1, 1, 3]);
  });
});

describe('what teachers type, kept safely', () => {
  it('keeps no control or invisible characters, refuses a name without letters, and sees a look-alike as the same child', () => {
    const store = openStore();
    store.addChild('Alva');
    expect(() => store.addChild('Al\u200Bva')).toThrow('Alva is already on the list.');
    for (const name of ['\u200B\u200C', '\u0000', '\u001b', '123', '--']) expect(() => store.addChild(name)).toThrow(/needs letters|is empty/);
    expect(store.addChild('\u202EElias\u0000').firstName).toBe('Elias');
    // First names only: one word of letters, a hyphen allowed.
    for (const name of ['Eli as', 'Alva Svensson', 'Alva2', "O'Neil", 'Anna--Lena']) expect(() => store.addChild(name)).toThrow('one word of letters');
    expect(store.addChild('Anna-Lena').firstName).toBe('Anna-Lena');
    const child = store.addChild('Noa\u0301h');
    expect(child.firstName).toBe('Noáh'.normalize('NFC'));
    store.addMessage('2026-11-25', 'Kom ihåg \u001b[2Jregnkläder\u0007');
    expect(store.messagesOn('2026-11-25').map((m) => m.text)).toEqual(['Kom ihåg [2Jregnkläder']);
  });
});
