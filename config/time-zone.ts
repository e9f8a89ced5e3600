import { closestName } from './closest-name';

/** Intl is the authority: it throws a RangeError for a zone it does not know. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function closestTimeZone(zone: string): string | undefined {
  return closestName(zone, Intl.supportedValuesOf('timeZone'));
}
