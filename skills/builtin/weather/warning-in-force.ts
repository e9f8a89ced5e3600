/** The one weather warning the robot tells children about. */
import type { WarningLevel, WeatherWarning } from '../../../bridge/types';

const SEVERITY: Record<WarningLevel, number> = { message: 0, yellow: 1, orange: 2, red: 3 };

/**
 * The most severe warning that is yellow or above and in force at `now` (started, and not ended; no end
 * means until further notice). The data source already keeps to the robot's county.
 */
export function mostSevereInForce(warnings: readonly WeatherWarning[], now: Date): WeatherWarning | undefined {
  const at = now.getTime();
  return warnings
    .filter((w) => SEVERITY[w.level] >= SEVERITY.yellow && Date.parse(w.start) <= at && (w.end === null || at < Date.parse(w.end)))
    .reduce<WeatherWarning | undefined>((worst, w) => (worst === undefined || SEVERITY[w.level] > SEVERITY[worst.level] ? w : worst), undefined);
}
