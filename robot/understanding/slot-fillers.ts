import type { CalendarDate } from '../../core/calendar';
import type { SlotKind } from '../../skills/sdk/types';
import { extractChild } from './slots/child';
import { extractDate } from './slots/date';
import { extractMeal } from './slots/meal';
import { extractRating } from './slots/rating';
import { extractTimeOfDay } from './slots/time-of-day';

export type { SlotMatch } from './slots/phrases';
import type { SlotMatch } from './slots/phrases';

export interface SlotContext {
  today: CalendarDate;
  /** First names of the children at this preschool, for the child slot. */
  roster: readonly string[];
}

export type SlotFiller = (normalized: string, ctx: SlotContext) => SlotMatch | undefined;

export const slotFillers: Record<SlotKind, SlotFiller> = {
  date: (normalized, ctx) => {
    const found = extractDate(normalized, ctx.today);
    return found && { value: found.date, matched: found.matched };
  },
  child: (normalized, ctx) => {
    const found = extractChild(normalized, ctx.roster);
    return found && { value: found.name, matched: found.matched };
  },
  meal: (normalized) => extractMeal(normalized),
  timeOfDay: (normalized) => extractTimeOfDay(normalized),
  rating: (normalized) => extractRating(normalized),
};
