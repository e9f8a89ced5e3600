/** A real snow1g answer (pysmhi's recorded tests/data.json): dry symbols with small amounts are not rain. */
import fs from 'node:fs';
import path from 'node:path';
import { parseSmhiForecast } from '../../../bridge/adapters/weather/smhi';
import { fallOf } from '../../../skills/builtin/shared/forecast-steps';

const FIXTURE = path.resolve(__dirname, '../../fixtures/real/smhi/pysmhi-snow1g-2026-04-02.json');
const answer = (): { timeSeries: Array<{ time: string; data: Record<string, number> }> } => JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));

function forecast(json: unknown) {
  const parsed = parseSmhiForecast(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.value;
}

describe('a real snow1g answer', () => {
  it('parses every step', () => {
    expect(forecast(answer()).steps).toHaveLength(83);
  });

  it('tells rain only where SMHI symbol or probability says so: 22 of the 47 steps with an amount', () => {
    const steps = forecast(answer()).steps;
    const withAmount = steps.filter((s) => (s.precipitationMm ?? 0) > 0);
    expect(withAmount).toHaveLength(47);
    expect(withAmount.filter((s) => fallOf(s) !== undefined)).toHaveLength(22);
    const monday = steps.filter((s) => s.end.startsWith('2026-04-06'));
    expect(monday.map((s) => s.precipitationMm)).toEqual([0.2, 0.2, 0.2, 0.2]);
    expect(monday.map(fallOf)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('still rains under a rain symbol with a high probability', () => {
    const step = forecast(answer()).steps.find((s) => s.end === '2026-04-03T08:00:00.000Z' || s.end === '2026-04-03T08:00:00Z');
    expect(step && fallOf(step)).toBe('rain');
  });

  it('skips a missing key in one step, not the forecast', () => {
    const json = answer();
    delete json.timeSeries[3]!.data.air_temperature;
    delete json.timeSeries[4]!.data.symbol_code;
    const steps = forecast(json).steps;
    expect(steps).toHaveLength(83);
    expect(steps[3]!.temperature).toBeNull();
    expect(steps[4]!.sky).toBeNull();
    expect(steps[5]!.temperature).toBe(9.1);
  });

  it('reads wet snow (type 6) as sleet', () => {
    const step = forecast(answer()).steps.find((s) => s.end.startsWith('2026-04-06T00'));
    expect(step?.precipitationType).toBe('sleet');
  });
});
