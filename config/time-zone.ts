import moment from 'moment-timezone';
import { closestName } from './closest-name';

/**
 * moment-timezone's database is the authority: the calendar converts times with it (core/calendar.ts; it knows
 * every zone Intl does). Asking Intl would page ICU's data into the robot at every start.
 */
export function isKnownTimeZone(zone: string): boolean {
  return moment.tz.zone(zone) !== null;
}

/** Only when a zone is wrong, so Intl's list of names is fine here. */
export function closestTimeZone(zone: string): string | undefined {
  return closestName(zone, Intl.supportedValuesOf('timeZone'));
}
