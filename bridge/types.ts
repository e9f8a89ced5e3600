/** What the bridge knows about the weather and lunch, independent of which upstream said it. */
import type { UpstreamProblem } from '../protocol/payloads';

export type {
  Forecast,
  ForecastStep,
  Meal,
  MealKind,
  Menu,
  MenuDay,
  PrecipitationType,
  Sky,
  UpstreamProblem,
  WarningLevel,
  WeatherWarning,
} from '../protocol/payloads';

/** An upstream's answer, normalised, or what went wrong with it. */
export type UpstreamResult<T> = { ok: true; value: T } | { ok: false; problem: UpstreamProblem };
