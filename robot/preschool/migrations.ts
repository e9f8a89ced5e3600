/**
 * The preschool database's schema, one migration per version. `PRAGMA user_version` says which have run;
 * each runs in its own transaction, so a power cut leaves the database at the previous version or the next.
 * Append new migrations; never edit one that has shipped.
 */
import type Database from 'better-sqlite3';

export const MIGRATIONS: readonly string[] = [
  // 1: children, pick-ups, the weekly plan, messages, alerts, the day's question counts
  `
  CREATE TABLE children (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    may_tell_pickup INTEGER NOT NULL DEFAULT 1
  );
  CREATE UNIQUE INDEX children_name ON children (first_name COLLATE NOCASE);
  CREATE TABLE default_pickups (
    child_id INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 5),
    who TEXT NOT NULL,
    time TEXT,
    PRIMARY KEY (child_id, weekday)
  );
  CREATE TABLE pickups (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    who TEXT NOT NULL,
    time TEXT,
    note TEXT NOT NULL DEFAULT ''
  );
  CREATE UNIQUE INDEX pickups_child_date ON pickups (child_id, date);
  CREATE TABLE plan (
    id INTEGER PRIMARY KEY,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 5),
    time TEXT NOT NULL,
    what TEXT NOT NULL
  );
  CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    text TEXT NOT NULL
  );
  CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    text TEXT NOT NULL,
    acknowledged_at TEXT
  );
  CREATE TABLE intent_counts (
    date TEXT NOT NULL,
    intent TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (date, intent)
  );
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 2: the lunch menu the teachers type in when the kitchen has no menu system
  `
  CREATE TABLE manual_menu (
    date TEXT PRIMARY KEY,
    dishes TEXT NOT NULL
  );
  `,
  // 3: safeguarding alerts say what kind of need, how urgent, about whom, and how often it was said again
  `
  ALTER TABLE alerts ADD COLUMN category TEXT NOT NULL DEFAULT 'hurt';
  ALTER TABLE alerts ADD COLUMN level TEXT NOT NULL DEFAULT 'needs_adult';
  ALTER TABLE alerts ADD COLUMN about TEXT NOT NULL DEFAULT 'self';
  ALTER TABLE alerts ADD COLUMN repeats INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE alerts ADD COLUMN last_at TEXT;
  UPDATE alerts SET last_at = at;
  CREATE INDEX alerts_open ON alerts (acknowledged_at, last_at);
  `,
  // 4: a plan for one date (an outing, a closed afternoon) that replaces the weekday's plan that day
  `
  CREATE TABLE date_plan (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    time TEXT NOT NULL,
    what TEXT NOT NULL
  );
  CREATE INDEX date_plan_date ON date_plan (date, time);
  `,
  // 5: what the children thought of the food, counted per day, dish and rating (never per child)
  `
  CREATE TABLE lunch_ratings (
    date TEXT NOT NULL,
    dish TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('good', 'okay', 'bad')),
    count INTEGER NOT NULL,
    PRIMARY KEY (date, dish, rating)
  );
  `,
];

export function migrate(db: Database.Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > MIGRATIONS.length) {
    throw new Error(`the preschool database is version ${from}, newer than this robot knows (${MIGRATIONS.length}); update the robot`);
  }
  for (let version = from; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return { from, to: MIGRATIONS.length };
}
