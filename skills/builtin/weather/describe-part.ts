/** A part of today in one sentence: "I eftermiddag blir det lite regn och åtta grader." */
import type { ForecastStep } from '../../../protocol/payloads';
import type { CalendarDate, Localized } from '../../sdk';
import type { PartOfToday } from './asked-weather';
import { dayOutlook, outlookWords } from './phrasing/describe-weather';
import { WIND_WORDS } from './phrasing/weather-words';

export function describePart(steps: readonly ForecastStep[], date: CalendarDate, part: PartOfToday, timeZone: string): Localized | undefined {
  const outlook = dayOutlook(steps, date, timeZone, part.hours);
  if (!outlook) return undefined;
  const words = outlookWords(outlook);
  const sv = `${part.name.sv} blir det ${words.sv}.`;
  const en = `${part.name.en} it will be ${words.en}.`;
  if (outlook.wind === 'calm') return { sv, en };
  const wind = WIND_WORDS[outlook.wind];
  return { sv: `${sv} Det blir ${wind.sv} också.`, en: `${en} It will be ${wind.en} too.` };
}
