/**
 * The robot–bridge protocol: JSON-RPC 2.0 over one WebSocket, every message a zod schema and a TypeScript type.
 *
 * - The robot sends requests (`hello`, `weather.get`, `warnings.get`, `lunch.get`, `subscribe`, `ping`); the
 *   bridge answers each with a response carrying the same id.
 * - The bridge pushes notifications (`weather.changed`, `warnings.changed`, `lunch.changed`) for subscribed
 *   topics. The bridge sends no requests and the robot sends no notifications.
 * - `hello` must be the first request; it carries the protocol version and the robot's own (revocable) token.
 * - Envelopes, params, results and payloads are strict objects: unknown keys are refused. Changes to the
 *   protocol go through `PROTOCOL_VERSION`, not through silently tolerated extra fields.
 */
import { z } from 'zod';
import {
  calendarDateSchema,
  forecastSchema,
  isoDateTimeSchema,
  latitudeSchema,
  longitudeSchema,
  menuSchema,
  upstreamProblemSchema,
  weatherWarningSchema,
} from './payloads';

export const PROTOCOL_VERSION = 1;

/**
 * Error codes. The first five are JSON-RPC 2.0's own; the application codes sit in the range JSON-RPC reserves
 * for implementation-defined server errors (-32000 … -32099).
 */
export const ERROR_CODES = {
  PARSE_ERROR: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  INTERNAL_ERROR: -32603,
  /** A request other than `hello` before a successful `hello`, or `hello` with an unknown token. */
  NOT_AUTHENTICATED: -32001,
  /** The token was valid once and has been revoked; the bridge closes the connection after this error. */
  TOKEN_REVOKED: -32002,
  /** `hello` asked for a protocol version the bridge does not speak; data: {@link UnsupportedVersionData}. */
  UNSUPPORTED_PROTOCOL_VERSION: -32003,
  /** No fresh or cached data could be served; data: the {@link UpstreamProblem} (its `kind` says why). */
  UPSTREAM_UNAVAILABLE: -32004,
  /** The message exceeded the size limit; data: {@link MessageTooLargeData}. */
  MESSAGE_TOO_LARGE: -32005,
  /** Too many requests waiting, or the token's request budget is spent: ask again a little later. */
  RATE_LIMITED: -32006,
} as const;
export type ErrorCodeName = keyof typeof ERROR_CODES;
export type ErrorCode = (typeof ERROR_CODES)[ErrorCodeName];

// ---------------------------------------------------------------- shared pieces

/**
 * Request ids: a non-empty string of at most 128 characters or a safe integer. JSON-RPC also allows `null`,
 * which it discourages; we refuse it so that every request can be answered unambiguously.
 */
export const idSchema = z.union([z.string().min(1).max(128), z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER)]);
export type Id = z.infer<typeof idSchema>;

/** A short name on the wire and in config files: a robot id, a menu source id. */
export const shortNameSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1–64 letters, digits, ".", "_" or "-"');

/** A SMHI county id (the numbers in `WeatherWarning.counties`). */
const countyIdSchema = z.number().int().nonnegative().max(1_000);
/** A configured menu source id (which upstream and which school/kitchen is bridge configuration). */
const sourceIdSchema = z.string().min(1).max(200);

export const topicSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('weather'), lat: latitudeSchema, lon: longitudeSchema }),
  z.strictObject({ kind: z.literal('warnings'), countyId: countyIdSchema }),
  z.strictObject({ kind: z.literal('lunch'), source: sourceIdSchema }),
]);
export type Topic = z.infer<typeof topicSchema>;
export type WeatherTopic = Extract<Topic, { kind: 'weather' }>;
export type WarningsTopic = Extract<Topic, { kind: 'warnings' }>;
export type LunchTopic = Extract<Topic, { kind: 'lunch' }>;

/** Most topics one robot may subscribe to at once. */
export const MAX_TOPICS = 32;

const freshness = {
  /** When the bridge got this answer from the upstream. */
  fetchedAt: isoDateTimeSchema,
  /** True when the bridge serves a cached answer because the upstream is currently unavailable. */
  stale: z.boolean(),
};

export const weatherDataSchema = z.strictObject({ forecast: forecastSchema, ...freshness });
export const warningsDataSchema = z.strictObject({ warnings: z.array(weatherWarningSchema).max(200), ...freshness });
export const lunchDataSchema = z.strictObject({ menu: menuSchema, ...freshness });
export type WeatherData = z.infer<typeof weatherDataSchema>;
export type WarningsData = z.infer<typeof warningsDataSchema>;
export type LunchData = z.infer<typeof lunchDataSchema>;

// ---------------------------------------------------------------- requests (robot → bridge)

export const helloParamsSchema = z.strictObject({
  /** Any positive integer is well-formed; a version the bridge does not speak gets UNSUPPORTED_PROTOCOL_VERSION. */
  protocolVersion: z.number().int().positive(),
  robotId: shortNameSchema,
  token: z.string().min(1).max(1_024),
});
export const helloResultSchema = z.strictObject({
  protocolVersion: z.number().int().positive(),
  bridgeVersion: z.string().min(1).max(100),
});

// ---------------------------------------------------------------- skill bundles pushed by IT through the bridge

export const pushIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "_" or "-"');
export const skillOfferSchema = z.strictObject({ pushId: pushIdSchema, skill: z.string().min(1).max(64), version: z.string().min(1).max(64), release: z.number().int().positive() });
export type SkillOffer = z.infer<typeof skillOfferSchema>;
export const skillOutcomeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('installed'), version: z.string().min(1).max(64) }),
  z.strictObject({ kind: z.literal('refused'), reason: z.string().min(1).max(2_000) }),
]);
export type SkillOutcome = z.infer<typeof skillOutcomeSchema>;

export const lunchGetParamsSchema = z
  .strictObject({ source: sourceIdSchema, from: calendarDateSchema, to: calendarDateSchema })
  .refine((p) => p.from <= p.to, { message: '"to" must not be before "from"', path: ['to'] });

/** Method name → params and result schemas. The single source for request types and validation. */
export const REQUESTS = {
  hello: { params: helloParamsSchema, result: helloResultSchema },
  'weather.get': {
    params: z.strictObject({ lat: latitudeSchema, lon: longitudeSchema }),
    result: weatherDataSchema,
  },
  'warnings.get': { params: z.strictObject({ countyId: countyIdSchema }), result: warningsDataSchema },
  'lunch.get': { params: lunchGetParamsSchema, result: lunchDataSchema },
  /** Replaces the connection's subscriptions with `topics` (an empty list unsubscribes from everything). */
  subscribe: {
    params: z.strictObject({ topics: z.array(topicSchema).max(MAX_TOPICS) }),
    result: z.strictObject({ subscribed: z.array(topicSchema).max(MAX_TOPICS) }),
  },
  /** Heartbeat; params may be omitted. */
  ping: { params: z.strictObject({}), result: z.strictObject({}) },
  /** Skill bundles IT pushed to this robot that it has not reported on yet. */
  'skills.offers': { params: z.strictObject({}), result: z.strictObject({ offers: z.array(skillOfferSchema).max(100) }) },
  /** One offered bundle and its signed metadata; the robot verifies both itself. */
  'skills.fetch': {
    params: z.strictObject({ pushId: pushIdSchema }),
    result: z.strictObject({ bundle: z.string().min(1), metadata: z.unknown() }),
  },
  /** What became of an offered bundle on this robot. */
  'skills.report': { params: z.strictObject({ pushId: pushIdSchema, outcome: skillOutcomeSchema }), result: z.strictObject({}) },
} as const;

export type RequestMethod = keyof typeof REQUESTS;
export const REQUEST_METHODS = Object.keys(REQUESTS) as RequestMethod[];
export type ParamsOf<M extends RequestMethod> = z.infer<(typeof REQUESTS)[M]['params']>;
export type ResultOf<M extends RequestMethod> = z.infer<(typeof REQUESTS)[M]['result']>;

export type RequestOf<M extends RequestMethod> = { jsonrpc: '2.0'; id: Id; method: M; params: ParamsOf<M> };
/** Any request, discriminated by `method`. */
export type Request = { [M in RequestMethod]: RequestOf<M> }[RequestMethod];

// ---------------------------------------------------------------- notifications (bridge → robot)

/** Each push names the topic it answers (a forecast's grid point may differ from the subscribed lat/lon). */
export const NOTIFICATIONS = {
  'weather.changed': z.strictObject({ topic: topicSchema.options[0], ...weatherDataSchema.shape }),
  'warnings.changed': z.strictObject({ topic: topicSchema.options[1], ...warningsDataSchema.shape }),
  'lunch.changed': z.strictObject({ topic: topicSchema.options[2], ...lunchDataSchema.shape }),
  /** IT pushed a skill bundle: ask `skills.offers`. */
  'skills.offered': z.strictObject({}),
} as const;

export type NotificationMethod = keyof typeof NOTIFICATIONS;
export const NOTIFICATION_METHODS = Object.keys(NOTIFICATIONS) as NotificationMethod[];
export type NotificationParamsOf<M extends NotificationMethod> = z.infer<(typeof NOTIFICATIONS)[M]>;
export type NotificationOf<M extends NotificationMethod> = { jsonrpc: '2.0'; method: M; params: NotificationParamsOf<M> };
/** Any notification, discriminated by `method`. */
export type Notification = { [M in NotificationMethod]: NotificationOf<M> }[NotificationMethod];

// ---------------------------------------------------------------- responses (bridge → robot)

export const errorObjectSchema = z.strictObject({
  code: z.number().int(),
  message: z.string().max(10_000),
  data: z.unknown().optional(),
});
export type ErrorObject = z.infer<typeof errorObjectSchema>;

/** A successful response; `result` is checked against the pending request's method with `decodeResult`. */
export const successResponseSchema = z.strictObject({ jsonrpc: z.literal('2.0'), id: idSchema, result: z.unknown() });
export type SuccessResponse<R = unknown> = { jsonrpc: '2.0'; id: Id; result: R };
export type ResultResponse<M extends RequestMethod> = SuccessResponse<ResultOf<M>>;

/** An error response; `id` is null when the request's id could not be read. */
export const errorResponseSchema = z.strictObject({ jsonrpc: z.literal('2.0'), id: idSchema.nullable(), error: errorObjectSchema });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export type Response = SuccessResponse | ErrorResponse;

// ---------------------------------------------------------------- error data

export const unsupportedVersionDataSchema = z.strictObject({ supported: z.array(z.number().int().positive()) });
export type UnsupportedVersionData = z.infer<typeof unsupportedVersionDataSchema>;
export const messageTooLargeDataSchema = z.strictObject({ limitBytes: z.number().int().nonnegative() });
export type MessageTooLargeData = z.infer<typeof messageTooLargeDataSchema>;
export const invalidParamsDataSchema = z.strictObject({
  issues: z.array(z.strictObject({ path: z.string(), message: z.string() })),
});
export type InvalidParamsData = z.infer<typeof invalidParamsDataSchema>;
/** `data` of UPSTREAM_UNAVAILABLE: the adapter's UpstreamProblem as is. */
export { upstreamProblemSchema };

// ---------------------------------------------------------------- whole messages

export const requestSchema = z.discriminatedUnion(
  'method',
  REQUEST_METHODS.map((m) =>
    z.strictObject({ jsonrpc: z.literal('2.0'), id: idSchema, method: z.literal(m), params: REQUESTS[m].params }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<Request>;

export const notificationSchema = z.discriminatedUnion(
  'method',
  NOTIFICATION_METHODS.map((m) => z.strictObject({ jsonrpc: z.literal('2.0'), method: z.literal(m), params: NOTIFICATIONS[m] })) as unknown as [
    z.ZodObject,
    ...z.ZodObject[],
  ],
) as unknown as z.ZodType<Notification>;

export const responseSchema: z.ZodType<Response> = z.union([successResponseSchema, errorResponseSchema]);

/** Everything the robot may send / receive, and everything the bridge may send / receive. */
export type RobotToBridge = Request;
export type BridgeToRobot = Notification | Response;
export type Message = RobotToBridge | BridgeToRobot;

// ---------------------------------------------------------------- builders

export function request<M extends RequestMethod>(id: Id, method: M, params: ParamsOf<M>): RequestOf<M> {
  return { jsonrpc: '2.0', id, method, params };
}

export function notification<M extends NotificationMethod>(method: M, params: NotificationParamsOf<M>): NotificationOf<M> {
  return { jsonrpc: '2.0', method, params };
}

export function success<M extends RequestMethod>(id: Id, _method: M, result: ResultOf<M>): ResultResponse<M> {
  return { jsonrpc: '2.0', id, result };
}

export function errorResponse(id: Id | null, code: ErrorCode, message: string, data?: unknown): ErrorResponse {
  return data === undefined
    ? { jsonrpc: '2.0', id, error: { code, message } }
    : { jsonrpc: '2.0', id, error: { code, message, data } };
}
