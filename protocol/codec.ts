/**
 * Turning raw WebSocket frames into typed protocol messages and back. `decodeIncoming` never throws: every frame
 * becomes either a message the receiving side may get or `{ kind: 'invalid' }` with the error response to send
 * (if one is due) and a reason for the log.
 *
 * Decisions:
 * - Batches (JSON arrays) are refused with INVALID_REQUEST. The robot has nothing to gain from batching over a
 *   persistent socket, and refusing them keeps one frame = one message = at most one reply.
 * - Unknown or malformed requests and notifications are answered with an error response, id null when no id
 *   could be read. (Plain JSON-RPC never answers notifications; the issue asks for an error on every unknown or
 *   malformed message, which also makes a version skew visible on the other side.)
 * - Responses are never answered, even when malformed: answering a response could make two peers bounce errors
 *   at each other forever. They come back as `invalid` with no `reply`.
 * - The size limit is checked on the raw bytes before anything is parsed; the id is not read (that would mean
 *   parsing the oversized frame), so MESSAGE_TOO_LARGE goes out with id null.
 * - Binary frames must be valid UTF-8 (otherwise PARSE_ERROR).
 */
import type { z } from 'zod';
import {
  ERROR_CODES,
  NOTIFICATIONS,
  REQUESTS,
  errorObjectSchema,
  errorResponse,
  errorResponseSchema,
  idSchema,
  notificationSchema,
  requestSchema,
  responseSchema,
  successResponseSchema,
  type ErrorCode,
  type ErrorResponse,
  type Id,
  type Message,
  type Notification,
  type NotificationMethod,
  type Request,
  type RequestMethod,
  type Response,
  type ResultOf,
} from './messages';

export type Side = 'bridge' | 'robot';

export interface Invalid {
  kind: 'invalid';
  /** The error response to send back; absent when none is due (the frame was a response). */
  reply?: ErrorResponse;
  /** Why the frame was refused, for the log (never sent as is). */
  reason: string;
}

/** What the bridge may receive. */
export type BridgeDecoded = { kind: 'request'; message: Request } | Invalid;
/** What the robot may receive. */
export type RobotDecoded = { kind: 'notification'; message: Notification } | { kind: 'response'; message: Response } | Invalid;
export type Decoded = BridgeDecoded | RobotDecoded;

const ENVELOPE_KEYS = new Set(['jsonrpc', 'id', 'method', 'params', 'result', 'error']);
const MAX_ISSUES = 5;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeIncoming(raw: string | Buffer, side: 'bridge', maxBytes: number): BridgeDecoded;
export function decodeIncoming(raw: string | Buffer, side: 'robot', maxBytes: number): RobotDecoded;
export function decodeIncoming(raw: string | Buffer, side: Side, maxBytes: number): Decoded;
export function decodeIncoming(raw: string | Buffer, side: Side, maxBytes: number): Decoded {
  try {
    return decode(raw, side, maxBytes);
  } catch (e) {
    // Not expected to happen (everything above is validated), but a decoder must not take a connection down.
    return refuse(null, ERROR_CODES.INTERNAL_ERROR, 'Internal error', `decoder failed: ${describe(e)}`);
  }
}

function decode(raw: string | Buffer, side: Side, maxBytes: number): Decoded {
  const size = typeof raw === 'string' ? Buffer.byteLength(raw, 'utf8') : Buffer.isBuffer(raw) ? raw.length : NaN;
  if (!(size <= maxBytes)) {
    return refuse(null, ERROR_CODES.MESSAGE_TOO_LARGE, 'Message too large', `frame of ${size} bytes exceeds ${maxBytes}`, {
      limitBytes: Number.isFinite(maxBytes) ? Math.max(0, Math.floor(maxBytes)) : 0,
    });
  }

  let text: string;
  if (typeof raw === 'string') text = raw;
  else {
    try {
      text = utf8.decode(raw);
    } catch {
      return refuse(null, ERROR_CODES.PARSE_ERROR, 'Parse error', 'binary frame is not valid UTF-8');
    }
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return refuse(null, ERROR_CODES.PARSE_ERROR, 'Parse error', `not JSON: ${describe(e)}`);
  }

  if (Array.isArray(json)) return refuse(null, ERROR_CODES.INVALID_REQUEST, 'Invalid request', 'batches are not supported');
  if (!isRecord(json)) return refuse(null, ERROR_CODES.INVALID_REQUEST, 'Invalid request', 'message is not a JSON object');

  const hasId = Object.prototype.hasOwnProperty.call(json, 'id');
  const idCheck = hasId ? idSchema.safeParse(json.id) : undefined;
  const id: Id | null = idCheck?.success ? idCheck.data : null;

  // Responses first: they are never answered (see the file comment).
  if (!('method' in json) && ('result' in json || 'error' in json)) return decodeResponse(json, side);

  if (json.jsonrpc !== '2.0') return refuse(id, ERROR_CODES.INVALID_REQUEST, 'Invalid request', 'jsonrpc must be "2.0"');
  const extra = Object.keys(json).filter((k) => !ENVELOPE_KEYS.has(k) || k === 'result' || k === 'error');
  if (extra.length > 0) {
    return refuse(id, ERROR_CODES.INVALID_REQUEST, 'Invalid request', `unexpected member(s): ${extra.slice(0, 5).map(quote).join(', ')}`);
  }
  if (typeof json.method !== 'string') return refuse(id, ERROR_CODES.INVALID_REQUEST, 'Invalid request', 'method must be a string');
  if (hasId && !idCheck?.success) {
    return refuse(null, ERROR_CODES.INVALID_REQUEST, 'Invalid request', 'id must be a non-empty string (≤128) or a safe integer');
  }
  const method = json.method;

  if (side === 'bridge') {
    if (!isRequestMethod(method)) {
      return refuse(id, ERROR_CODES.METHOD_NOT_FOUND, 'Method not found', `the bridge has no method ${quote(method)}`);
    }
    if (!hasId) return refuse(null, ERROR_CODES.INVALID_REQUEST, 'Invalid request', `${quote(method)} needs an id (the bridge takes no notifications)`);
    const params = checkParams(REQUESTS[method].params as z.ZodType<unknown>, json.params, id);
    if (!params.ok) return params.invalid;
    return { kind: 'request', message: { jsonrpc: '2.0', id: id as Id, method, params: params.value } as Request };
  }

  // robot
  if (hasId) return refuse(id, ERROR_CODES.METHOD_NOT_FOUND, 'Method not found', `the robot takes no requests (${quote(method)})`);
  if (!isNotificationMethod(method)) {
    return refuse(null, ERROR_CODES.METHOD_NOT_FOUND, 'Method not found', `the robot knows no notification ${quote(method)}`);
  }
  const params = checkParams(NOTIFICATIONS[method] as z.ZodType<unknown>, json.params, null);
  if (!params.ok) return params.invalid;
  return { kind: 'notification', message: { jsonrpc: '2.0', method, params: params.value } as Notification };
}

function decodeResponse(json: Record<string, unknown>, side: Side): Decoded {
  if (side === 'bridge') return { kind: 'invalid', reason: 'the bridge expects no responses (it sends no requests)' };
  const isError = 'error' in json;
  const parsed = (isError ? errorResponseSchema : successResponseSchema).safeParse(json);
  if (!parsed.success) {
    return { kind: 'invalid', reason: `malformed ${isError ? 'error' : 'success'} response: ${formatIssues(parsed.error.issues)}` };
  }
  return { kind: 'response', message: parsed.data as Response };
}

function checkParams<T>(
  schema: z.ZodType<T>,
  params: unknown,
  id: Id | null,
): { ok: true; value: T } | { ok: false; invalid: Invalid } {
  // JSON-RPC lets params be omitted; that reads as {} (so `ping` needs none, and the rest report what is missing).
  const parsed = schema.safeParse(params === undefined ? {} : params);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: formatPath(i.path), message: i.message }));
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return {
    ok: false,
    invalid: refuse(id, ERROR_CODES.INVALID_PARAMS, `Invalid params: ${summary}`, `invalid params: ${summary}`, { issues }),
  };
}

/**
 * Checks a success response's `result` against the method of the request it answers (the caller knows it from
 * its table of pending ids). Never throws.
 */
export function decodeResult<M extends RequestMethod>(
  method: M,
  result: unknown,
): { ok: true; result: ResultOf<M> } | { ok: false; reason: string } {
  try {
    const parsed = (REQUESTS[method].result as unknown as z.ZodType<ResultOf<M>>).safeParse(result);
    return parsed.success ? { ok: true, result: parsed.data } : { ok: false, reason: `bad ${method} result: ${formatIssues(parsed.error.issues)}` };
  } catch (e) {
    return { ok: false, reason: `bad ${method} result: ${describe(e)}` };
  }
}

export class ProtocolEncodeError extends Error {
  override name = 'ProtocolEncodeError';
}

/**
 * Serialises a message after validating it against the protocol, so a bug on the sending side is caught there
 * rather than refused by the peer. Throws {@link ProtocolEncodeError} for a message that does not conform.
 */
export function encode(message: Message): string {
  const m = message as unknown as Record<string, unknown>;
  const schema = 'method' in m ? ('id' in m ? requestSchema : notificationSchema) : responseSchema;
  const parsed = schema.safeParse(message);
  if (!parsed.success) throw new ProtocolEncodeError(`not a valid protocol message: ${formatIssues(parsed.error.issues)}`);
  if ('error' in m && !errorObjectSchema.safeParse(m.error).success) throw new ProtocolEncodeError('bad error object');
  return JSON.stringify(message);
}

// ---------------------------------------------------------------- helpers

function refuse(id: Id | null, code: ErrorCode, message: string, reason: string, data?: unknown): Invalid {
  return { kind: 'invalid', reply: errorResponse(id, code, message, data), reason };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isRequestMethod(m: string): m is RequestMethod {
  return Object.prototype.hasOwnProperty.call(REQUESTS, m);
}

function isNotificationMethod(m: string): m is NotificationMethod {
  return Object.prototype.hasOwnProperty.call(NOTIFICATIONS, m);
}

/** `params.topics[0].lat` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : `${acc}.${String(k)}`), 'params');
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, MAX_ISSUES)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

function quote(s: string): string {
  return JSON.stringify(s.length > 64 ? `${s.slice(0, 64)}…` : s);
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message.slice(0, 200) : 'unknown error';
}
