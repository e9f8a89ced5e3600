/** The pickup skill's answer: who picks the child up on the day asked about, from the teachers' notes. */
import { daysBetween, localTime, type Reply, type SkillContext } from '../../sdk';
import { askedDate } from '../shared/asked-date';
import { requestData } from '../shared/request-data';
import { asksAboutSelf } from './asked-about-self';
import { namesAnotherChild } from './names-another';
import { ASK_NAME, PICKUP_UNKNOWN } from './replies';
import { sayPickup } from './say-pickup';

export async function answerPickup(ctx: SkillContext): Promise<Reply> {
  const today = localTime(ctx.now, ctx.timeZone).date;
  const date = askedDate(ctx.slots, today);
  // Notes are for today and the days ahead; a day gone by is not worth asking a name for.
  if (daysBetween(today, date) < 0) return PICKUP_UNKNOWN;
  const child = ctx.slots.child;
  if (child === undefined) return namesAnotherChild(ctx.text) ? PICKUP_UNKNOWN : ASK_NAME;
  // "unknown" means nothing was entered or the robot may not tell; the answer is the same either way.
  const pickup = await requestData(ctx, 'pickup', { child, date });
  if (!pickup || pickup.kind === 'unknown') return PICKUP_UNKNOWN;
  const { who, time } = pickup;
  return {
    speech: sayPickup({ today, date, who, child: pickup.child, time, aboutSelf: asksAboutSelf(ctx.text) }),
    expression: 'happy',
  };
}
