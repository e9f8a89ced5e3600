/**
 * The day's rest time from the teachers' plan, so the robot speaks quietly when the children actually rest:
 * an activity called vila (vilan, läsvila, sovstund, sova, rest, nap…) lasts from its start to the start of
 * the next activity, or an hour when nothing follows.
 */
import type { ScheduleData } from '../../protocol/preschool-data';
import type { QuietTime } from '../../speech/out/voice-style';

const REST_WORDS = new Set(['vila', 'vilan', 'vilostund', 'sovstund', 'sova', 'sov', 'sömn', 'rest', 'nap', 'naptime']);
const LAST_REST_MINUTES = 60;

const isRest = (what: string) =>
  what
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => REST_WORDS.has(w) || (w.length > 4 && w.endsWith('vila')));

const clock = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function restTimeIn(plan: Pick<ScheduleData, 'activities'>): { from: string; to: string } | undefined {
  const activities = [...plan.activities].filter((a) => /^\d\d:\d\d$/.test(a.time)).sort((a, b) => a.time.localeCompare(b.time));
  const at = activities.findIndex((a) => isRest(a.what));
  if (at < 0) return undefined;
  const from = activities[at]!.time;
  const next = activities.slice(at + 1).find((a) => a.time > from);
  return { from, to: next ? next.time : clock(minutesOf(from) + LAST_REST_MINUTES) };
}

/**
 * The configured quiet times, with the plan's rest time first, said with the first configured span's volume
 * and rate. No configured span means one voice all day: the plan does not change that.
 */
export function quietTimesWithPlan(configured: readonly QuietTime[], plan: Pick<ScheduleData, 'activities'> | undefined): QuietTime[] {
  const rest = plan ? restTimeIn(plan) : undefined;
  const style = configured[0];
  return rest && style ? [{ ...style, ...rest }, ...configured] : [...configured];
}
