/** The face that goes with a forecast. */
import type { ForecastStep } from '../../../protocol/payloads';
import type { Expression } from '../../sdk';
import { fallOf, hasThunder, isSunny } from '../shared/forecast-steps';

/** Twenty degrees is the original Laiban's "hot": a day for shorts, whatever the sky. */
const WARM = 20;

/** Happy for dry weather that is sunny at least half the time or warm; neutral for the rest. */
export function weatherExpression(steps: readonly ForecastStep[]): Expression {
  if (steps.length === 0 || steps.some((s) => fallOf(s) !== undefined || hasThunder(s))) return 'neutral';
  const sunny = steps.filter(isSunny).length * 2 >= steps.length;
  const warm = steps.some((s) => s.temperature !== null && s.temperature >= WARM);
  return sunny || warm ? 'happy' : 'neutral';
}
