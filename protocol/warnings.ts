/** Reading weather warnings (a payload the bridge sends): how severe, and which are in force. */
import type { WarningLevel, WeatherWarning } from './payloads';

/** Ranks the levels: the higher, the more severe. */
export const WARNING_SEVERITY: Record<WarningLevel, number> = { message: 0, yellow: 1, orange: 2, red: 3 };

/** Yellow or above: a MESSAGE is information for grown-ups, not a warning. */
export function isWarning(warning: WeatherWarning): boolean {
  return WARNING_SEVERITY[warning.level] >= WARNING_SEVERITY.yellow;
}

/** A county's warnings (yellow and above), whenever they are in force, in the upstream's order. */
export function countyWarnings(warnings: readonly WeatherWarning[], countyId: number): WeatherWarning[] {
  return warnings.filter((w) => isWarning(w) && w.counties.includes(countyId));
}

/**
 * The warnings in force for a county at `now`: yellow or above, started, and not yet ended (no end means
 * until further notice). Most severe first.
 */
export function warningsFor(warnings: readonly WeatherWarning[], countyId: number, now: Date): WeatherWarning[] {
  const at = now.getTime();
  return countyWarnings(warnings, countyId)
    .filter((w) => Date.parse(w.start) <= at && (w.end === null || at < Date.parse(w.end)))
    .sort((a, b) => WARNING_SEVERITY[b.level] - WARNING_SEVERITY[a.level]);
}
