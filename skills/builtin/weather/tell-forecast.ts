/** The forecast told for a question: in the present tense while fresh, with its age once it is old. */
import type { ForecastStep } from '../../../protocol/payloads';
import { type Localized, localTime, type Reply, type WeatherData } from '../../sdk';
import { localSpan, stepAt, stepsIn } from '../shared/forecast-steps';
import { askedSpan, type WeatherQuestion } from './asked-weather';
import { describePart } from './describe-part';
import { weatherExpression } from './expression';
import { dayOutlook, describeDay, describeLaterToday, describeNow, outlookWords } from './phrasing/describe-weather';
import { describeStale } from './phrasing/stale';

type ForecastQuestion = Exclude<WeatherQuestion, { kind: 'past' }>;

function presentTense(question: ForecastQuestion, steps: readonly ForecastStep[], now: Date, timeZone: string): Localized | undefined {
  const today = localTime(now, timeZone).date;
  switch (question.kind) {
    case 'today': {
      const current = describeNow(steps, now);
      if (!current) return describeDay(steps, now, today, timeZone);
      const later = question.later ? describeLaterToday(steps, now, timeZone) : undefined;
      return later ? { sv: `${current.sv} ${later.sv}`, en: `${current.en} ${later.en}` } : current;
    }
    case 'part':
      return describePart(steps, today, question.part, timeZone);
    case 'day':
      return describeDay(steps, now, question.date, timeZone);
  }
}

/** Undefined when the forecast does not reach the day or hours asked about. */
export function tellForecast(weather: WeatherData, question: ForecastQuestion, now: Date, timeZone: string): Reply | undefined {
  const { steps } = weather.forecast;
  const span = askedSpan(question, now, timeZone);
  const outlook = dayOutlook(steps, span.date, timeZone, span.hours);
  if (outlook) {
    const words = outlookWords(outlook);
    const stale = describeStale({
      newestAt: new Date(weather.fetchedAt),
      now,
      outlook: { sv: `${words.sv} ${span.when.sv}`, en: `${words.en} ${span.when.en}` },
      timeZone,
    });
    if (stale) return { speech: stale, expression: 'neutral' };
  }
  const speech = presentTense(question, steps, now, timeZone);
  if (!speech) return undefined;
  const current = question.kind === 'today' && !question.later ? stepAt(steps, now) : undefined;
  const told = current ? [current] : stepsIn(steps, localSpan(span.date, span.hours, timeZone));
  return { speech, expression: weatherExpression(told) };
}
