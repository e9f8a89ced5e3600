/** The weather skill's answer: the forecast asked about, and the most severe warning in force. */
import { type Localized, type Reply, type SkillContext } from '../../sdk';
import { requestData } from '../shared/request-data';
import { weatherQuestion } from './asked-weather';
import { describeWarning } from './phrasing/describe-warning';
import { DAYTIME } from './phrasing/describe-weather';
import { BEYOND_FORECAST, NO_FORECAST, PAST_WEATHER } from './replies';
import { tellForecast } from './tell-forecast';
import { addCalendarDays, localTime } from '../../sdk';
import { localSpan, type TimeSpan } from '../shared/forecast-steps';
import { mostSevereDuring } from './warning-in-force';
import type { WeatherQuestion } from './asked-weather';

/** The time a question is about, for which warnings count: the rest of today, or the whole day asked about. */
function spanAsked(question: WeatherQuestion, now: Date, timeZone: string): TimeSpan | undefined {
  if (question.kind === 'past') return undefined;
  const today = localTime(now, timeZone).date;
  // Another day: the hours children are awake and might be out, as the forecast for that day is told.
  if (question.kind === 'day') return localSpan(question.date, DAYTIME, timeZone);
  return { start: now, end: localSpan(addCalendarDays(today, 1), { from: 0, to: 1 }, timeZone).start };
}

/** A missing or broken warnings source only means no warning is told. */
async function warningToTell(ctx: SkillContext, question: WeatherQuestion): Promise<Localized | undefined> {
  const span = spanAsked(question, ctx.now, ctx.timeZone);
  if (!span) return undefined;
  const data = await requestData(ctx, 'warnings');
  const warning = data && mostSevereDuring(data.warnings, span);
  return warning && describeWarning(warning, ctx.now, ctx.timeZone, question.kind === 'day' ? question.date : undefined);
}

function withWarning(reply: Reply, warning: Localized | undefined): Reply {
  if (!warning) return reply;
  return {
    speech: { sv: `${reply.speech.sv} ${warning.sv}`, en: `${reply.speech.en} ${warning.en}` },
    expression: reply.expression === 'happy' ? 'neutral' : reply.expression,
  };
}

export async function answerWeather(ctx: SkillContext): Promise<Reply> {
  const question = weatherQuestion(ctx.slots, ctx.now, ctx.timeZone);
  if (question.kind === 'past') return PAST_WEATHER;
  const [weather, warning] = await Promise.all([requestData(ctx, 'weather'), warningToTell(ctx, question)]);
  if (!weather) return withWarning(NO_FORECAST, warning);
  const told = tellForecast(weather, question, ctx.now, ctx.timeZone);
  if (told) return withWarning(told, warning);
  // A forecast that has today but not the day asked about simply does not reach that far.
  return question.kind === 'day' ? BEYOND_FORECAST : withWarning(NO_FORECAST, warning);
}
