import { feelsLike, heatIndex, windChill } from '../advice/feels-like';

describe('wind chill (JAG/TI)', () => {
  it.each([
    // Environment Canada's wind chill table (whole degrees): air °C, wind km/h, index.
    [0, 20, -5],
    [-10, 40, -21],
    [5, 30, 0],
    [-20, 10, -27],
  ])('at %d °C and %d km/h feels like %d °C, as in the published table', (celsius, kmh, expected) => {
    expect(windChill(celsius, kmh / 3.6)).toBeCloseTo(expected, 0);
  });

  it('leaves temperatures above 10 °C alone, however hard it blows', () => {
    expect(windChill(10.5, 15)).toBe(10.5);
    expect(windChill(10, 15)).toBeLessThan(10);
  });

  it('needs more than 1.3 m/s of wind', () => {
    expect(windChill(0, 1.3)).toBe(0);
    expect(windChill(0, 1.4)).toBeLessThan(0);
  });
});

describe('heat index', () => {
  it('matches the NWS table: 30 °C at 70 % feels like 35 °C', () => {
    expect(heatIndex(30, 70)).toBeCloseTo(35, 0);
  });

  it('applies only from 27 °C and 40 % humidity', () => {
    expect(heatIndex(26.9, 90)).toBe(26.9);
    expect(heatIndex(32, 39)).toBe(32);
    expect(heatIndex(32, 60)).toBeGreaterThan(32);
  });
});

describe('feelsLike', () => {
  it('uses wind chill when cold, the heat index when hot and humid, and the air temperature in between', () => {
    expect(feelsLike(0, 20 / 3.6, 90)).toBeCloseTo(-5.2, 0);
    expect(feelsLike(30, 5, 70)).toBeCloseTo(35, 0);
    expect(feelsLike(15, 12, 95)).toBe(15);
  });

  it('falls back to the air temperature when wind or humidity is unknown', () => {
    expect(feelsLike(0, null, 90)).toBe(0);
    expect(feelsLike(30, 3, null)).toBe(30);
  });
});
