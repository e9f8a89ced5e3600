import type { CalendarDate } from '../../skills/sdk/calendar';
import type { SlotKind } from '../../skills/sdk/types';
import { extractDate } from './slots/date';

export interface SlotMatch {
  value: string;
  /** The words of the utterance that named the value. */
  matched: string;
}

export interface SlotContext {
  today: CalendarDate;
}

export type SlotFiller = (normalized: string, ctx: SlotContext) => SlotMatch | undefined;

/** Slot kinds without a filler yet (child, meal, timeOfDay) arrive with the issues that need them. */
export const slotFillers: Partial<Record<SlotKind, SlotFiller>> = {
  date: (normalized, ctx) => {
    const found = extractDate(normalized, ctx.today);
    return found && { value: found.date, matched: found.matched };
  },
};
