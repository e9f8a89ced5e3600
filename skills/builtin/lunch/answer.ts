/** The lunch skill's answer: what we eat on the day asked about, or why there is nothing to tell. */
import { dishesOn, menuDay } from '../../../protocol/menu';
import { type CalendarDate, isDayOff, type LunchData, localTime, type Localized, type Reply, type SkillContext } from '../../sdk';
import { answerLunchFeedback } from '../lunch_feedback/answer';
import { askedDate } from '../shared/asked-date';
import { requestData } from '../shared/request-data';
import { NO_MENU } from './replies';
import { type AskedMeal, isAskedMeal, MEALS, sayMeal, sayOnlyLunch } from './say-meal';
import { sayClosed, sayUnknownMenu } from './say-no-meal';

/** Menus are made weeks ahead, so an old one is still right for most days; after a week it may have changed. */
const OLD_MENU_DAYS = 7;
const OLD_MENU: Localized = { sv: 'Min matsedel är lite gammal.', en: 'My menu is a bit old.' };

interface Asked {
  today: CalendarDate;
  hour: number;
  date: CalendarDate;
  meal: AskedMeal;
  now: Date;
}

function food(speech: Localized, lunch: LunchData, now: Date): Reply {
  const old = now.getTime() - Date.parse(lunch.fetchedAt) > OLD_MENU_DAYS * 86_400_000;
  return { speech: old ? { sv: `${OLD_MENU.sv} ${speech.sv}`, en: `${OLD_MENU.en} ${speech.en}` } : speech, expression: 'happy' };
}

/** The meal asked about if the menu has it; otherwise the lunch, saying that the other meal is not known. */
function tellMenu(lunch: LunchData, { today, hour, date, meal, now }: Asked): Reply {
  const dishes = dishesOn(lunch.menu, date, meal);
  if (dishes.length > 0) return food(sayMeal({ today, hour, date, meal, dishes, nameMeal: meal !== 'lunch' }), lunch, now);
  const lunchDishes = meal === 'lunch' ? [] : dishesOn(lunch.menu, date, 'lunch');
  if (lunchDishes.length > 0) {
    return food(sayOnlyLunch(meal, sayMeal({ today, hour, date, meal: 'lunch', dishes: lunchDishes, nameMeal: true })), lunch, now);
  }
  // A day the source marks as a holiday or closed ("Stängt – studiedag") without food.
  if (menuDay(lunch.menu, date)?.holiday) return { speech: sayClosed(today, date), expression: 'neutral' };
  return { speech: sayUnknownMenu(today, date), expression: 'thinking' };
}

/** After today's lunch the robot asks what the child thought; the answer comes back here in the rating slot. */
const ASK_ABOUT_FOOD = { question: { sv: 'Vad tyckte du om maten?', en: 'What did you think of the food?' }, slot: 'rating' as const };

export async function answerLunch(ctx: SkillContext): Promise<Reply> {
  if (ctx.slots.rating !== undefined) return answerLunchFeedback(ctx);
  const reply = await tellLunch(ctx);
  const { date: today, hour } = localTime(ctx.now, ctx.timeZone);
  const eatenToday = askedDate(ctx.slots, today) === today && hour >= MEALS.lunch.eatenBy && hour < 18;
  return eatenToday && reply.expression === 'happy' && !isAskedMeal(ctx.slots.meal) ? { ...reply, followUp: ASK_ABOUT_FOOD } : reply;
}

async function tellLunch(ctx: SkillContext): Promise<Reply> {
  const { date: today, hour } = localTime(ctx.now, ctx.timeZone);
  const date = askedDate(ctx.slots, today);
  // Weekends and red days need no menu.
  if (isDayOff(date)) return { speech: sayClosed(today, date), expression: 'neutral' };
  const lunch = await requestData(ctx, 'lunch', { from: date, to: date });
  if (!lunch) return NO_MENU;
  const meal = isAskedMeal(ctx.slots.meal) ? ctx.slots.meal : 'lunch';
  return tellMenu(lunch, { today, hour, date, meal, now: ctx.now });
}
