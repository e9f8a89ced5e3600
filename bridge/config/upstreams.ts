/** The upstreams the bridge has adapters for, and how their addresses are written in a config file. */
import { z } from 'zod';

/** An http(s) URL; a test server on loopback is as welcome as SMHI. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

export const WEATHER_PROVIDERS = ['smhi', 'metno'] as const;
export const LUNCH_PROVIDERS = ['skolmaten', 'openmeal', 'matilda', 'mashie', 'manual'] as const;
export type WeatherProvider = (typeof WEATHER_PROVIDERS)[number];
export type LunchProvider = (typeof LUNCH_PROVIDERS)[number];
