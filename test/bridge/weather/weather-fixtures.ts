/** The weather fixtures (real upstream formats) and copies of them with one thing changed. */
import fs from 'node:fs';
import path from 'node:path';
import type { Route } from '../../support/fixture-server';
import { FIXTURES } from '../../support/fixture-server';

/** Fixture file names relative to test/fixtures, as fixture-server routes want them. */
export const SNOW1G = 'bridge/weather/smhi-snow1g-stockholm.json';
export const PMP3G = 'bridge/weather/smhi-pmp3g-stockholm.json';
export const METNO = 'bridge/weather/metno-compact-stockholm.json';
export const WARNINGS_WIND = 'bridge/weather/smhi-warnings-wind.json';
export const WARNINGS_NONE = 'bridge/weather/smhi-warnings-none.json';

export interface Snow1gStep {
  time: string;
  intervalParametersStartTime: string;
  data: Record<string, unknown>;
}
export interface Snow1gFixture {
  geometry: { type: string; coordinates: unknown };
  timeSeries: Snow1gStep[];
  [key: string]: unknown;
}
export interface MetnoRow {
  time: string;
  data: Record<string, { summary?: { symbol_code: string }; details?: Record<string, unknown> }>;
}
export interface MetnoFixture {
  properties: { meta: Record<string, unknown>; timeseries: MetnoRow[] };
  [key: string]: unknown;
}

export function fixtureText(file: string): string {
  return fs.readFileSync(path.join(FIXTURES, file), 'utf8');
}

/** A fresh parsed copy of a fixture, to change one thing in. */
export function fixtureJson<T>(file: string): T {
  return JSON.parse(fixtureText(file)) as T;
}

export function jsonRoute(document: unknown, headers?: Record<string, string>): Route {
  return { kind: 'body', body: JSON.stringify(document), contentType: 'application/json', headers };
}
