/**
 * Loudness and speed by the time of day: at rest time (vila) the robot speaks quieter and slower. The
 * times are the preschool's local clock times; a span may run past midnight ("21:00"–"06:30").
 */
import type { VoiceStyle } from './types';

export interface QuietTime {
  /** "HH:MM", local time; the span includes `from` and ends just before `to`. */
  from: string;
  to: string;
  volume: number;
  rate: number;
}

export interface StyleSettings {
  volume: number;
  rate: number;
  quietTimes: readonly QuietTime[];
}

export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** The style at a local clock time ("HH:MM"): the first quiet time that holds it, else the normal voice. */
export function styleAt(clock: string, settings: StyleSettings): VoiceStyle {
  if (!CLOCK_TIME.test(clock)) throw new Error(`styleAt: "${clock}" is not a clock time HH:MM`);
  const now = minutes(clock);
  for (const quiet of settings.quietTimes) {
    const from = minutes(quiet.from);
    const to = minutes(quiet.to);
    const inside = from <= to ? now >= from && now < to : now >= from || now < to;
    if (inside) return { volume: quiet.volume, rate: quiet.rate };
  }
  return { volume: settings.volume, rate: settings.rate };
}
