/**
 * The original Laiban's clothing rules (helsingborg-stad/spm-laiban, Outdoors/WeatherExtensions.swift),
 * with snow and sun added: what to wear for a weather class on a date when no teacher has said otherwise.
 */
import { type CalendarDate, dateParts } from '../../../sdk';
import { type Garment, inSpeakingOrder } from './garment-words';
import type { WeatherClass } from './weather-class';

export type Season = 'winter-rules' | 'normal';

/** 1 November to 31 March, both included: overall, mössa, vantar and halsduk whatever the forecast says. */
export function seasonOf(date: CalendarDate): Season {
  const { month } = dateParts(date);
  return month >= 11 || month <= 3 ? 'winter-rules' : 'normal';
}

/** 15 September to 15 May outside the winter rules: a cold day there also needs mössa and vantar, as in the original. */
function isAutumnOrSpring(date: CalendarDate): boolean {
  const { month, day } = dateParts(date);
  return (month === 9 && day >= 15) || month === 10 || month === 4 || (month === 5 && day <= 15);
}

function winterGarments(weather: WeatherClass): Garment[] {
  // A winter overall is warm but not always waterproof; in rain or sleet the child needs the one that is.
  const overall: Garment = weather.wet ? 'waterproof-overall' : 'overall';
  const feet: Garment[] = weather.wet || weather.snowy ? ['boots'] : [];
  return [overall, ...feet, 'hat', 'mittens', 'scarf'];
}

function normalGarments(weather: WeatherClass, date: CalendarDate): Garment[] {
  if (weather.snowy) return [weather.wet ? 'waterproof-overall' : 'overall', 'boots', 'hat', 'mittens'];
  const coldHead: Garment[] = isAutumnOrSpring(date) ? ['hat', 'mittens'] : ['thin-hat'];
  const rain: Garment[] = weather.wet ? ['rain-clothes', 'boots'] : [];
  switch (weather.temperatureClass) {
    case 'cold':
      return weather.wet ? [...rain, 'fleece', ...coldHead] : ['jacket', 'fleece', ...coldHead];
    case 'cool':
      return weather.wet ? [...rain, 'fleece'] : ['jacket', 'fleece'];
    case 'warmish':
      return weather.wet ? rain : ['fleece'];
    case 'warm':
    case 'hot':
      if (weather.wet) return rain;
      return weather.sunny ? ['sun-hat', 'sun-cream'] : ['cap'];
  }
}

export function garmentsByRules(weather: WeatherClass, date: CalendarDate): Garment[] {
  return inSpeakingOrder(seasonOf(date) === 'winter-rules' ? winterGarments(weather) : normalGarments(weather, date));
}
