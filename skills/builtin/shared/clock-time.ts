/** Times of day as the teachers' data gives them: "HH:MM", 24-hour. */

export interface ClockTime {
  hour: number;
  minute: number;
}

/** "15:30" → { hour: 15, minute: 30 }; the data source has already checked the format. */
export function readClockTime(time: string): ClockTime {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return { hour, minute };
}

/** Minutes since midnight, for comparing times of the same day. */
export function minuteOfDay({ hour, minute }: ClockTime): number {
  return hour * 60 + minute;
}
