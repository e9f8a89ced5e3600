/** The one weather warning the robot tells children about. */
import type { WarningLevel, WeatherWarning } from '../../../bridge/types';
import type { TimeSpan } from '../shared/forecast-steps';

const SEVERITY: Record<WarningLevel, number> = { message: 0, yellow: 1, orange: 2, red: 3 };

/**
 * The most severe warning that is yellow or above and in force at some moment of `span` (started before
 * it ends, and not ended before it starts; no end means until further notice). The data source already
 * keeps to the robot's county.
 */
export function mostSevereDuring(warnings: readonly WeatherWarning[], span: TimeSpan): WeatherWarning | undefined {
  const from = span.start.getTime();
  const to = span.end.getTime();
  return warnings
    .filter((w) => SEVERITY[w.level] >= SEVERITY.yellow && Date.parse(w.start) < to && (w.end === null || from < Date.parse(w.end)))
    .reduce<WeatherWarning | undefined>((worst, w) => (worst === undefined || SEVERITY[w.level] > SEVERITY[worst.level] ? w : worst), undefined);
}
