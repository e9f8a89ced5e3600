/** What the bridge knows about the weather and lunch, independent of which upstream said it. */
import type { Localized } from '../core/languages';

/** Normalised weather for one interval of a forecast; null where the upstream had no value (SMHI's 9999). */
export interface ForecastStep {
  /** Start and end of the interval, ISO 8601 UTC. An instant (MET Norway's last rows) has start = end. */
  start: string;
  end: string;
  /** °C at the end of the interval. */
  temperature: number | null;
  /** m/s */
  windSpeed: number | null;
  windGust: number | null;
  /** Relative humidity, %. */
  humidity: number | null;
  /** Total precipitation over the interval, mm. */
  precipitationMm: number | null;
  precipitationType: PrecipitationType | null;
  /** Chance of precipitation, % (SMHI only). */
  precipitationProbability: number | null;
  thunderProbability: number | null;
  /** 0 clear … 1 overcast. */
  cloudCover: number | null;
  sky: Sky | null;
}

export type PrecipitationType = 'none' | 'drizzle' | 'rain' | 'sleet' | 'snow' | 'hail' | 'freezing-rain';
export type Sky = 'clear' | 'partly-cloudy' | 'cloudy' | 'fog' | 'showers' | 'rain' | 'thunder' | 'sleet' | 'snow';

export interface Forecast {
  provider: 'smhi' | 'metno';
  /** The grid point the upstream used (may differ slightly from the configured location). */
  location: { lat: number; lon: number };
  /** When the upstream made the forecast (SMHI referenceTime/approvedTime, MET Norway meta.updated_at). */
  issuedAt: string;
  steps: ForecastStep[];
}

export type WarningLevel = 'message' | 'yellow' | 'orange' | 'red';

export interface WeatherWarning {
  id: string;
  level: WarningLevel;
  event: Localized;
  area: Localized;
  /** County ids (SMHI affectedAreas). */
  counties: number[];
  start: string;
  end: string | null;
  description: Localized;
}

export type MealKind = 'breakfast' | 'lunch' | 'snack' | 'dinner' | 'dessert';

export interface Meal {
  kind: MealKind;
  /** Dishes as the source wrote them (labels and markers kept; skills simplify them for children). */
  dishes: string[];
}

export interface MenuDay {
  /** Calendar date in Europe/Stockholm, "YYYY-MM-DD". */
  date: string;
  /** Set when the source marks the day as a holiday or closed ("Jullov"); meals are then usually empty. */
  holiday: string | null;
  meals: Meal[];
}

export interface Menu {
  provider: 'skolmaten' | 'openmeal' | 'matilda' | 'mashie' | 'manual';
  days: MenuDay[];
}

/** Why an upstream answer could not be used; every adapter reports failures in these terms. */
export type UpstreamProblem =
  | { kind: 'http'; status: number; detail: string }
  | { kind: 'timeout'; afterMs: number }
  | { kind: 'network'; detail: string }
  | { kind: 'too-large'; limitBytes: number }
  | { kind: 'malformed'; detail: string };

export type UpstreamResult<T> = { ok: true; value: T } | { ok: false; problem: UpstreamProblem };
