/** Valid protocol messages of every type, for round-trip, error-path and fuzz tests. */
import type { Forecast, Menu, WeatherWarning } from '../../../bridge/types';
import {
  ERROR_CODES,
  PROTOCOL_VERSION,
  errorResponse,
  notification,
  request,
  success,
  type Message,
  type Notification,
  type Request,
  type Response,
} from '../../../protocol/messages';

export const forecast: Forecast = {
  provider: 'smhi',
  location: { lat: 59.3293, lon: 18.0686 },
  issuedAt: '2026-11-23T10:00:00Z',
  steps: [
    {
      start: '2026-11-23T10:00:00Z',
      end: '2026-11-23T11:00:00Z',
      temperature: -1.5,
      windSpeed: 3.2,
      windGust: 7,
      humidity: 88,
      precipitationMm: 0.4,
      precipitationType: 'snow',
      precipitationProbability: 60,
      thunderProbability: 0,
      cloudCover: 1,
      sky: 'snow',
    },
    {
      start: '2026-11-23T11:00:00Z',
      end: '2026-11-23T11:00:00Z',
      temperature: null,
      windSpeed: null,
      windGust: null,
      humidity: null,
      precipitationMm: null,
      precipitationType: null,
      precipitationProbability: null,
      thunderProbability: null,
      cloudCover: null,
      sky: null,
    },
  ],
};

export const warning: WeatherWarning = {
  id: 'smhi-123',
  level: 'yellow',
  event: { sv: 'Kraftig vind', en: 'Strong wind' },
  area: { sv: 'Stockholms län', en: 'Stockholm County' },
  counties: [1],
  start: '2026-11-23T12:00:00+01:00',
  end: null,
  description: { sv: 'Byvind upp till 25 m/s.', en: 'Gusts up to 25 m/s.' },
};

export const menu: Menu = {
  provider: 'skolmaten',
  days: [
    { date: '2026-11-23', holiday: null, meals: [{ kind: 'lunch', dishes: ['Fiskgratäng med potatis', 'Vegetarisk lasagne (V)'] }] },
    { date: '2026-12-24', holiday: 'Jullov', meals: [] },
  ],
};

export const fetchedAt = '2026-11-23T10:05:00.123Z';

export const requests: Request[] = [
  request(1, 'hello', { protocolVersion: PROTOCOL_VERSION, robotId: 'laiban-01', token: 'tok_abcdefghijklmnop' }),
  request('w-1', 'weather.get', { lat: 59.33, lon: 18.07 }),
  request(3, 'warnings.get', { countyId: 1 }),
  request(4, 'lunch.get', { source: 'skolmaten:solrosen', from: '2026-11-23', to: '2026-11-27' }),
  request(5, 'subscribe', {
    topics: [
      { kind: 'weather', lat: 59.33, lon: 18.07 },
      { kind: 'warnings', countyId: 1 },
      { kind: 'lunch', source: 'skolmaten:solrosen' },
    ],
  }),
  request(6, 'ping', {}),
  request(10, 'skills.offers', {}),
  request(11, 'skills.fetch', { pushId: 'joke-r1-a1b2c3' }),
  request(12, 'skills.report', { pushId: 'joke-r1-a1b2c3', outcome: { kind: 'refused', reason: 'signed by an unknown key' } }),
];

export const notifications: Notification[] = [
  notification('weather.changed', { topic: { kind: 'weather', lat: 59.33, lon: 18.07 }, forecast, fetchedAt, stale: false }),
  notification('warnings.changed', { topic: { kind: 'warnings', countyId: 1 }, warnings: [warning], fetchedAt, stale: true }),
  notification('lunch.changed', { topic: { kind: 'lunch', source: 'skolmaten:solrosen' }, menu, fetchedAt, stale: false }),
  notification('skills.offered', {}),
];

export const responses: Response[] = [
  success(1, 'hello', { protocolVersion: PROTOCOL_VERSION, bridgeVersion: '0.1.0' }),
  success('w-1', 'weather.get', { forecast, fetchedAt, stale: false }),
  success(3, 'warnings.get', { warnings: [warning], fetchedAt, stale: false }),
  success(4, 'lunch.get', { menu, fetchedAt, stale: true }),
  success(5, 'subscribe', { subscribed: [{ kind: 'warnings', countyId: 1 }] }),
  success(6, 'ping', {}),
  success(10, 'skills.offers', { offers: [{ pushId: 'joke-r1-a1b2c3', skill: 'joke', version: '1.0.0', release: 1 }] }),
  success(11, 'skills.fetch', { bundle: 'H4sIAAAAAAAAA+3B', metadata: { signed: { skill: 'joke' } } }),
  success(12, 'skills.report', {}),
  errorResponse(7, ERROR_CODES.NOT_AUTHENTICATED, 'Not authenticated'),
  errorResponse(8, ERROR_CODES.TOKEN_REVOKED, 'Token revoked'),
  errorResponse(1, ERROR_CODES.UNSUPPORTED_PROTOCOL_VERSION, 'Unsupported protocol version', { supported: [1] }),
  errorResponse('w-2', ERROR_CODES.UPSTREAM_UNAVAILABLE, 'Upstream unavailable', { kind: 'timeout', afterMs: 10000 }),
  errorResponse(null, ERROR_CODES.MESSAGE_TOO_LARGE, 'Message too large', { limitBytes: 65536 }),
  errorResponse(null, ERROR_CODES.PARSE_ERROR, 'Parse error'),
];

export const allMessages: Message[] = [...requests, ...notifications, ...responses];

export const MAX = 256 * 1024;
