/**
 * A child's word on the food, counted for the day and its lunch (never for the child): "Tack, det ska vi
 * berätta för kocken!". Without a rating in what was said, the robot asks "Vad tyckte du om maten?".
 */
import { dishesOn } from '../../../protocol/menu';
import { type Localized, localTime, type LunchRating, type Reply, type SkillContext } from '../../sdk';
import { requestData } from '../shared/request-data';

const RATINGS: readonly LunchRating[] = ['good', 'okay', 'bad'];
const isRating = (value: string | undefined): value is LunchRating => RATINGS.includes(value as LunchRating);

export const ASK_RATING: Reply = {
  speech: { sv: 'Vad roligt att du vill berätta!', en: "I'm glad you want to tell me!" },
  expression: 'happy',
  followUp: { question: { sv: 'Vad tyckte du om maten? Var den god, sådär eller inte god?', en: 'What did you think of the food? Was it good, okay or not good?' }, slot: 'rating' },
};

const TELL_COOK: Localized = { sv: 'Tack, det ska vi berätta för kocken!', en: "Thank you, we'll tell the cook!" };

const THANKS: Record<LunchRating, Localized> = {
  good: { sv: `Vad roligt! ${TELL_COOK.sv}`, en: `How nice! ${TELL_COOK.en}` },
  okay: TELL_COOK,
  bad: { sv: `Vad synd. ${TELL_COOK.sv}`, en: `Oh, what a pity. ${TELL_COOK.en}` },
};

const NOT_COUNTED: Reply = {
  speech: { sv: 'Tack för att du berättar! Säg det till en fröken också.', en: 'Thank you for telling me! Tell a teacher too.' },
  expression: 'happy',
};

export async function answerLunchFeedback(ctx: SkillContext): Promise<Reply> {
  const rating = ctx.slots.rating;
  if (!isRating(rating)) return ASK_RATING;
  const today = localTime(ctx.now, ctx.timeZone).date;
  const lunch = await requestData(ctx, 'lunch', { from: today, to: today });
  const dish = lunch ? dishesOn(lunch.menu, today, 'lunch').join(' · ') : '';
  const counted = await requestData(ctx, 'lunch_feedback', { date: today, dish, rating });
  if (!counted) return NOT_COUNTED;
  return { speech: THANKS[rating], expression: rating === 'bad' ? 'neutral' : 'happy' };
}
