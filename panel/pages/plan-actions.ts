/** What the forms on /dagen do: the suggested day, activities of a weekday or of one date, and messages for a date (today or later). */
import { SCHOOL_WEEKDAYS, today } from '../dates';
import { dateField, idField, textField, timeField, weekdayField } from '../form-values';
import { redirectWith, type Reply, type RequestContext } from '../http/context';

export const ACTIVITY_MAX = 100;
export const MESSAGE_MAX = 300;
const PAGE = '/dagen';

/** The time and the words of an activity from the form, or the page's answer saying what is wrong. */
function activityFields(ctx: RequestContext): { time: string; what: string } | { refused: Reply } {
  const time = timeField(ctx.form, 'time');
  if (time.kind === 'invalid' || time.value === null) return { refused: redirectWith(ctx, PAGE, 'error', 'bad_time') };
  const what = textField(ctx.form, 'what');
  if (what === '') return { refused: redirectWith(ctx, PAGE, 'error', 'activity_missing') };
  if (what.length > ACTIVITY_MAX) return { refused: redirectWith(ctx, PAGE, 'error', 'too_long') };
  return { time: time.value, what };
}

export function addActivity(ctx: RequestContext): Reply {
  const weekday = weekdayField(ctx.form, 'weekday');
  if (weekday === undefined) return redirectWith(ctx, PAGE, 'error', 'not_found_item');
  const activity = activityFields(ctx);
  if ('refused' in activity) return activity.refused;
  ctx.deps.store.addActivity(weekday, activity.time, activity.what);
  return redirectWith(ctx, PAGE, 'ok', 'saved');
}

export function removeActivity(ctx: RequestContext): Reply {
  const id = idField(ctx.form, 'id');
  const known = SCHOOL_WEEKDAYS.some((d) => ctx.deps.store.plan(d).some((a) => a.id === id));
  if (id === undefined || !known) return redirectWith(ctx, PAGE, 'error', 'not_found_item');
  ctx.deps.store.removeActivity(id);
  return redirectWith(ctx, PAGE, 'ok', 'removed');
}

/** The suggested usual day: taken (every weekday gets it, to edit) or declined; either way it is not offered again. */
export function answerSuggestion(ctx: RequestContext): Reply {
  const answer = ctx.form.get('answer');
  if (answer !== 'take' && answer !== 'decline') return redirectWith(ctx, PAGE, 'error', 'not_found_item');
  ctx.deps.store.answerSuggestedDay(answer === 'take');
  return redirectWith(ctx, PAGE, 'ok', answer === 'take' ? 'suggestion_taken' : 'saved');
}

/** An activity on one date's own plan (today or later). */
export function addDateActivity(ctx: RequestContext): Reply {
  const date = dateField(ctx.form, 'date');
  if (date === undefined) return redirectWith(ctx, PAGE, 'error', 'bad_date');
  if (date < today(ctx.deps).date) return redirectWith(ctx, PAGE, 'error', 'date_passed');
  const activity = activityFields(ctx);
  if ('refused' in activity) return activity.refused;
  ctx.deps.store.addDateActivity(date, activity.time, activity.what);
  return redirectWith(ctx, PAGE, 'ok', 'saved');
}

export function removeDateActivity(ctx: RequestContext): Reply {
  const id = idField(ctx.form, 'id');
  if (id === undefined || !ctx.deps.store.removeDateActivity(id)) return redirectWith(ctx, PAGE, 'error', 'not_found_item');
  return redirectWith(ctx, PAGE, 'ok', 'removed');
}

export function addMessage(ctx: RequestContext): Reply {
  const date = dateField(ctx.form, 'date');
  if (date === undefined) return redirectWith(ctx, PAGE, 'error', 'bad_date');
  if (date < today(ctx.deps).date) return redirectWith(ctx, PAGE, 'error', 'date_passed');
  const text = textField(ctx.form, 'text');
  if (text === '') return redirectWith(ctx, PAGE, 'error', 'message_missing');
  if (text.length > MESSAGE_MAX) return redirectWith(ctx, PAGE, 'error', 'too_long');
  ctx.deps.store.addMessage(date, text);
  return redirectWith(ctx, PAGE, 'ok', 'saved');
}

/** Messages are removed by id; the store forgets past days' messages on its own. */
export function removeMessage(ctx: RequestContext): Reply {
  const id = idField(ctx.form, 'id');
  if (id === undefined) return redirectWith(ctx, PAGE, 'error', 'not_found_item');
  ctx.deps.store.removeMessage(id);
  return redirectWith(ctx, PAGE, 'ok', 'removed');
}
