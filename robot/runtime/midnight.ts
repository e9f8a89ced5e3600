/**
 * Runs a job just after every local midnight, on a timer, whether or not anyone asks the robot anything:
 * yesterday's pick-ups and children's alerts must be gone when the new day starts, not at the first question.
 */
import { addCalendarDays, localTime, parseLocalDateTime } from '../../core/calendar';
import type { Clock } from '../../core/clock';

/** A little after midnight, so the new local date is certain. */
const AFTER_MIDNIGHT_MS = 1000;
/** Checked at least this often, so a clock set forward (or a sleeping machine) is caught up with. */
const LONGEST_WAIT_MS = 60 * 60 * 1000;

export interface Recurring {
  stop(): void;
}

export function msUntilNextMidnight(clock: Clock, timeZone: string): number {
  const now = clock.now();
  const tomorrow = addCalendarDays(localTime(now, timeZone).date, 1);
  return parseLocalDateTime(`${tomorrow}T00:00`, timeZone).getTime() - now.getTime() + AFTER_MIDNIGHT_MS;
}

export function everyLocalMidnight(clock: Clock, timeZone: string, run: () => void): Recurring {
  let timer: NodeJS.Timeout | undefined;
  let day = localTime(clock.now(), timeZone).date;
  const schedule = (): void => {
    timer = setTimeout(() => {
      const today = localTime(clock.now(), timeZone).date;
      if (today !== day) {
        day = today;
        run();
      }
      schedule();
    }, Math.min(LONGEST_WAIT_MS, Math.max(0, msUntilNextMidnight(clock, timeZone))));
    timer.unref();
  };
  schedule();
  return { stop: () => clearTimeout(timer) };
}
