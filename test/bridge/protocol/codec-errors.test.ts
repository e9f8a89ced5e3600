import { decodeIncoming, type Decoded } from '../../../protocol/codec';
import { ERROR_CODES, PROTOCOL_VERSION } from '../../../protocol/messages';
import { MAX, notifications, requests, responses } from './protocol-fixtures';

const j = (v: unknown): string => JSON.stringify(v);

function invalid(d: Decoded): Extract<Decoded, { kind: 'invalid' }> {
  if (d.kind !== 'invalid') throw new Error(`expected invalid, got ${d.kind}`);
  return d;
}

function expectError(d: Decoded, code: number, id: string | number | null): void {
  const inv = invalid(d);
  expect(inv.reason).toEqual(expect.any(String));
  expect(inv.reply).toMatchObject({ jsonrpc: '2.0', id, error: { code, message: expect.any(String) } });
}

describe('message too large', () => {
  it('is refused before parsing, with the limit in data', () => {
    const frame = j({ jsonrpc: '2.0', id: 9, method: 'ping', params: {} });
    const limit = Buffer.byteLength(frame) - 1;
    const d = decodeIncoming(frame, 'bridge', limit);
    expectError(d, ERROR_CODES.MESSAGE_TOO_LARGE, null);
    expect(invalid(d).reply?.error.data).toEqual({ limitBytes: limit });
    expect(decodeIncoming(frame, 'bridge', limit + 1).kind).toBe('request');
  });

  it('counts bytes, not characters', () => {
    const frame = j({ jsonrpc: '2.0', id: 'åäö', method: 'ping' }); // 3 characters, 6 bytes in UTF-8
    expectError(decodeIncoming(frame, 'bridge', frame.length), ERROR_CODES.MESSAGE_TOO_LARGE, null);
    expectError(decodeIncoming(Buffer.from(frame), 'robot', frame.length), ERROR_CODES.MESSAGE_TOO_LARGE, null);
  });
});

describe('parse error', () => {
  it.each(['', '{', 'not json', '{"jsonrpc":"2.0","id":1,', "{'a':1}", 'NaN'])('%j → -32700 with id null', (frame) => {
    expectError(decodeIncoming(frame, 'bridge', MAX), ERROR_CODES.PARSE_ERROR, null);
    expectError(decodeIncoming(frame, 'robot', MAX), ERROR_CODES.PARSE_ERROR, null);
  });

  it('refuses a binary frame that is not UTF-8', () => {
    const frame = Buffer.concat([Buffer.from('{"jsonrpc":"2.0","id":1,"method":"ping","x":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    expectError(decodeIncoming(frame, 'bridge', MAX), ERROR_CODES.PARSE_ERROR, null);
  });
});

describe('invalid request', () => {
  it('refuses batches', () => {
    const d = decodeIncoming(j([requests[0], requests[1]]), 'bridge', MAX);
    expectError(d, ERROR_CODES.INVALID_REQUEST, null);
    expect(invalid(d).reason).toMatch(/batch/);
    expectError(decodeIncoming('[]', 'robot', MAX), ERROR_CODES.INVALID_REQUEST, null);
  });

  it.each(['1', '"hello"', 'null', 'true'])('refuses the non-object %s', (frame) => {
    expectError(decodeIncoming(frame, 'bridge', MAX), ERROR_CODES.INVALID_REQUEST, null);
  });

  it('keeps a readable id', () => {
    expectError(decodeIncoming(j({ jsonrpc: '1.0', id: 42, method: 'ping' }), 'bridge', MAX), ERROR_CODES.INVALID_REQUEST, 42);
    expectError(decodeIncoming(j({ id: 'a', method: 'ping' }), 'bridge', MAX), ERROR_CODES.INVALID_REQUEST, 'a');
    expectError(decodeIncoming(j({ jsonrpc: '2.0', id: 7, method: 3 }), 'bridge', MAX), ERROR_CODES.INVALID_REQUEST, 7);
    expectError(decodeIncoming(j({ jsonrpc: '2.0', id: 7, method: 'ping', extra: 1 }), 'bridge', MAX), ERROR_CODES.INVALID_REQUEST, 7);
    expectError(decodeIncoming(j({ jsonrpc: '2.0', id: 7 }), 'bridge', MAX), ERROR_CODES.INVALID_REQUEST, 7);
  });

  it.each([null, 1.5, {}, [], '', true, 2 ** 60, 'x'.repeat(129)])('answers id %j (unusable) with id null', (id) => {
    expectError(decodeIncoming(j({ jsonrpc: '2.0', id, method: 'ping' }), 'bridge', MAX), ERROR_CODES.INVALID_REQUEST, null);
  });

  it('refuses a request without id on the bridge (it takes no notifications)', () => {
    expectError(decodeIncoming(j({ jsonrpc: '2.0', method: 'ping' }), 'bridge', MAX), ERROR_CODES.INVALID_REQUEST, null);
  });
});

describe('method not found', () => {
  it('keeps the id', () => {
    const d = decodeIncoming(j({ jsonrpc: '2.0', id: 11, method: 'weather.delete', params: {} }), 'bridge', MAX);
    expectError(d, ERROR_CODES.METHOD_NOT_FOUND, 11);
    expectError(decodeIncoming(j({ jsonrpc: '2.0', id: 'q', method: '__proto__' }), 'bridge', MAX), ERROR_CODES.METHOD_NOT_FOUND, 'q');
    expectError(decodeIncoming(j({ jsonrpc: '2.0', id: 'q', method: 'toString' }), 'bridge', MAX), ERROR_CODES.METHOD_NOT_FOUND, 'q');
  });

  it('answers an unknown notification on the robot with id null', () => {
    expectError(decodeIncoming(j({ jsonrpc: '2.0', method: 'menu.exploded', params: {} }), 'robot', MAX), ERROR_CODES.METHOD_NOT_FOUND, null);
  });
});

describe('invalid params', () => {
  it('names the path and keeps the id', () => {
    const d = decodeIncoming(j({ jsonrpc: '2.0', id: 5, method: 'weather.get', params: { lat: 95, lon: 18 } }), 'bridge', MAX);
    expectError(d, ERROR_CODES.INVALID_PARAMS, 5);
    const reply = invalid(d).reply;
    expect(reply?.error.message).toContain('params.lat');
    expect(reply?.error.data).toEqual({ issues: [{ path: 'params.lat', message: expect.any(String) }] });
  });

  it('names nested paths', () => {
    const params = { topics: [{ kind: 'warnings', countyId: 1 }, { kind: 'weather', lat: 'north', lon: 18 }] };
    const d = decodeIncoming(j({ jsonrpc: '2.0', id: 'sub', method: 'subscribe', params }), 'bridge', MAX);
    expectError(d, ERROR_CODES.INVALID_PARAMS, 'sub');
    expect(invalid(d).reply?.error.message).toContain('params.topics[1].lat');
  });

  it.each([
    ['hello', { protocolVersion: PROTOCOL_VERSION, robotId: 'r1' }, 'params.token'],
    ['hello', { protocolVersion: 1.5, robotId: 'r1', token: 't' }, 'params.protocolVersion'],
    ['hello', { protocolVersion: 1, robotId: 'has space', token: 't' }, 'params.robotId'],
    ['warnings.get', { countyId: -1 }, 'params.countyId'],
    ['lunch.get', { source: 's', from: '2026-11-27', to: '2026-11-23' }, 'params.to'],
    ['lunch.get', { source: 's', from: '2026-13-01', to: '2026-12-01' }, 'params.from'],
    ['ping', { unexpected: true }, 'params'],
    ['weather.get', undefined, 'params.lat'],
    ['weather.get', [59, 18], 'params'],
  ])('%s %j → %s', (method, params, path) => {
    const d = decodeIncoming(j({ jsonrpc: '2.0', id: 1, method, params }), 'bridge', MAX);
    expectError(d, ERROR_CODES.INVALID_PARAMS, 1);
    expect(invalid(d).reply?.error.message).toContain(path);
  });

  it('accepts ping with params omitted', () => {
    expect(decodeIncoming(j({ jsonrpc: '2.0', id: 1, method: 'ping' }), 'bridge', MAX)).toEqual({
      kind: 'request',
      message: { jsonrpc: '2.0', id: 1, method: 'ping', params: {} },
    });
  });

  it('checks notification payloads on the robot', () => {
    const n = notifications[0]!;
    const broken = { ...n, params: { ...n.params, forecast: { ...(n.params as { forecast: object }).forecast, steps: [{ start: 'x' }] } } };
    const d = decodeIncoming(j(broken), 'robot', MAX);
    expectError(d, ERROR_CODES.INVALID_PARAMS, null);
    expect(invalid(d).reply?.error.message).toContain('params.forecast.steps[0]');
  });
});

describe('sides', () => {
  it('the robot refuses requests meant for the bridge (method not found, id kept)', () => {
    for (const r of requests) expectError(decodeIncoming(j(r), 'robot', MAX), ERROR_CODES.METHOD_NOT_FOUND, r.id);
  });

  it('the bridge refuses notifications meant for the robot', () => {
    for (const n of notifications) expectError(decodeIncoming(j(n), 'bridge', MAX), ERROR_CODES.METHOD_NOT_FOUND, null);
    // …also when given an id.
    expectError(decodeIncoming(j({ ...notifications[0], id: 3 }), 'bridge', MAX), ERROR_CODES.METHOD_NOT_FOUND, 3);
  });

  it('the bridge ignores responses without answering them', () => {
    for (const r of responses) {
      const d = invalid(decodeIncoming(j(r), 'bridge', MAX));
      expect(d.reply).toBeUndefined();
    }
  });

  it('the robot never answers a malformed response', () => {
    for (const frame of [
      { jsonrpc: '2.0', id: null, result: {} },
      { jsonrpc: '2.0', id: 1, result: {}, extra: 1 },
      { jsonrpc: '2.0', id: 1, error: { code: 'x', message: 'm' } },
      { jsonrpc: '2.0', id: 1, error: { code: -1 } },
      { jsonrpc: '1.0', id: 1, result: 1 },
      { id: 1, result: 1, error: { code: 1, message: '' } },
    ]) {
      const d = invalid(decodeIncoming(j(frame), 'robot', MAX));
      expect(d.reply).toBeUndefined();
      expect(d.reason).toMatch(/response/);
    }
  });
});
