/** The "pickup" and "schedule" data sources: the teachers' entries in the preschool store, for skills. */
import { calendarDateSchema } from '../../protocol/payloads';
import type { LunchData } from '../../protocol/messages';
import type { JsonValue } from '../../core/json';
import type { Clock } from '../../core/clock';
import { type DataSource, DataUnavailableError } from '../runtime/data-access';
import type { PreschoolStore } from './preschool-store';

/** Always served by the preschool store; "lunch" too when the menu is typed in (lunch.provider "manual"). */
export const PRESCHOOL_SOURCES = ['pickup', 'schedule'] as const;

function dateParam(source: string, value: JsonValue | undefined): string {
  const date = calendarDateSchema.safeParse(value);
  if (!date.success) throw new Error(`data source "${source}" needs { date: "YYYY-MM-DD" }`);
  return date.data;
}

export interface PreschoolDataOptions {
  /** Real time: when a typed-in menu counts as fetched. */
  clock: Clock;
  /** Why there is no store, when there is none. */
  problem?: string;
}

/** The menu the teachers typed in, as a "lunch" answer like any menu system's. */
function manualLunch(store: PreschoolStore, params: Record<string, JsonValue>, now: Date): LunchData {
  const from = dateParam('lunch', params.from);
  const to = dateParam('lunch', params.to);
  const days = store.manualMenu(from, to).map(({ date, dishes }) => ({ date, holiday: null, meals: [{ kind: 'lunch' as const, dishes }] }));
  return { menu: { provider: 'manual', days }, fetchedAt: now.toISOString(), stale: false };
}

export function preschoolDataSource(store: PreschoolStore | undefined, options: PreschoolDataOptions): DataSource {
  return {
    request: async (source, params) => {
      if (!store) throw new DataUnavailableError(source, options.problem ?? 'the preschool store could not be opened');
      switch (source) {
        case 'lunch':
          return manualLunch(store, params, options.clock.now()) as unknown as JsonValue;
        case 'pickup': {
          const child = params.child;
          if (typeof child !== 'string' || child.trim() === '') throw new Error('data source "pickup" needs { child, date }');
          return store.pickupFor(child, dateParam(source, params.date)) as unknown as JsonValue;
        }
        case 'schedule':
          return store.scheduleFor(dateParam(source, params.date)) as unknown as JsonValue;
        default:
          throw new DataUnavailableError(source, 'not a preschool data source');
      }
    },
  };
}

/** Sends each request to the source that serves its name; the rest go to `fallback` (the bridge). */
export function routeDataSources(routes: Record<string, DataSource>, fallback: DataSource): DataSource {
  return {
    request: (source, params) => (Object.prototype.hasOwnProperty.call(routes, source) ? routes[source]! : fallback).request(source, params),
  };
}
