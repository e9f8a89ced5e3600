/**
 * The preschool's own data on the robot, in SQLite under dataDir: children (first names), pick-ups, the
 * weekly plan, messages, alerts and the day's question counts. WAL with full sync: a `kill -9` or a power
 * cut loses at most the save under way, never the database. Every time-dependent call takes the date.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { addCalendarDays, type CalendarDate, weekdayOf } from '../../core/calendar';
import type { Localized } from '../../core/languages';
import { clockTimeSchema, type LunchRating, type PickupData, type ScheduleData } from '../../protocol/preschool-data';
import { cleanText } from '../understanding/normalize';
import { migrate } from './migrations';
import type { Alert, Child, DateActivity, DefaultPickup, IntentCount, LunchRatingCount, Message, NewAlert, Pickup, PlannedActivity, SchoolWeekday } from './store-types';

/**
 * A usual preschool day, offered to the teachers on first run as a suggestion to confirm or edit. It is
 * never read to children until they do: a day nobody planned is "Det vet jag inte".
 */
export const SUGGESTED_DAY: ReadonlyArray<{ time: string; what: string }> = [
  { time: '07:00', what: 'frukost' },
  { time: '09:00', what: 'fruktstund' },
  { time: '09:30', what: 'utevistelse' },
  { time: '11:30', what: 'lunch' },
  { time: '12:15', what: 'vila' },
  { time: '14:30', what: 'mellanmål' },
];

const ALERT_TEXT_MAX = 500;
const SUGGESTION_SETTING = 'plan.suggested_day';
const MAY_TELL_DEFAULT_SETTING = 'pickup.may_tell_default';
/** How long the children's (anonymous) ratings of the food are kept. */
const LUNCH_RATING_DAYS = 70;

/** One word of letters, a hyphen allowed between parts: "Alva", "Anna-Lena", "Noáh". */
export function isOneFirstName(name: string): boolean {
  return /^\p{L}+(?:-\p{L}+)*$/u.test(name);
}

export const FIRST_NAME_RULE: Localized = {
  sv: 'Skriv bara förnamnet: ett ord med bokstäver (bindestreck går bra, som Anna-Lena).',
  en: 'Write the first name only: one word of letters (a hyphen is fine, as in Anna-Lena).',
};
const ALERT_COLUMNS = 'id, at, text, category, level, about, repeats, last_at AS lastAt, acknowledged_at AS acknowledgedAt';

/** A teacher's entry the store refuses; `text` says why in the panel's languages. */
export class StoreInputError extends Error {
  override name = 'StoreInputError';
  /** `date`: the day the refused entry was for, when several days were saved together. */
  constructor(
    readonly text: Localized,
    readonly date?: CalendarDate,
  ) {
    super(text.en);
  }
}

const WHAT: Record<string, Localized> = {
  'the first name': { sv: 'Förnamnet', en: 'The first name' },
  'who picks up': { sv: 'Vem som hämtar', en: 'Who picks up' },
  'the activity': { sv: 'Aktiviteten', en: 'The activity' },
  'the message': { sv: 'Meddelandet', en: 'The message' },
  'the dish': { sv: 'Rätten', en: 'The dish' },
};

/** A teacher's text as it is kept (cleanText): nothing can hide in a name or reach a terminal as an escape code. */
function text(value: string, what: string, max: number): string {
  const trimmed = cleanText(value);
  const name = WHAT[what] ?? { sv: what, en: what };
  if (trimmed === '') throw new StoreInputError({ sv: `${name.sv} saknas.`, en: `${name.en} is empty.` });
  if (trimmed.length > max) {
    throw new StoreInputError({ sv: `${name.sv} är längre än ${max} tecken.`, en: `${name.en} is longer than ${max} characters.` });
  }
  return trimmed;
}

function time(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (!clockTimeSchema.safeParse(value.trim()).success) {
    throw new StoreInputError({ sv: `"${value}" är inte en tid (TT:MM).`, en: `"${value}" is not a time (HH:MM).` });
  }
  return value.trim();
}

function schoolWeekday(date: CalendarDate): SchoolWeekday | undefined {
  const day = weekdayOf(date);
  return day <= 5 ? (day as SchoolWeekday) : undefined;
}

export class PreschoolStore {
  private constructor(readonly db: Database.Database) {}

  static open(file: string): PreschoolStore {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 2000');
    // What is deleted is overwritten, not left readable in free pages (a child's words after the day's purge).
    db.pragma('secure_delete = ON');
    migrate(db);
    // Children's data is the robot user's alone: the database and its WAL and shared-memory files.
    for (const part of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(part)) fs.chmodSync(part, 0o600);
    return new PreschoolStore(db);
  }

  static inDataDir(dataDir: string): string {
    return path.join(dataDir, 'preschool.db');
  }

  close(): void {
    this.db.close();
  }

  // ---------------------------------------------------------------- children

  children(): Child[] {
    return this.db
      .prepare('SELECT id, first_name AS firstName, may_tell_pickup AS mayTellPickup FROM children ORDER BY first_name COLLATE NOCASE')
      .all()
      .map((row) => {
        const r = row as { id: number; firstName: string; mayTellPickup: number };
        return { ...r, mayTellPickup: r.mayTellPickup === 1 };
      });
  }

  /**
   * Whether the robot may tell who picks the child up starts as the preschool's default (chosen at setup;
   * no until the staff say otherwise), then the teachers change it per child.
   */
  addChild(firstName: string, mayTellPickup = this.mayTellPickupByDefault()): Child {
    const name = text(firstName, 'the first name', 50);
    if (!/\p{L}/u.test(name)) {
      throw new StoreInputError({ sv: 'Ett förnamn behöver bokstäver.', en: 'A first name needs letters.' });
    }
    if (!isOneFirstName(name)) throw new StoreInputError(FIRST_NAME_RULE);
    try {
      const info = this.db.prepare('INSERT INTO children (first_name, may_tell_pickup) VALUES (?, ?)').run(name, mayTellPickup ? 1 : 0);
      return { id: Number(info.lastInsertRowid), firstName: name, mayTellPickup };
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new StoreInputError({ sv: `${name} finns redan på listan.`, en: `${name} is already on the list.` });
      }
      throw err;
    }
  }

  /** The preschool-wide answer new children start with; no unless the staff chose yes. */
  mayTellPickupByDefault(): boolean {
    return this.setting(MAY_TELL_DEFAULT_SETTING) === 'yes';
  }

  setMayTellPickupByDefault(mayTell: boolean): void {
    this.setSetting(MAY_TELL_DEFAULT_SETTING, mayTell ? 'yes' : 'no');
  }

  setMayTellPickup(childId: number, mayTell: boolean): void {
    this.db.prepare('UPDATE children SET may_tell_pickup = ? WHERE id = ?').run(mayTell ? 1 : 0, childId);
  }

  removeChild(childId: number): void {
    this.db.prepare('DELETE FROM children WHERE id = ?').run(childId);
  }

  childNamed(firstName: string): Child | undefined {
    return this.children().find((c) => c.firstName.toLocaleLowerCase('sv-SE') === firstName.trim().toLocaleLowerCase('sv-SE'));
  }

  // ---------------------------------------------------------------- pick-ups

  defaultPickups(childId: number): DefaultPickup[] {
    return this.db
      .prepare('SELECT child_id AS childId, weekday, who, time FROM default_pickups WHERE child_id = ? ORDER BY weekday')
      .all(childId) as DefaultPickup[];
  }

  setDefaultPickup(childId: number, weekday: SchoolWeekday, who: string, at: string | null): void {
    this.db
      .prepare('INSERT INTO default_pickups (child_id, weekday, who, time) VALUES (?, ?, ?, ?) ON CONFLICT (child_id, weekday) DO UPDATE SET who = excluded.who, time = excluded.time')
      .run(childId, weekday, text(who, 'who picks up', 100), time(at));
  }

  removeDefaultPickup(childId: number, weekday: SchoolWeekday): void {
    this.db.prepare('DELETE FROM default_pickups WHERE child_id = ? AND weekday = ?').run(childId, weekday);
  }

  pickupsOn(date: CalendarDate): Pickup[] {
    return this.db
      .prepare('SELECT id, child_id AS childId, date, who, time, note FROM pickups WHERE date = ? ORDER BY time, id')
      .all(date) as Pickup[];
  }

  /** One pick-up per child and day: saving again replaces it. */
  setPickup(childId: number, date: CalendarDate, who: string, at: string | null, note = ''): void {
    this.db
      .prepare(
        'INSERT INTO pickups (child_id, date, who, time, note) VALUES (?, ?, ?, ?, ?) ON CONFLICT (child_id, date) DO UPDATE SET who = excluded.who, time = excluded.time, note = excluded.note',
      )
      .run(childId, date, text(who, 'who picks up', 100), time(at), note.trim().slice(0, 500));
  }

  removePickup(id: number): void {
    this.db.prepare('DELETE FROM pickups WHERE id = ?').run(id);
  }

  /** What the robot may say about one child's pick-up: that day's entry, else the weekday's default. */
  pickupFor(firstName: string, date: CalendarDate): PickupData {
    const child = this.childNamed(firstName);
    if (!child || !child.mayTellPickup) return { kind: 'unknown' };
    const entered = this.db.prepare('SELECT who, time FROM pickups WHERE child_id = ? AND date = ?').get(child.id, date) as
      | { who: string; time: string | null }
      | undefined;
    const weekday = schoolWeekday(date);
    const fallback =
      weekday === undefined
        ? undefined
        : (this.db.prepare('SELECT who, time FROM default_pickups WHERE child_id = ? AND weekday = ?').get(child.id, weekday) as
            | { who: string; time: string | null }
            | undefined);
    const found = entered ?? fallback;
    return found ? { kind: 'pickup', child: child.firstName, who: found.who, time: found.time } : { kind: 'unknown' };
  }

  // ---------------------------------------------------------------- the plan and messages

  plan(weekday: SchoolWeekday): PlannedActivity[] {
    return this.db.prepare('SELECT id, weekday, time, what FROM plan WHERE weekday = ? ORDER BY time, id').all(weekday) as PlannedActivity[];
  }

  addActivity(weekday: SchoolWeekday, at: string, what: string): PlannedActivity {
    const t = time(at);
    if (t === null) throw new StoreInputError({ sv: 'Aktiviteten behöver en tid.', en: 'The activity needs a time.' });
    const w = text(what, 'the activity', 100);
    const info = this.db.prepare('INSERT INTO plan (weekday, time, what) VALUES (?, ?, ?)').run(weekday, t, w);
    return { id: Number(info.lastInsertRowid), weekday, time: t, what: w };
  }

  removeActivity(id: number): void {
    this.db.prepare('DELETE FROM plan WHERE id = ?').run(id);
  }

  /** The suggested day is offered until the teachers take it or decline it, and only while no weekday has a plan. */
  suggestedDayOpen(): boolean {
    if (this.setting(SUGGESTION_SETTING) !== undefined) return false;
    return this.db.prepare('SELECT 1 FROM plan LIMIT 1').get() === undefined;
  }

  /** The teachers' answer to the suggested day: taken, it becomes every weekday's plan (to edit per day). */
  answerSuggestedDay(take: boolean): void {
    this.db.transaction(() => {
      if (take && this.db.prepare('SELECT 1 FROM plan LIMIT 1').get() === undefined) {
        for (const weekday of [1, 2, 3, 4, 5] as const) for (const a of SUGGESTED_DAY) this.addActivity(weekday, a.time, a.what);
      }
      this.setSetting(SUGGESTION_SETTING, take ? 'taken' : 'declined');
    })();
  }

  /** A date's own plan (an outing, a closed afternoon): when it has any, it replaces the weekday's plan that day. */
  datePlan(date: CalendarDate): DateActivity[] {
    return this.db.prepare('SELECT id, date, time, what FROM date_plan WHERE date = ? ORDER BY time, id').all(date) as DateActivity[];
  }

  /** The dates from `from` on that have their own plan, with it. */
  datePlansFrom(from: CalendarDate): DateActivity[] {
    return this.db.prepare('SELECT id, date, time, what FROM date_plan WHERE date >= ? ORDER BY date, time, id').all(from) as DateActivity[];
  }

  addDateActivity(date: CalendarDate, at: string, what: string): DateActivity {
    const t = time(at);
    if (t === null) throw new StoreInputError({ sv: 'Aktiviteten behöver en tid.', en: 'The activity needs a time.' });
    const w = text(what, 'the activity', 100);
    const info = this.db.prepare('INSERT INTO date_plan (date, time, what) VALUES (?, ?, ?)').run(date, t, w);
    return { id: Number(info.lastInsertRowid), date, time: t, what: w };
  }

  removeDateActivity(id: number): boolean {
    return this.db.prepare('DELETE FROM date_plan WHERE id = ?').run(id).changes > 0;
  }

  messagesOn(date: CalendarDate): Message[] {
    return this.db.prepare('SELECT id, date, text FROM messages WHERE date = ? ORDER BY id').all(date) as Message[];
  }

  addMessage(date: CalendarDate, message: string): Message {
    const t = text(message, 'the message', 300);
    const info = this.db.prepare('INSERT INTO messages (date, text) VALUES (?, ?)').run(date, t);
    return { id: Number(info.lastInsertRowid), date, text: t };
  }

  removeMessage(id: number): void {
    this.db.prepare('DELETE FROM messages WHERE id = ?').run(id);
  }

  /** The day's plan (the date's own, else the weekday's; else none, never an invented one) and its messages. */
  scheduleFor(date: CalendarDate): ScheduleData {
    const weekday = schoolWeekday(date);
    const own = this.datePlan(date);
    const planned = own.length > 0 ? own : weekday === undefined ? [] : this.plan(weekday);
    return { date, activities: planned.map(({ time: t, what }) => ({ time: t, what })), messages: this.messagesOn(date).map((m) => m.text) };
  }

  // ---------------------------------------------------------------- the manual lunch menu

  /** The dishes typed in for each date in [from, to] (dates without any are left out), oldest first. */
  manualMenu(from: CalendarDate, to: CalendarDate): Array<{ date: CalendarDate; dishes: string[] }> {
    return (this.db.prepare('SELECT date, dishes FROM manual_menu WHERE date BETWEEN ? AND ? ORDER BY date').all(from, to) as Array<{
      date: string;
      dishes: string;
    }>).map((row) => ({ date: row.date, dishes: JSON.parse(row.dishes) as string[] }));
  }

  /** Several days at once (a week from the panel): all saved, or none when one is refused. */
  setManualMenuDays(days: ReadonlyArray<{ date: CalendarDate; dishes: readonly string[] }>): void {
    this.db.transaction(() => {
      for (const day of days) {
        try {
          this.setManualMenuDay(day.date, day.dishes);
        } catch (err) {
          throw err instanceof StoreInputError ? new StoreInputError(err.text, day.date) : err;
        }
      }
    })();
  }

  /** The day's lunch, one dish per entry ("Fiskgratäng", "Vegetarisk lasagne"); an empty list removes the day. */
  setManualMenuDay(date: CalendarDate, dishes: readonly string[]): void {
    const kept = dishes.map((d) => d.replace(/\s+/g, ' ').trim()).filter((d) => d !== '');
    if (kept.length > 6) throw new StoreInputError({ sv: 'Högst sex rätter per dag.', en: 'At most six dishes a day.' });
    const checked = kept.map((d) => text(d, 'the dish', 150));
    if (checked.length === 0) this.db.prepare('DELETE FROM manual_menu WHERE date = ?').run(date);
    else {
      this.db
        .prepare('INSERT INTO manual_menu (date, dishes) VALUES (?, ?) ON CONFLICT (date) DO UPDATE SET dishes = excluded.dishes')
        .run(date, JSON.stringify(checked));
    }
  }

  // ---------------------------------------------------------------- alerts and counts

  /**
   * Keeps an alert for the panel. The same need said again while its alert is open (same category and
   * whom it is about, within `repeatWindowMs` of the last time) counts on that alert instead of adding one;
   * an emergency said again makes it an emergency.
   */
  raiseAlert(alert: NewAlert, repeatWindowMs: number): { alert: Alert; repeated: boolean; escalated: boolean } {
    const said = alert.text.slice(0, ALERT_TEXT_MAX);
    const at = alert.at.toISOString();
    return this.db.transaction(() => {
      const since = new Date(alert.at.getTime() - repeatWindowMs).toISOString();
      const open = this.db
        .prepare(`SELECT ${ALERT_COLUMNS} FROM alerts WHERE acknowledged_at IS NULL AND category = ? AND about = ? AND last_at >= ? ORDER BY last_at DESC LIMIT 1`)
        .get(alert.category, alert.about, since) as Alert | undefined;
      if (open && repeatWindowMs > 0) {
        const escalated = alert.level === 'emergency' && open.level !== 'emergency';
        const level = escalated ? 'emergency' : open.level;
        this.db.prepare('UPDATE alerts SET repeats = repeats + 1, last_at = ?, text = ?, level = ? WHERE id = ?').run(at, said, level, open.id);
        return { alert: { ...open, repeats: open.repeats + 1, lastAt: at, text: said, level }, repeated: true, escalated };
      }
      const info = this.db
        .prepare('INSERT INTO alerts (at, text, category, level, about, repeats, last_at) VALUES (?, ?, ?, ?, ?, 1, ?)')
        .run(at, said, alert.category, alert.level, alert.about, at);
      const row: Alert = { id: Number(info.lastInsertRowid), at, text: said, category: alert.category, level: alert.level, about: alert.about, repeats: 1, lastAt: at, acknowledgedAt: null };
      return { alert: row, repeated: false, escalated: false };
    })();
  }

  /** Every alert, open ones first, newest first within each. */
  alerts(): Alert[] {
    return this.db.prepare(`SELECT ${ALERT_COLUMNS} FROM alerts ORDER BY acknowledged_at IS NOT NULL, last_at DESC`).all() as Alert[];
  }

  openAlerts(): Alert[] {
    return this.db.prepare(`SELECT ${ALERT_COLUMNS} FROM alerts WHERE acknowledged_at IS NULL ORDER BY last_at DESC`).all() as Alert[];
  }

  acknowledgeAlert(id: number, at: Date): void {
    this.db.prepare('UPDATE alerts SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL').run(at.toISOString(), id);
  }

  /** "Kvittera alla": returns how many were open. */
  acknowledgeAllAlerts(at: Date): number {
    return this.db.prepare('UPDATE alerts SET acknowledged_at = ? WHERE acknowledged_at IS NULL').run(at.toISOString()).changes;
  }

  countQuestion(date: CalendarDate, intent: string): void {
    this.db
      .prepare('INSERT INTO intent_counts (date, intent, count) VALUES (?, ?, 1) ON CONFLICT (date, intent) DO UPDATE SET count = count + 1')
      .run(date, intent);
  }

  /** One child's word on the day's food, counted for the day and dish; the child is never recorded. */
  countLunchRating(date: CalendarDate, dish: string, rating: LunchRating): void {
    const kept = cleanText(dish).slice(0, 300);
    this.db
      .prepare('INSERT INTO lunch_ratings (date, dish, rating, count) VALUES (?, ?, ?, 1) ON CONFLICT (date, dish, rating) DO UPDATE SET count = count + 1')
      .run(date, kept, rating);
  }

  /** The counts for [from, to] per day and dish, oldest first. */
  lunchRatings(from: CalendarDate, to: CalendarDate): LunchRatingCount[] {
    const rows = this.db.prepare('SELECT date, dish, rating, count FROM lunch_ratings WHERE date BETWEEN ? AND ? ORDER BY date, dish').all(from, to) as Array<{
      date: string;
      dish: string;
      rating: LunchRating;
      count: number;
    }>;
    const byDay = new Map<string, LunchRatingCount>();
    for (const row of rows) {
      const key = `${row.date}\u0000${row.dish}`;
      const day = byDay.get(key) ?? { date: row.date, dish: row.dish, good: 0, okay: 0, bad: 0 };
      day[row.rating] += row.count;
      byDay.set(key, day);
    }
    return [...byDay.values()];
  }

  questionCounts(date: CalendarDate): IntentCount[] {
    return this.db.prepare('SELECT intent, count FROM intent_counts WHERE date = ? ORDER BY count DESC, intent').all(date) as IntentCount[];
  }

  // ---------------------------------------------------------------- settings and retention

  setting(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  setSetting(key: string, value: string): void {
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /**
   * Deletes the day-bound data of days before `today`: pick-ups, messages, question counts, and alerts made
   * before `alertsBefore` (an instant: the start of today in the preschool's zone). Children, default
   * pick-ups and the weekly plan stay; past dates' own plans go.
   */
  forgetBefore(today: CalendarDate, alertsBefore: Date): { pickups: number; messages: number; counts: number; alerts: number } {
    const forgotten = this.db.transaction(() => ({
      pickups: this.db.prepare('DELETE FROM pickups WHERE date < ?').run(today).changes,
      messages: this.db.prepare('DELETE FROM messages WHERE date < ?').run(today).changes,
      counts: this.db.prepare('DELETE FROM intent_counts WHERE date < ?').run(today).changes,
      alerts: this.db.prepare('DELETE FROM alerts WHERE at < ?').run(alertsBefore.toISOString()).changes,
    }))();
    // A past date's own plan is of no more use (not private: it is not counted as forgotten data).
    this.db.prepare('DELETE FROM date_plan WHERE date < ?').run(today);
    // The food's ratings name no child: the kitchen may look back over a term's weeks.
    this.db.prepare('DELETE FROM lunch_ratings WHERE date < ?').run(addCalendarDays(today, -LUNCH_RATING_DAYS));
    // The WAL still holds the deleted rows' old pages until it is written back and emptied.
    if (Object.values(forgotten).some((n) => n > 0)) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return forgotten;
  }
}
