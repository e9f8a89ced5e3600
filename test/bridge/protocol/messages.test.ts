import { decodeIncoming, decodeResult, encode, ProtocolEncodeError } from '../../../protocol/codec';
import {
  ERROR_CODES,
  NOTIFICATION_METHODS,
  REQUEST_METHODS,
  request,
  type RequestMethod,
} from '../../../protocol/messages';
import { forecastSchema, menuSchema, weatherWarningSchema } from '../../../protocol/payloads';
import { MAX, forecast, menu, notifications, requests, responses, warning } from './protocol-fixtures';

const pendingMethod: Record<string, RequestMethod> = {
  '1': 'hello', 'w-1': 'weather.get', '3': 'warnings.get', '4': 'lunch.get', '5': 'subscribe', '6': 'ping',
  '10': 'skills.offers', '11': 'skills.fetch', '12': 'skills.report',
};

describe('round trip', () => {
  it('covers every request and notification method', () => {
    expect(new Set(requests.map((r) => r.method))).toEqual(new Set(REQUEST_METHODS));
    expect(new Set(notifications.map((n) => n.method))).toEqual(new Set(NOTIFICATION_METHODS));
  });

  it.each(requests.map((r) => [r.method, r] as const))('request %s: encode → bridge decode', (_m, message) => {
    const decoded = decodeIncoming(encode(message), 'bridge', MAX);
    expect(decoded).toEqual({ kind: 'request', message });
    // The same frame as a Buffer.
    expect(decodeIncoming(Buffer.from(encode(message)), 'bridge', MAX)).toEqual({ kind: 'request', message });
  });

  it.each(notifications.map((n) => [n.method, n] as const))('notification %s: encode → robot decode', (_m, message) => {
    expect(decodeIncoming(encode(message), 'robot', MAX)).toEqual({ kind: 'notification', message });
  });

  it.each(responses.map((r) => [JSON.stringify(r.id), r] as const))('response id %s: encode → robot decode', (_id, message) => {
    expect(decodeIncoming(encode(message), 'robot', MAX)).toEqual({ kind: 'response', message });
  });

  it('success results check against the pending request method', () => {
    for (const r of responses) {
      if (!('result' in r)) continue;
      const method = pendingMethod[String(r.id)];
      if (method === undefined) throw new Error(`no method for ${String(r.id)}`);
      expect(decodeResult(method, r.result)).toEqual({ ok: true, result: r.result });
    }
    const bad = decodeResult('weather.get', { forecast: { ...forecast, provider: 'yr' }, fetchedAt: 'now', stale: false });
    expect(bad.ok).toBe(false);
    expect(decodeResult('ping', { extra: 1 }).ok).toBe(false);
    expect(decodeResult('hello', undefined).ok).toBe(false);
  });
});

describe('payload schemas', () => {
  it('accept the fixtures and refuse structural damage', () => {
    expect(forecastSchema.safeParse(forecast).success).toBe(true);
    expect(weatherWarningSchema.safeParse(warning).success).toBe(true);
    expect(menuSchema.safeParse(menu).success).toBe(true);
    expect(forecastSchema.safeParse({ ...forecast, issuedAt: 'yesterday' }).success).toBe(false);
    expect(forecastSchema.safeParse({ ...forecast, location: { lat: 91, lon: 0 } }).success).toBe(false);
    expect(menuSchema.safeParse({ ...menu, days: [{ date: '2026-02-30', holiday: null, meals: [] }] }).success).toBe(false);
    expect(weatherWarningSchema.safeParse({ ...warning, level: 'purple' }).success).toBe(false);
    expect(weatherWarningSchema.safeParse({ ...warning, surprise: true }).success).toBe(false);
  });
});

describe('encode', () => {
  it('refuses a message that does not conform (a sender bug)', () => {
    const bad = request(1, 'weather.get', { lat: 200, lon: 0 });
    expect(() => encode(bad)).toThrow(ProtocolEncodeError);
    expect(() => encode({ jsonrpc: '2.0', id: 1, error: { code: ERROR_CODES.INTERNAL_ERROR, message: 'x', extra: 1 } } as never)).toThrow(
      ProtocolEncodeError,
    );
  });

  it('produces one JSON object per message', () => {
    for (const m of [...requests, ...notifications, ...responses]) expect(JSON.parse(encode(m))).toEqual(m);
  });
});
