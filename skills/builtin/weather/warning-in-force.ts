/** The one weather warning the robot tells children about. */
import { isWarning, WARNING_SEVERITY } from '../../../protocol/warnings';
import type { WeatherWarning } from '../../../protocol/payloads';
import type { TimeSpan } from '../shared/forecast-steps';

/**
 * The most severe warning that is yellow or above and in force at some moment of `span` (started before
 * it ends, and not ended before it starts; no end means until further notice). The data source already
 * keeps to the robot's county.
 */
export function mostSevereDuring(warnings: readonly WeatherWarning[], span: TimeSpan): WeatherWarning | undefined {
  const from = span.start.getTime();
  const to = span.end.getTime();
  return warnings
    .filter((w) => isWarning(w) && Date.parse(w.start) < to && (w.end === null || from < Date.parse(w.end)))
    .reduce<WeatherWarning | undefined>(
      (worst, w) => (worst === undefined || WARNING_SEVERITY[w.level] > WARNING_SEVERITY[worst.level] ? w : worst),
      undefined,
    );
}
