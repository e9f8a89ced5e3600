/** The informal clock, as Swedish and English speakers say it: "fem i halv tio", "twenty-five past nine". */
import type { Localized } from '../../sdk';
import type { ClockTime } from './clock-time';

const HOURS_SV = ['tolv', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva'];
const HOURS_EN = ['twelve', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];

function hourWord(hour: number): Localized {
  const twelveHour = ((hour % 12) + 12) % 12;
  return { sv: HOURS_SV[twelveHour] ?? '', en: HOURS_EN[twelveHour] ?? '' };
}

/** `five` is a multiple of five, 0–55. Swedish counts to the next hour from 25 ("fem i halv tio"), English from 35. */
function onTheFive(hour: number, five: number): Localized {
  const h = hourWord(hour);
  const next = hourWord(hour + 1);
  const phrases: Record<number, Localized> = {
    0: { sv: `prick ${h.sv}`, en: `${h.en} o'clock` },
    5: { sv: `fem över ${h.sv}`, en: `five past ${h.en}` },
    10: { sv: `tio över ${h.sv}`, en: `ten past ${h.en}` },
    15: { sv: `kvart över ${h.sv}`, en: `quarter past ${h.en}` },
    20: { sv: `tjugo över ${h.sv}`, en: `twenty past ${h.en}` },
    25: { sv: `fem i halv ${next.sv}`, en: `twenty-five past ${h.en}` },
    30: { sv: `halv ${next.sv}`, en: `half past ${h.en}` },
    35: { sv: `fem över halv ${next.sv}`, en: `twenty-five to ${next.en}` },
    40: { sv: `tjugo i ${next.sv}`, en: `twenty to ${next.en}` },
    45: { sv: `kvart i ${next.sv}`, en: `quarter to ${next.en}` },
    50: { sv: `tio i ${next.sv}`, en: `ten to ${next.en}` },
    55: { sv: `fem i ${next.sv}`, en: `five to ${next.en}` },
  };
  const phrase = phrases[five];
  if (!phrase) throw new Error(`${five} is not a five-minute mark`);
  return phrase;
}

/**
 * The time now: "tjugo i tio", "prick nio" / "twenty to ten", "nine o'clock". Between the fives: one or two
 * minutes after a five is "lite över" / "just after" it, three or four before the next is "snart" / "almost" that one.
 */
export function clockWords(hour: number, minute: number): Localized {
  const pastFive = minute % 5;
  if (pastFive === 0) return onTheFive(hour, minute);
  if (pastFive <= 2) {
    const before = onTheFive(hour, minute - pastFive);
    const sv = minute - pastFive === 0 ? hourWord(hour).sv : before.sv;
    return { sv: `lite över ${sv}`, en: `just after ${before.en}` };
  }
  const nextFive = minute - pastFive + 5;
  const after = nextFive === 60 ? onTheFive(hour + 1, 0) : onTheFive(hour, nextFive);
  const sv = nextFive === 60 ? hourWord(hour + 1).sv : after.sv;
  return { sv: `snart ${sv}`, en: `almost ${after.en}` };
}

/**
 * A planned time, said after "klockan" / "at": "fyra", "halv fyra" / "four o'clock", "half past three".
 * "Prick" is for the time now; a plan's "klockan fyra" goes without it.
 */
export function plannedClockWords({ hour, minute }: ClockTime): Localized {
  const words = clockWords(hour, minute);
  return { sv: words.sv.replace(/^prick /, ''), en: words.en };
}
