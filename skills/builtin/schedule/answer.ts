/** The schedule skill's answer from the teachers' plan: the day's plan, when an activity is, what comes after one, or whether we do one. */
import { type Activity, daysBetween, isDayOff, localTime, type Reply, type ScheduleData, type SkillContext } from '../../sdk';
import { askedDate } from '../shared/asked-date';
import { requestData } from '../shared/request-data';
import { type ScheduleQuestion, scheduleQuestion } from './asked-schedule';
import { findActivities, findAskedFor } from './find-activities';
import { isToday, type PlanDay, startOf, stillAhead } from './plan-day';
import { NO_SCHEDULE, NOT_IN_PLAN, NOT_PLANNED, PAST_DAY } from './replies';
import { sayAfter } from './say-after';
import { sayDay } from './say-day';
import { sayClosed, sayNoPlan } from './say-no-plan';
import { sayWhen } from './say-when';
import { sayYes } from './say-yes';
import { messageParts } from './teacher-messages';

/** An activity that comes several times a day ("utevistelse") is told at most this many times. */
const MOST_TIMES = 3;

/** The day in parts: the first said at once, the rest (and the teachers' messages) after "Vill du höra mer?". */
function tellDay(plan: ScheduleData, day: PlanDay): Reply {
  const empty = plan.activities.length === 0;
  const [first, ...rest] = [...(empty ? [sayNoPlan(day.today, day.date)] : sayDay(day, plan.activities)), ...messageParts(plan.messages)];
  return { speech: first!, expression: empty ? 'thinking' : 'happy', ...(rest.length ? { more: rest } : {}) };
}

/** The next times of the activities found; when they are done for today, the last time one was (`past`). */
function timesToTell(day: PlanDay, found: readonly Activity[]): { told: readonly Activity[]; past: boolean } {
  const ahead = stillAhead(day, found);
  return ahead.length > 0 ? { told: ahead.slice(0, MOST_TIMES), past: false } : { told: found.slice(-1), past: true };
}

/** When the activity asked about is next, or last was once it is done for today. */
function tellWhen(words: readonly string[], plan: ScheduleData, day: PlanDay): Reply {
  const asked = findActivities(words, plan.activities);
  if (!asked || asked.found.length === 0) return NOT_IN_PLAN;
  const { told, past } = timesToTell(day, asked.found);
  return { speech: sayWhen(asked.kind, told, day, past), expression: 'happy' };
}

/** "Har vi gympa idag?": yes, with when it is (or was); never a no, only that the plan does not say. */
function tellYes(words: readonly string[], plan: ScheduleData, day: PlanDay): Reply {
  const asked = findAskedFor(words, plan.activities);
  if (!asked || asked.found.length === 0) return NOT_PLANNED;
  const { told, past } = timesToTell(day, asked.found);
  return { speech: sayYes(sayWhen(asked.kind, told, day, past), past), expression: 'happy' };
}

function tellAfter(question: Extract<ScheduleQuestion, { kind: 'after' }>, plan: ScheduleData, day: PlanDay): Reply {
  const asked = findActivities(question.words, plan.activities);
  if (!asked || asked.found.length === 0) return NOT_IN_PLAN;
  const anchor = stillAhead(day, asked.found)[0] ?? asked.found[asked.found.length - 1];
  const next = anchor && plan.activities[plan.activities.indexOf(anchor) + 1];
  if (!anchor || !next) return NOT_IN_PLAN;
  const past = isToday(day) && startOf(next) < day.now;
  return { speech: sayAfter({ said: question.said, asked: anchor, next, day, past }), expression: 'happy' };
}

export async function answerSchedule(ctx: SkillContext): Promise<Reply> {
  const { date: today, hour, minute } = localTime(ctx.now, ctx.timeZone);
  const date = askedDate(ctx.slots, today);
  if (daysBetween(today, date) < 0) return PAST_DAY;
  // Weekends and red days need no plan (the data source would give the weekly defaults).
  if (isDayOff(date)) return { speech: sayClosed(today, date), expression: 'neutral' };
  const plan = await requestData(ctx, 'schedule', { date });
  if (!plan) return date === today ? NO_SCHEDULE : { speech: sayNoPlan(today, date), expression: 'thinking' };
  const day: PlanDay = { today, date, now: hour * 60 + minute };
  const question = scheduleQuestion(ctx.text);
  if (question.kind === 'day' || plan.activities.length === 0) return tellDay(plan, day);
  if (question.kind === 'yesNo') return tellYes(question.words, plan, day);
  return question.kind === 'when' ? tellWhen(question.words, plan, day) : tellAfter(question, plan, day);
}
