import { expiresAtFromHeaders } from '../../../bridge/cache/cache-headers';

const now = new Date('2025-03-10T08:00:00Z');
const at = (h: Record<string, string>) => expiresAtFromHeaders(new Headers(h), now)?.toISOString();

describe('expiresAtFromHeaders', () => {
  test('max-age minus Age', () => {
    expect(at({ 'cache-control': 'public, max-age=600' })).toBe('2025-03-10T08:10:00.000Z');
    expect(at({ 'cache-control': 'max-age=600', age: '100' })).toBe('2025-03-10T08:08:20.000Z');
  });
  test('s-maxage wins (shared cache)', () => {
    expect(at({ 'cache-control': 'max-age=600, s-maxage=60' })).toBe('2025-03-10T08:01:00.000Z');
  });
  test('no-store / no-cache: stale at once', () => {
    expect(at({ 'cache-control': 'no-cache' })).toBe(now.toISOString());
    expect(at({ 'cache-control': 'no-store, max-age=600' })).toBe(now.toISOString());
  });
  test('Expires relative to Date', () => {
    expect(at({ expires: 'Mon, 10 Mar 2025 06:30:00 GMT', date: 'Mon, 10 Mar 2025 06:00:00 GMT' })).toBe('2025-03-10T08:30:00.000Z');
    expect(at({ expires: 'Mon, 10 Mar 2025 08:15:00 GMT' })).toBe('2025-03-10T08:15:00.000Z');
    expect(at({ expires: '0' })).toBe(now.toISOString());
  });
  test('nothing said', () => {
    expect(at({})).toBeUndefined();
  });
});
