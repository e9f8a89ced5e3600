/**
 * 2,000 seeded random mutations of valid messages: decodeIncoming must never throw and must always return a
 * well-formed Decoded for the side that received the frame.
 */
import { decodeIncoming, encode, type Decoded, type Side } from '../../../protocol/codec';
import {
  ERROR_CODES,
  errorResponseSchema,
  notificationSchema,
  requestSchema,
  responseSchema,
} from '../../../protocol/messages';
import { mulberry32 } from '../../../robot/understanding/random';
import { allMessages } from './protocol-fixtures';

const SEED = 0x1a1ba4;
const RUNS = 2_000;
const LIMIT = 64 * 1024;


type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function fuzzer(seed: number) {
  const next = mulberry32(seed);
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;

  // Deep nesting is spliced in as text after JSON.stringify (which would itself overflow the stack on it).
  const deep = (depth: number): Json => `\u0000deep:${depth}:${int(2) === 0 ? '[' : '{'}`;
  const expandDeep = (frame: string): string =>
    frame.replace(/"\\u0000deep:(\d+):(.)"/g, (_m, n: string, open: string) => {
      const d = Number(n);
      return open === '[' ? '['.repeat(d) + ']'.repeat(d) : '{"a":'.repeat(d) + '{}' + '}'.repeat(d);
    });
  const randomValue = (): Json =>
    pick<() => Json>([
      () => null,
      () => true,
      () => 0,
      () => -1,
      () => 1.5,
      () => 1e308,
      () => -(2 ** 62),
      () => '',
      () => 'x',
      () => '2026-02-30',
      () => '\u0000\ud800',
      () => [],
      () => ({}),
      () => [1, 'two', null],
      () => ({ __proto__: 1, constructor: 'x' }),
      () => 'å'.repeat(int(LIMIT)),
      () => 'x'.repeat(int(LIMIT * 2)),
      () => deep(1 + int(5_000)),
    ])();

  /** All [container, key] pairs in a JSON value, so one can be replaced or removed. */
  const slots = (v: Json, out: Array<[Json[] | { [k: string]: Json }, string | number]> = []) => {
    if (Array.isArray(v)) v.forEach((c, i) => (out.push([v, i]), slots(c, out)));
    else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) out.push([v, k]), slots(v[k] as Json, out);
    return out;
  };

  const structural = (value: Json): string => {
    const s = slots(value);
    const op = int(5);
    if (op === 0 || s.length === 0) return expandDeep(JSON.stringify(pick([[value], [value, value], { wrapped: value }, randomValue(), deep(20_000)])));
    const [container, key] = pick(s);
    if (op === 1) (container as Record<string | number, Json>)[key] = randomValue();
    else if (op === 2) {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key as string];
    } else if (op === 3 && !Array.isArray(container)) container[pick(['extra', 'id', 'method', 'result', 'error', '__proto__'])] = randomValue();
    else (container as Record<string | number, Json>)[key] = deep(1 + int(10_000));
    return expandDeep(JSON.stringify(value));
  };

  const textual = (frame: string): string | Buffer => {
    switch (int(5)) {
      case 0:
        return frame.slice(0, int(frame.length));
      case 1: {
        const b = Buffer.from(frame);
        for (let i = 0, n = 1 + int(3); i < n && b.length > 0; i++) {
          const at = int(b.length);
          b[at] = (b[at] ?? 0) ^ (1 << int(8));
        }
        return b;
      }
      case 2: {
        const at = int(frame.length + 1);
        return frame.slice(0, at) + pick(['{', '}', '[', ']', '"', ',', ':', '\\', 'null', '\u2028', '\ud83d', '"id":1,', '\u0000']) + frame.slice(at);
      }
      case 3: {
        const at = int(frame.length);
        return frame.slice(0, at) + frame.slice(at + 1 + int(10));
      }
      default:
        return frame.replace(/"(jsonrpc|id|method|params|result|error)"/, () => JSON.stringify(pick(['JSONRPC', 'Id', 'method ', 'param', ''])));
    }
  };

  return (): { frame: string | Buffer; side: Side } => {
    const base = JSON.parse(JSON.stringify(pick(allMessages))) as Json;
    let frame: string | Buffer = int(2) === 0 ? structural(base) : textual(JSON.stringify(base));
    if (int(4) === 0 && typeof frame === 'string') frame = textual(frame);
    return { frame, side: pick<Side>(['bridge', 'robot']) };
  };
}

const CODES = new Set<number>(Object.values(ERROR_CODES));

function assertWellFormed(d: Decoded, side: Side): void {
  switch (d.kind) {
    case 'request':
      expect(side).toBe('bridge');
      expect(requestSchema.safeParse(d.message).success).toBe(true);
      expect(() => encode(d.message)).not.toThrow();
      return;
    case 'notification':
      expect(side).toBe('robot');
      expect(notificationSchema.safeParse(d.message).success).toBe(true);
      return;
    case 'response':
      expect(side).toBe('robot');
      expect(responseSchema.safeParse(d.message).success).toBe(true);
      return;
    case 'invalid':
      expect(typeof d.reason).toBe('string');
      if (d.reply !== undefined) {
        expect(errorResponseSchema.safeParse(d.reply).success).toBe(true);
        expect(CODES.has(d.reply.error.code)).toBe(true);
        expect(() => encode(d.reply!)).not.toThrow();
      }
      return;
    default:
      throw new Error(`unexpected kind ${(d as { kind: string }).kind}`);
  }
}

describe('decodeIncoming under random mutation', () => {
  it(`never throws and always returns a well-formed Decoded (${RUNS} cases, seed ${SEED})`, () => {
    const next = fuzzer(SEED);
    const kinds: Record<string, number> = {};
    for (let i = 0; i < RUNS; i++) {
      const { frame, side } = next();
      let d: Decoded;
      try {
        d = decodeIncoming(frame, side, LIMIT);
      } catch (e) {
        throw new Error(`case ${i} threw: ${String(e)}\nframe: ${String(frame).slice(0, 300)}`);
      }
      assertWellFormed(d, side);
      const text = String(frame);
      if (text.includes('[[[[[[[[[[[[[[[[') || text.includes('{"a":{"a":{"a":{"a":')) kinds.deep = (kinds.deep ?? 0) + 1;
      if (/x{10000}|(å){10000}/.test(text)) kinds.huge = (kinds.huge ?? 0) + 1;
      const key = d.kind === 'invalid' ? `invalid:${d.reply?.error.code ?? 'no-reply'}` : d.kind;
      kinds[key] = (kinds[key] ?? 0) + 1;
    }
    // The mutations reach every error path, and some mutated frames stay valid.
    for (const code of [
      ERROR_CODES.PARSE_ERROR,
      ERROR_CODES.INVALID_REQUEST,
      ERROR_CODES.METHOD_NOT_FOUND,
      ERROR_CODES.INVALID_PARAMS,
      ERROR_CODES.MESSAGE_TOO_LARGE,
    ]) {
      expect(kinds[`invalid:${code}`]).toBeGreaterThan(0);
    }
    expect(kinds.deep).toBeGreaterThan(0);
    expect(kinds.huge).toBeGreaterThan(0);
    expect((kinds.request ?? 0) + (kinds.notification ?? 0) + (kinds.response ?? 0)).toBeGreaterThan(0);
  });

  it('survives inputs that are not what the types promise', () => {
    for (const raw of [undefined, null, 42, {}, [], Symbol('x')]) {
      const d = decodeIncoming(raw as unknown as string, 'bridge', LIMIT);
      assertWellFormed(d, 'bridge');
      expect(d.kind).toBe('invalid');
    }
    for (const limit of [NaN, -1, 0, Infinity]) assertWellFormed(decodeIncoming('{}', 'robot', limit), 'robot');
  });
});
