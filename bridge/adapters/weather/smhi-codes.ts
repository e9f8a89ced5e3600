/** SMHI's numeric codes (snow1g and the old pmp3g) in the bridge's words. */
import type { PrecipitationType, Sky } from '../../types';

/** SMHI's in-band "no value" for every parameter. */
export const SMHI_MISSING = 9999;

export function smhiValue(value: number | null | undefined): number | null {
  return value === null || value === undefined || value === SMHI_MISSING ? null : value;
}

/** symbol_code (snow1g) and Wsymb2 (pmp3g) share one table, 1–27. */
export function skyFromSmhiSymbol(code: number | null): Sky | null {
  if (code === null) return null;
  if (code === 1 || code === 2) return 'clear'; // clear, nearly clear
  if (code === 3 || code === 4) return 'partly-cloudy'; // variable cloudiness, half-clear
  if (code === 5 || code === 6) return 'cloudy'; // cloudy, overcast
  if (code === 7) return 'fog';
  if (code >= 8 && code <= 10) return 'showers'; // rain showers
  if (code === 11 || code === 21) return 'thunder';
  if ((code >= 12 && code <= 14) || (code >= 22 && code <= 24)) return 'sleet';
  if ((code >= 15 && code <= 17) || (code >= 25 && code <= 27)) return 'snow';
  if (code >= 18 && code <= 20) return 'rain';
  return null;
}

const SLEET_SYMBOLS = new Set([12, 13, 14, 22, 23, 24]);

const WMO_4_201: Record<number, PrecipitationType> = {
  0: 'none',
  1: 'rain',
  3: 'freezing-rain',
  4: 'sleet', // mixed / ice
  5: 'snow',
  6: 'sleet', // wet snow: children see and feel it as sleet (snöblandat regn)
  7: 'sleet', // rain and snow
  8: 'hail', // ice pellets
  9: 'hail', // graupel
  10: 'hail',
  11: 'drizzle',
  12: 'freezing-rain', // freezing drizzle
};

export interface SmhiPrecipitationCodes {
  /** predominant_precipitation_type_at_surface, 9999 already turned into null. */
  predominantType: number | null;
  /** precipitation_frozen_part in %, -9 when nothing falls. */
  frozenPart: number | null;
  symbol: number | null;
}

/**
 * snow1g's precipitation type. Code 2 is WMO's "thunderstorm", but a community client reads it as sleet, so it
 * is settled by the step's own symbol and frozen part. Without a usable code, the frozen part decides.
 */
export function precipitationTypeFromSnow1g({ predominantType, frozenPart, symbol }: SmhiPrecipitationCodes): PrecipitationType | null {
  if (predominantType === 2) {
    const mixed = frozenPart !== null && frozenPart > 0 && frozenPart < 100;
    return mixed || (symbol !== null && SLEET_SYMBOLS.has(symbol)) ? 'sleet' : 'rain';
  }
  const fromCode = predominantType === null ? undefined : WMO_4_201[predominantType];
  if (fromCode) return fromCode;
  if (frozenPart === -9) return 'none';
  if (frozenPart === null || frozenPart < 0 || frozenPart > 100) return null;
  if (frozenPart === 0) return 'rain';
  return frozenPart === 100 ? 'snow' : 'sleet';
}

const PCAT: Record<number, PrecipitationType> = {
  0: 'none',
  1: 'snow',
  2: 'sleet', // snow and rain
  3: 'rain',
  4: 'drizzle',
  5: 'freezing-rain',
  6: 'freezing-rain', // freezing drizzle
};

/** pmp3g's `pcat`. */
export function precipitationTypeFromPcat(code: number | null): PrecipitationType | null {
  return code === null ? null : (PCAT[code] ?? null);
}

/** Cloud cover in octas (0–8) as 0 clear … 1 overcast. */
export function cloudCoverFromOctas(octas: number | null): number | null {
  if (octas === null || octas < 0) return null;
  return Math.min(octas, 8) / 8;
}
