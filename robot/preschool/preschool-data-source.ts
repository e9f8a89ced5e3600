/**
 * The "pickup" and "schedule" data sources (the teachers' entries in the preschool store, for skills) and
 * "lunch_feedback", the one that writes: a child's rating of the food, counted per day and dish.
 */
import { calendarDateSchema } from '../../protocol/payloads';
import { LUNCH_RATINGS, type LunchRating } from '../../protocol/preschool-data';
import type { JsonValue } from '../../core/json';
import { type DataSource, DataUnavailableError } from '../runtime/data-access';
import type { PreschoolStore } from './preschool-store';

/** Always served by the preschool store; "lunch" goes through typed-menu.ts (typed days beat the feed's). */
export const PRESCHOOL_SOURCES = ['pickup', 'schedule', 'lunch_feedback'] as const;

function dateParam(source: string, value: JsonValue | undefined): string {
  const date = calendarDateSchema.safeParse(value);
  if (!date.success) throw new Error(`data source "${source}" needs { date: "YYYY-MM-DD" }`);
  return date.data;
}

export interface PreschoolDataOptions {
  /** Why there is no store, when there is none. */
  problem?: string;
}

export function preschoolDataSource(store: PreschoolStore | undefined, options: PreschoolDataOptions): DataSource {
  return {
    request: async (source, params) => {
      if (!store) throw new DataUnavailableError(source, options.problem ?? 'the preschool store could not be opened');
      switch (source) {
        case 'pickup': {
          const child = params.child;
          if (typeof child !== 'string' || child.trim() === '') throw new Error('data source "pickup" needs { child, date }');
          return store.pickupFor(child, dateParam(source, params.date)) as unknown as JsonValue;
        }
        case 'schedule':
          return store.scheduleFor(dateParam(source, params.date)) as unknown as JsonValue;
        case 'lunch_feedback': {
          const { dish, rating } = params;
          if (typeof dish !== 'string' || typeof rating !== 'string' || !(LUNCH_RATINGS as readonly string[]).includes(rating)) {
            throw new Error('data source "lunch_feedback" needs { date, dish, rating: "good" | "okay" | "bad" }');
          }
          store.countLunchRating(dateParam(source, params.date), dish, rating as LunchRating);
          return { counted: true };
        }
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
