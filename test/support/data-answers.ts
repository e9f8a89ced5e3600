/** Bridge data answers built from the real upstream fixtures, parsed by the real adapters, for the data skills' tests. */
import fs from 'node:fs';
import path from 'node:path';
import { parseSkolmaten } from '../../bridge/adapters/lunch/skolmaten';
import { parseSmhiForecast } from '../../bridge/adapters/weather/smhi';
import type { Forecast, Menu, WeatherWarning } from '../../bridge/types';
import type { JsonValue } from '../../core/json';
import type { DataAccess, SkillLogger } from '../../skills/sdk/types';

const FIXTURES = path.resolve(__dirname, '../fixtures/bridge');

/** SMHI snow1g for Stockholm, made 2026-10-24T06Z: rain on the 24th from 15:00, sleet then snow on the 25th. */
export function snow1gForecast(): Forecast {
  const parsed = parseSmhiForecast(JSON.parse(fs.readFileSync(path.join(FIXTURES, 'weather/smhi-snow1g-stockholm.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`the snow1g fixture should parse: ${JSON.stringify(parsed.problem)}`);
  return parsed.value;
}

/** Skolmaten, week 20 of 2026 (11–15 May); Thursday 14 May (Kristi himmelfärd) is empty. */
export function skolmatenWeek(): Menu {
  const parsed = parseSkolmaten(fs.readFileSync(path.join(FIXTURES, 'lunch/skolmaten-week.xml'), 'utf8'));
  if (!parsed.ok) throw new Error(`the Skolmaten fixture should parse: ${JSON.stringify(parsed.problem)}`);
  return parsed.value;
}

export function weatherAnswer(fetchedAt: string, forecast: Forecast = snow1gForecast()): JsonValue {
  return JSON.parse(JSON.stringify({ forecast, fetchedAt, stale: false })) as JsonValue;
}

export function warningsAnswer(warnings: WeatherWarning[], fetchedAt = '2026-10-24T07:00:00Z'): JsonValue {
  return JSON.parse(JSON.stringify({ warnings, fetchedAt, stale: false })) as JsonValue;
}

export function lunchAnswer(fetchedAt: string, menu: Menu = skolmatenWeek()): JsonValue {
  return JSON.parse(JSON.stringify({ menu, fetchedAt, stale: false })) as JsonValue;
}

/** A source's answer, or an Error for a request that rejects (bridge down, nothing cached). */
export type Answers = Partial<Record<string, JsonValue | Error>>;

/** Answers each source from `answers` and keeps every request; a source not listed rejects. */
export function bridgeData(answers: Answers): DataAccess & { requests: { source: string; params?: Record<string, JsonValue> }[] } {
  const requests: { source: string; params?: Record<string, JsonValue> }[] = [];
  return {
    requests,
    request: async (source, params) => {
      requests.push(params === undefined ? { source } : { source, params });
      const answer = answers[source];
      if (answer === undefined) throw new Error(`no "${source}" data`);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
}

/** A log that keeps its warnings: the messages, and the fields each came with. */
export function warnLog(): SkillLogger & { warnings: string[]; fields: (Record<string, unknown> | undefined)[] } {
  const warnings: string[] = [];
  const fields: (Record<string, unknown> | undefined)[] = [];
  return {
    warnings,
    fields,
    info: () => undefined,
    warn: (msg, details) => {
      warnings.push(msg);
      fields.push(details);
    },
    error: () => undefined,
  };
}
