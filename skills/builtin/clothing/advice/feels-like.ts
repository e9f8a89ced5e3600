/**
 * "Feels like" temperature, as the original Laiban computed it (helsingborg-stad's Weather package):
 * wind chill when it is cold and windy, heat index when it is hot and humid, otherwise the air temperature.
 */

/**
 * Wind chill index of JAG/TI (Joint Action Group for Temperature Indices, 2001; Environment Canada,
 * Osczevski & Bluestein 2005), the one SMHI uses for "vindens kyleffekt":
 *   WCI = 13.12 + 0.6215·T − 11.37·V^0.16 + 0.3965·T·V^0.16, T in °C, V in km/h at 10 m.
 * Defined for T ≤ 10 °C and V ≥ 4.8 km/h (1.3 m/s); outside that the air temperature stands.
 */
export function windChill(celsius: number, windMs: number): number {
  if (celsius > 10 || windMs <= 1.3) return celsius;
  const v = Math.pow(windMs * 3.6, 0.16);
  const chill = 13.12 + 0.6215 * celsius - 11.37 * v + 0.3965 * celsius * v;
  return Math.min(celsius, chill);
}

/**
 * Heat index: the Rothfusz regression used by the US National Weather Service, in its Celsius form,
 * applied where it holds (T ≥ 27 °C, relative humidity ≥ 40 %). It only ever raises a temperature that is
 * already "hot" for the clothing classes, so it never changes the advice; it keeps "feels like" honest.
 */
export function heatIndex(celsius: number, humidityPercent: number): number {
  if (celsius < 27 || humidityPercent < 40) return celsius;
  const t = celsius;
  const r = humidityPercent;
  const index =
    -8.78469475556 +
    1.61139411 * t +
    2.33854883889 * r -
    0.14611605 * t * r -
    0.012308094 * t * t -
    0.0164248277778 * r * r +
    0.002211732 * t * t * r +
    0.00072546 * t * r * r -
    0.000003582 * t * t * r * r;
  return Math.max(celsius, index);
}

/** °C as it feels, from air temperature (°C), wind speed (m/s) and relative humidity (%); null where unknown. */
export function feelsLike(celsius: number, windMs: number | null, humidityPercent: number | null): number {
  if (windMs !== null && celsius <= 10) return windChill(celsius, windMs);
  if (humidityPercent !== null && celsius >= 27) return heatIndex(celsius, humidityPercent);
  return celsius;
}
