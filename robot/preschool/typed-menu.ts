/**
 * The "lunch" data source whatever the provider: the menu the teachers typed on /mat wins for its days, and
 * the fetched feed answers the rest. A feed that cannot be reached does not hide a typed day.
 */
import type { LunchData } from '../../protocol/messages';
import { calendarDateSchema } from '../../protocol/payloads';
import type { Clock } from '../../core/clock';
import type { JsonValue } from '../../core/json';
import { type DataSource, DataUnavailableError } from '../runtime/data-access';
import type { PreschoolStore } from './preschool-store';

function dateParam(value: JsonValue | undefined): string {
  const date = calendarDateSchema.safeParse(value);
  if (!date.success) throw new Error('data source "lunch" needs { from: "YYYY-MM-DD", to: "YYYY-MM-DD" }');
  return date.data;
}

/** The days typed in for [from, to], as a menu system's answer. */
export function typedLunch(store: PreschoolStore, from: string, to: string, now: Date): LunchData {
  const days = store.manualMenu(from, to).map(({ date, dishes }) => ({ date, holiday: null, meals: [{ kind: 'lunch' as const, dishes }] }));
  return { menu: { provider: 'manual', days }, fetchedAt: now.toISOString(), stale: false };
}

/** The fetched menu with the typed days put in place of the feed's for the same dates. */
export function typedOverFetched(typed: LunchData, fetched: LunchData | undefined): LunchData {
  if (!fetched) return typed;
  if (typed.menu.days.length === 0) return fetched;
  const typedDates = new Set(typed.menu.days.map((d) => d.date));
  const days = [...fetched.menu.days.filter((d) => !typedDates.has(d.date)), ...typed.menu.days].sort((a, b) => a.date.localeCompare(b.date));
  // A typed day is as fresh as the teacher's save; the feed's age only matters where the feed answers.
  return { ...typed, menu: { provider: fetched.menu.provider, days } };
}

/** `feed` is the bridge, or undefined when the menu is only typed (lunch.provider "manual"). */
export function typedMenuSource(store: PreschoolStore | undefined, feed: DataSource | undefined, clock: Clock, problem?: string): DataSource {
  return {
    request: async (source, params) => {
      if (source !== 'lunch') throw new DataUnavailableError(source, 'not the lunch source');
      if (!store) {
        if (feed) return feed.request(source, params);
        throw new DataUnavailableError(source, problem ?? 'the preschool store could not be opened');
      }
      const typed = typedLunch(store, dateParam(params.from), dateParam(params.to), clock.now());
      if (!feed) return typed as unknown as JsonValue;
      let fetched: LunchData | undefined;
      try {
        fetched = (await feed.request(source, params)) as unknown as LunchData;
      } catch (err) {
        if (typed.menu.days.length === 0) throw err;
      }
      return typedOverFetched(typed, fetched) as unknown as JsonValue;
    },
  };
}
